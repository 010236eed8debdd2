package dev.newsletter.parser.internal.email;

import dev.newsletter.parser.internal.common.TrackingLinks;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbered references closing a plain-text body: a heading such as "References" or "Links" over
 * lines {@code [1] https://…}, {@code [1]: https://…} or {@code 1. https://…}, which text emails
 * use to carry the addresses of their {@code [1]} markers. Remembers which numbers a marker used,
 * so the addresses nobody pointed at can be kept as text (as written; the addresses markers use are
 * cleaned of tracking by {@link TrackingLinks}). One instance per body; not thread-safe.
 */
final class ReferenceList {

    /** Headings that open a reference list, compared in lower case without a closing colon. */
    private static final Set<String> HEADINGS =
            Set.of(
                    "references",
                    "links",
                    "sources",
                    "footnotes",
                    "notes and links",
                    "links in this issue",
                    "links mentioned");

    private static final Pattern BRACKETED = Pattern.compile("\\[(\\d{1,4})]:?\\s+(\\S+)");
    private static final Pattern NUMBERED = Pattern.compile("(\\d{1,4})[.)]\\s+(https?://\\S+)");
    private static final Pattern PLAIN_TEXT_REFERENCE = Pattern.compile("\\[\\d{1,4}]\\s");
    private static final int TAIL_CHARS = 64 * 1024;
    private static final Pattern UNDERLINE = Pattern.compile("\\s*(?:-{3,}|={3,})\\s*");

    private final Map<Integer, String> urls;
    private final Map<Integer, String> lines;
    private final Set<Integer> used = new LinkedHashSet<>();
    private final int headingIndex;

    private ReferenceList(Map<Integer, String> urls, Map<Integer, String> lines, int headingIndex) {
        this.urls = urls;
        this.lines = lines;
        this.headingIndex = headingIndex;
    }

    /** A list with no references, for bodies that have none. */
    static ReferenceList none() {
        return new ReferenceList(Map.of(), Map.of(), -1);
    }

    /**
     * Whether {@code text} ends with a reference list of {@code [n] address} lines, the plain-text
     * form (a Markdown document lists {@code [n]: address} definitions instead). Reads only the
     * tail of the text.
     */
    static boolean closes(String text) {
        if (entry(lastLine(text)) == null) {
            return false; // most texts end otherwise: no need to read the tail line by line
        }
        int from = Math.max(0, text.length() - TAIL_CHARS);
        ReferenceList list = closing(TextBodyReader.splitLines(text.substring(from)));
        if (list.isEmpty()) {
            return false;
        }
        for (String line : list.lines.values()) {
            if (!PLAIN_TEXT_REFERENCE.matcher(line).lookingAt()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The reference list closing {@code lines} (cleaned body lines), or an empty list when the body
     * does not end with one. Reads only the tail of the body, line by line.
     */
    static ReferenceList closing(List<String> lines) {
        int i = lines.size() - 1;
        List<Matcher> entries = new ArrayList<>();
        while (i >= 0) {
            String line = lines.get(i).strip();
            if (!line.isEmpty()) {
                Matcher matcher = entry(line);
                if (matcher == null) {
                    break;
                }
                entries.add(matcher);
            }
            i--;
        }
        if (entries.isEmpty() || i < 0) {
            return none();
        }
        int heading = i;
        if (UNDERLINE.matcher(lines.get(i)).matches() && i > 0) {
            heading = i - 1;
        }
        String title = lines.get(heading).strip().toLowerCase(Locale.ROOT);
        if (title.endsWith(":")) {
            title = title.substring(0, title.length() - 1).strip();
        }
        if (!HEADINGS.contains(title) || heading > 0 && !lines.get(heading - 1).isEmpty()) {
            return none();
        }
        Map<Integer, String> urls = new LinkedHashMap<>();
        Map<Integer, String> texts = new LinkedHashMap<>();
        for (int k = entries.size() - 1; k >= 0; k--) {
            Matcher matcher = entries.get(k);
            int number = Integer.parseInt(matcher.group(1));
            if (urls.putIfAbsent(number, TrackingLinks.clean(matcher.group(2))) == null) {
                texts.put(number, matcher.group());
            } else {
                return none(); // a number listed twice: not a list this reader understands
            }
        }
        return new ReferenceList(urls, texts, heading);
    }

    /** The last line of {@code text} that is not blank, stripped. */
    private static String lastLine(String text) {
        int end = text.length();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && text.charAt(start - 1) != '\n' && text.charAt(start - 1) != '\r') {
            start--;
        }
        return text.substring(start, end).strip();
    }

    private static Matcher entry(String line) {
        Matcher bracketed = BRACKETED.matcher(line);
        if (bracketed.matches()) {
            return bracketed;
        }
        Matcher numbered = NUMBERED.matcher(line);
        return numbered.matches() ? numbered : null;
    }

    /** The index of the list's heading line in the body's lines, or -1 when there is no list. */
    int start() {
        return headingIndex;
    }

    /** Whether the body has no reference list. */
    boolean isEmpty() {
        return urls.isEmpty();
    }

    /** The address of reference {@code number}, marked used, or {@code null} if it is unknown. */
    String use(int number) {
        String url = urls.get(number);
        if (url != null) {
            used.add(number);
        }
        return url;
    }

    /** The address of reference {@code number} without marking it used, or {@code null}. */
    String peek(int number) {
        return urls.get(number);
    }

    /** Whether reference {@code number} exists. */
    boolean has(int number) {
        return urls.containsKey(number);
    }

    /** The listed lines, in order, as {@code "[n] url"}; kept as the metadata. */
    List<String> all() {
        List<String> all = new ArrayList<>();
        urls.forEach((number, url) -> all.add("[" + number + "] " + url));
        return all;
    }

    /** The lines of the references no marker used, as written, in order. */
    List<String> unused() {
        List<String> unused = new ArrayList<>();
        lines.forEach(
                (number, line) -> {
                    if (!used.contains(number)) {
                        unused.add(line);
                    }
                });
        return unused;
    }
}
