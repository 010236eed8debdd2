package dev.newsletter.parser.internal.email;

import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The shapes of email input, recognised by content: an mbox file, a raw message, an HTML
 * newsletter, a plain-text body. The extension only breaks ties.
 */
enum EmailFormat {
    /** Messages each opened by a {@code From } line. */
    MBOX,
    /** One raw RFC 5322 message (an {@code .eml} file). */
    MESSAGE,
    /** An HTML newsletter. */
    HTML,
    /** A plain-text newsletter body or a mailing-list digest. */
    TEXT;

    private static final Set<String> MESSAGE_HEADERS =
            Set.of(
                    "from",
                    "to",
                    "subject",
                    "date",
                    "mime-version",
                    "received",
                    "return-path",
                    "message-id",
                    "content-type",
                    "delivered-to",
                    "x-mailer",
                    "reply-to",
                    "sender",
                    "cc");
    private static final Pattern HEADER_LINE = Pattern.compile("([A-Za-z][A-Za-z0-9-]{0,60}):.*");
    private static final Pattern MBOX_FROM_LINE = Pattern.compile("From \\S+.*");
    private static final Pattern HTML_TAG =
            Pattern.compile("(?i)<(?:p|div|h[1-6]|table|td|body|br|span|a|ul|li|img|hr)[\\s>/]");
    private static final Pattern DIGEST =
            Pattern.compile("(?im)^(?:Today's Topics:|Send \\S+ mailing list submissions to)");

    /** The format of a source whose first kilobytes are {@code head}. */
    static EmailFormat of(String head) {
        String start = head.stripLeading();
        String firstLine = firstLine(start);
        if (MBOX_FROM_LINE.matcher(firstLine).matches()
                && !firstLine.startsWith("From:")
                && headerScore(start.substring(firstLine.length()).stripLeading()) >= 2) {
            return MBOX;
        }
        if (headerScore(start) >= 2) {
            return MESSAGE;
        }
        if (looksLikeHtml(start)) {
            return HTML;
        }
        return TEXT;
    }

    /**
     * How sure the email parser is that it reads the source well, 0 to 100.
     *
     * @param head the first kilobytes of the source
     * @param text the whole text, asked for only when the head leaves the format open
     */
    static int confidence(String head, String extension, int size, Supplier<String> text) {
        if (size == 0 || head.indexOf('\0') >= 0) {
            return 0;
        }
        String start = head.stripLeading();
        return switch (of(head)) {
            case MBOX -> 95;
            case MESSAGE -> 90;
            case HTML ->
                    start.regionMatches(true, 0, "<!doctype html", 0, 14)
                                    || start.regionMatches(true, 0, "<html", 0, 5)
                            ? 90
                            : 75;
            case TEXT -> textConfidence(start, extension, text);
        };
    }

    private static int textConfidence(String start, String extension, Supplier<String> text) {
        if (start.startsWith("---") || start.startsWith("+++")) {
            return 5; // front matter: a Markdown issue
        }
        if (start.startsWith("<?xml") || start.startsWith("<rss") || start.startsWith("<feed")) {
            return 0; // a feed or another XML document, not a newsletter body
        }
        if (DIGEST.matcher(start).find()) {
            return 70;
        }
        String firstLines = firstLines(start, 5);
        for (String line : firstLines.split("\n")) {
            if (ViewInBrowserLine.matches(line)) {
                return 60;
            }
        }
        if (ReferenceList.closes(text.get())) {
            // "[1] https://…" under "References" at the end: the addresses of a text email's
            // markers, whatever Markdown the text quotes (Markdown lists "[1]: url" unseen)
            return 60;
        }
        if (start.startsWith("#") || start.contains("\n#") || start.contains("](")) {
            return 10; // Markdown headings or links: leave it to the Markdown parser
        }
        String ext = extension.toLowerCase(Locale.ROOT);
        return ext.equals("txt") || ext.equals("text") || ext.isEmpty() ? 30 : 20;
    }

    /** How many of the first lines are header fields of a message; 0 when they are not headers. */
    private static int headerScore(String text) {
        int known = 0;
        int fields = 0;
        String[] lines = text.split("\r?\n");
        for (int i = 0; i < lines.length && i < 200; i++) {
            String line = lines[i];
            if (line.isEmpty()) {
                break;
            }
            if (line.startsWith(" ") || line.startsWith("\t")) {
                if (fields == 0) {
                    return 0;
                }
                continue;
            }
            var matcher = HEADER_LINE.matcher(line);
            if (!matcher.matches()) {
                return 0;
            }
            fields++;
            if (MESSAGE_HEADERS.contains(matcher.group(1).toLowerCase(Locale.ROOT))) {
                known++;
            }
        }
        return known;
    }

    private static boolean looksLikeHtml(String start) {
        if (start.regionMatches(true, 0, "<!doctype html", 0, 14)
                || start.regionMatches(true, 0, "<html", 0, 5)) {
            return true;
        }
        return start.startsWith("<") && HTML_TAG.matcher(start).find();
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        String line = end < 0 ? text : text.substring(0, end);
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    private static String firstLines(String text, int count) {
        int end = -1;
        for (int i = 0; i < count; i++) {
            int next = text.indexOf('\n', end + 1);
            if (next < 0) {
                return text;
            }
            end = next;
        }
        return text.substring(0, end);
    }
}
