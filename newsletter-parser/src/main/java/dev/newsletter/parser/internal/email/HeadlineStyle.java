package dev.newsletter.parser.internal.email;

import dev.newsletter.parser.internal.common.Words;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a short line reads as a headline: written in title case ("Continuous Model Monitoring",
 * "A ConvNet for the 2020s") and not closed like a sentence. Captions and questions that stand
 * alone inside a body ("Video convolution example", "Where did these zebras come from?") are not
 * headlines.
 */
final class HeadlineStyle {

    /** Short words that title case leaves in lower case. */
    private static final Set<String> MINOR_WORDS =
            Set.of(
                    "a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "as", "at",
                    "by", "in", "of", "off", "on", "per", "to", "up", "via", "vs", "from", "into",
                    "onto", "over", "with", "than", "is", "are", "be", "its", "out", "about",
                    "without", "versus");

    /** The longest title, in words. */
    static final int MAX_TITLE_WORDS = 18;

    private HeadlineStyle() {}

    /** Whether {@code line} is a title-case line of at most {@link #MAX_TITLE_WORDS} words. */
    static boolean isHeadline(String line) {
        String text = line.strip();
        if (text.isEmpty() || Words.count(text) > MAX_TITLE_WORDS || endsLikeSentence(text)) {
            return false;
        }
        String[] words = text.split("\\s+");
        if (!startsUpper(words[0])) {
            return false;
        }
        int significant = 0;
        for (String raw : words) {
            String word = trimPunctuation(raw);
            if (word.isEmpty() || !Character.isLetter(word.codePointAt(0))) {
                continue;
            }
            if (startsUpper(word)) {
                significant++;
            } else if (!MINOR_WORDS.contains(word.toLowerCase(Locale.ROOT)) && word.length() > 3) {
                return false;
            }
        }
        return significant > 0;
    }

    /** Whether the line ends as a sentence, a question, or a lead-in to what follows. */
    static boolean endsLikeSentence(String text) {
        String stripped = text.strip();
        if (stripped.isEmpty()) {
            return false;
        }
        char last = stripped.charAt(stripped.length() - 1);
        return last == '.'
                || last == '?'
                || last == ','
                || last == ';'
                || last == ':'
                || last == '…';
    }

    /** Whether the text is written in capitals only, like "UPCOMING EVENTS". */
    static boolean isAllCaps(String text) {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 3;
    }

    private static boolean startsUpper(String word) {
        String trimmed = trimPunctuation(word);
        if (trimmed.isEmpty()) {
            return false;
        }
        int first = trimmed.codePointAt(0);
        return Character.isUpperCase(first) || Character.isDigit(first);
    }

    private static String trimPunctuation(String word) {
        int start = 0;
        int end = word.length();
        while (start < end && !Character.isLetterOrDigit(word.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetterOrDigit(word.charAt(end - 1))) {
            end--;
        }
        return word.substring(start, end);
    }
}
