package dev.newsletter.structure;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A short hash of a text's words, so that the expectations can name publishers' titles, headings,
 * names and addresses without holding their text. Words are compared, not characters: case, marks
 * of punctuation, emoji and markup leftovers do not count, as a reader would not count them.
 */
final class Fingerprint {

    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    static final int LEAD_WORDS = 4;

    private Fingerprint() {}

    /** The words of {@code text}, lower case, in order; empty for null. */
    static String[] words(String text) {
        if (text == null) {
            return new String[0];
        }
        String normal = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        String spaced = NOT_A_WORD.matcher(normal).replaceAll(" ").strip();
        return spaced.isEmpty() ? new String[0] : spaced.split(" ");
    }

    /** The fingerprint of all the words, or null for a text without words. */
    static String of(String text) {
        String[] words = words(text);
        return words.length == 0 ? null : hash(String.join(" ", words));
    }

    /** The fingerprint of the first {@link #LEAD_WORDS} words, or null without words. */
    static String lead(String text) {
        String[] words = words(text);
        if (words.length == 0) {
            return null;
        }
        return hash(String.join(" ", Arrays.copyOf(words, Math.min(LEAD_WORDS, words.length))));
    }

    /**
     * The fingerprint of an address: scheme and host in lower case, no trailing slash, so that
     * {@code HTTPS://Example.org/a/} and {@code https://example.org/a} agree.
     */
    static String ofUrl(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String text = url.strip();
        int start = text.indexOf("://");
        if (start > 0) {
            int end = text.indexOf('/', start + 3);
            end = end < 0 ? text.length() : end;
            text = text.substring(0, end).toLowerCase(Locale.ROOT) + text.substring(end);
        }
        while (text.endsWith("/")) {
            text = text.substring(0, text.length() - 1);
        }
        return hash(text);
    }

    private static String hash(String text) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256")
                            .digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
