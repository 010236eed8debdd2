package dev.newsletter.parser.internal.common;

import java.util.regex.Pattern;

/**
 * The lead sentence of a reading list that has no heading of its own, as newsletters write it: "Our
 * research engineers share their favorite reads of the month.", "Here is what we have been reading
 * this week." Both parsers use it: the email parser for a plain-text list, the Markdown parser for
 * a list set off by a thematic break. Stateless and thread-safe.
 */
public final class ReadingListLead {

    private static final int MAX_WORDS = 25;

    private static final Pattern LEAD =
            Pattern.compile(
                    "(?i)\\b(?:favou?rite|top|recommended|best|must)[ -](?:reads|reading|read)\\b"
                            + "|\\breads of the (?:week|month|year|season)\\b"
                            + "|\\b(?:we(?:'ve|’ve| have)? been|we(?:'re|’re| are)) reading\\b"
                            + "|\\bworth (?:a )?read(?:ing)?\\b"
                            + "|\\breading list\\b");

    private ReadingListLead() {}

    /**
     * Whether {@code text} is a short sentence that introduces recommended reads.
     *
     * @param text the sentence, not null
     * @return true when it has at most 25 words and names reads the way a list's lead does
     */
    public static boolean matches(String text) {
        return Words.count(text) <= MAX_WORDS && LEAD.matcher(text).find();
    }
}
