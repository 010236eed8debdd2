package dev.newsletter.parser.internal.email;

import dev.newsletter.parser.internal.common.Words;
import java.util.regex.Pattern;

/** The preheader line that points to the web copy: "View this email in browser", "View online". */
final class ViewInBrowserLine {

    private static final Pattern LINE =
            Pattern.compile(
                    "(?i)^(?:\\W*)(?:view|read|open|see)\\b.{0,40}\\b(?:browser|online|on the web|web version)\\b.*"
                            + "|^(?:\\W*)web version\\b.*");

    private ViewInBrowserLine() {}

    /** Whether the short line asks the reader to open the web copy. */
    static boolean matches(String text) {
        String stripped = text.strip();
        return Words.count(stripped) <= 10 && LINE.matcher(stripped).matches();
    }
}
