package dev.newsletter.parser.internal.email;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines GNU Mailman writes into every digest: "Send bitcoin-dev mailing list submissions to"
 * names the list, "End of bitcoin-dev Digest, Vol 101, Issue 11" names the issue.
 */
final class MailmanDigest {

    private static final Pattern LIST_NAME =
            Pattern.compile("(?i)^Send (\\S{1,80}) mailing list submissions to\\b");
    private static final Pattern END =
            Pattern.compile(
                    "(?i)^End of ((\\S{1,80}) Digest,? (Vol(?:ume)?\\.? \\d+,? Issue \\d+))\\b");

    /**
     * The name and edition of a digest.
     *
     * @param title "bitcoin-dev Digest, Vol 101, Issue 11"
     * @param edition "Vol 101, Issue 11"
     */
    record Name(String title, String edition) {}

    private MailmanDigest() {}

    /** The list named by a digest's first line, or {@code null}. */
    static String listName(String text) {
        Matcher matcher = LIST_NAME.matcher(text);
        return matcher.find() ? matcher.group(1) : null;
    }

    /** The digest named by its closing line, or {@code null}. */
    static Name name(String text) {
        Matcher matcher = END.matcher(text);
        return matcher.find() ? new Name(matcher.group(1), matcher.group(3)) : null;
    }
}
