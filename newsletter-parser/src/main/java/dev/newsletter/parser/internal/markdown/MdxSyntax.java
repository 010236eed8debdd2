package dev.newsletter.parser.internal.markdown;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MDX's code in a Markdown page, in a {@code .mdx} file or one that imports a component it uses:
 * top-level {@code import}/{@code export} statements and {@code {/* comments *}{@literal /}}} are
 * removed; a JSX component on its own lines ({@code <Support />}, {@code <Note>…</Note>}) is
 * removed, its inner text kept, with an info diagnostic when it had no text to show. A removed line
 * becomes an empty line, so the paragraphs around it stay apart and every line keeps its number.
 * Code fences, code spans and lower-case HTML tags are left as written.
 */
final class MdxSyntax implements TemplateLanguage {

    /** The most lines one statement or tag may span; a longer one is left as written. */
    static final int MAX_STATEMENT_LINES = 50;

    private static final Pattern IMPORT_NAME =
            Pattern.compile("(?m)^import\\s+([A-Z][A-Za-z0-9_]*)\\s+from\\s+[\"']");
    private static final Pattern COMPONENT_START = Pattern.compile("</?[A-Z][A-Za-z0-9_.]*");

    @Override
    public String name() {
        return "MDX";
    }

    @Override
    public boolean appliesTo(String text, TemplateContext context) {
        if (context.extension().equals("mdx")) {
            return true;
        }
        Matcher imported = IMPORT_NAME.matcher(text);
        while (imported.find()) {
            if (text.contains("\n<" + imported.group(1))) {
                return true; // an import used as a component: MDX, whatever the extension
            }
        }
        return false;
    }

    @Override
    public SourceRewrite rewrite(String text, TemplateContext context) {
        String[] lines = text.split("\n", -1);
        CodeRegions code = CodeRegions.of(text);
        int[] starts = new int[lines.length];
        for (int i = 1; i < lines.length; i++) {
            starts[i] = starts[i - 1] + lines[i - 1].length() + 1;
        }
        String[] kept = lines.clone();
        Deque<int[]> open = new ArrayDeque<>(); // {line, first kept text line or -1}
        Deque<String> openNames = new ArrayDeque<>();
        int i = 0;
        while (i < lines.length) {
            String line = lines[i];
            String stripped = line.strip();
            if (code.isFenced(starts[i]) || stripped.isEmpty()) {
                i++;
                continue;
            }
            int end = -1;
            if (line.startsWith("import ")
                    && (line.contains(" from ")
                            || line.matches("import\\s+[\"'].*")
                            || line.contains("{"))) {
                end = statementEnd(lines, i, true);
            } else if (line.matches(
                    "export\\s+(const|let|var|default|function|async|class|\\{).*")) {
                end = statementEnd(lines, i, false);
            } else if (stripped.startsWith("{/*")) {
                end = commentEnd(lines, i);
            } else if (COMPONENT_START.matcher(stripped).lookingAt()
                    && !code.isCode(starts[i] + line.indexOf('<'))) {
                end = component(lines, kept, i, open, openNames, context);
                if (end >= 0) {
                    i = end + 1;
                    continue;
                }
            }
            if (end >= 0) {
                for (int k = i; k <= end; k++) {
                    kept[k] = "";
                }
                i = end + 1;
            } else {
                i++;
            }
        }
        while (!open.isEmpty()) {
            context.info(
                    open.pop()[0],
                    1,
                    "the MDX component <"
                            + openNames.pop()
                            + "> is never closed; its tag is removed and the text after it kept");
        }
        SourceRewrite out = new SourceRewrite(text.length());
        for (int k = 0; k < kept.length; k++) {
            out.generate(k == kept.length - 1 ? kept[k] : kept[k] + "\n", k);
        }
        return out;
    }

    /** The last line of the import or export statement starting at {@code first}, or -1. */
    private static int statementEnd(String[] lines, int first, boolean isImport) {
        int depth = 0;
        for (int k = first; k < lines.length && k - first < MAX_STATEMENT_LINES; k++) {
            String line = lines[k];
            for (int c = 0; c < line.length(); c++) {
                char ch = line.charAt(c);
                if (ch == '{' || ch == '(' || ch == '[') {
                    depth++;
                } else if (ch == '}' || ch == ')' || ch == ']') {
                    depth--;
                }
            }
            boolean complete =
                    isImport
                            ? depth <= 0
                                    && (line.contains("from")
                                            || line.contains("\"")
                                            || line.contains("'"))
                            : depth <= 0;
            if (complete) {
                return k;
            }
        }
        return -1;
    }

    private static int commentEnd(String[] lines, int first) {
        for (int k = first; k < lines.length && k - first < MAX_STATEMENT_LINES; k++) {
            if (lines[k].stripTrailing().endsWith("*/}")) {
                return k;
            }
        }
        return -1;
    }

    /**
     * Removes the component tag starting line {@code first}; returns the tag's last line, or -1
     * when it is not a whole tag on its own lines.
     */
    private static int component(
            String[] lines,
            String[] kept,
            int first,
            Deque<int[]> open,
            Deque<String> openNames,
            TemplateContext context) {
        String start = lines[first].strip();
        Matcher name = COMPONENT_START.matcher(start);
        name.lookingAt();
        boolean closing = start.startsWith("</");
        String tagName = name.group().substring(closing ? 2 : 1);
        // Find the tag's end: '>' outside quotes and {expressions}, over at most a few lines.
        int depth = 0;
        char quote = 0;
        for (int k = first; k < lines.length && k - first < MAX_STATEMENT_LINES; k++) {
            String line = k == first ? start : lines[k];
            for (int c = k == first ? name.end() : 0; c < line.length(); c++) {
                char ch = line.charAt(c);
                if (quote != 0) {
                    quote = ch == quote ? 0 : quote;
                } else if (ch == '"' || ch == '\'') {
                    quote = ch;
                } else if (ch == '{') {
                    depth++;
                } else if (ch == '}') {
                    depth--;
                } else if (ch == '>' && depth <= 0) {
                    boolean selfClosing = c > 0 && line.charAt(c - 1) == '/';
                    String rest = line.substring(c + 1).strip();
                    for (int r = first; r <= k; r++) {
                        kept[r] = "";
                    }
                    if (closing) {
                        if (!openNames.isEmpty() && openNames.peek().equals(tagName)) {
                            int[] opened = open.pop();
                            openNames.pop();
                            if (opened[1] < 0) {
                                context.info(
                                        opened[0],
                                        1,
                                        "the MDX component <"
                                                + tagName
                                                + "> is removed; it holds no text");
                            }
                        }
                        kept[k] = rest;
                        return k;
                    }
                    if (selfClosing) {
                        context.info(
                                first,
                                1,
                                "the MDX component <"
                                        + tagName
                                        + " /> is removed; it has no text to show");
                        kept[k] = rest;
                        return k;
                    }
                    String closeTag = "</" + tagName + ">";
                    int inlineClose = rest.indexOf(closeTag);
                    if (inlineClose >= 0) {
                        String inner =
                                rest.substring(0, inlineClose)
                                        + " "
                                        + rest.substring(inlineClose + closeTag.length());
                        kept[k] = inner.strip();
                        if (kept[k].isEmpty()) {
                            context.info(
                                    first,
                                    1,
                                    "the MDX component <"
                                            + tagName
                                            + "> is removed; it holds no text");
                        }
                        return k;
                    }
                    kept[k] = rest;
                    int textLine = rest.isEmpty() ? firstTextLine(lines, k + 1, closeTag) : k;
                    open.push(new int[] {first, textLine});
                    openNames.push(tagName);
                    return k;
                }
            }
        }
        return -1;
    }

    /** The first line with text after {@code from}, before the closing tag; -1 if none. */
    private static int firstTextLine(String[] lines, int from, String closeTag) {
        for (int k = from; k < lines.length && k - from < MAX_STATEMENT_LINES; k++) {
            String line = lines[k].strip();
            if (line.startsWith(closeTag)) {
                return -1;
            }
            if (!line.isEmpty()) {
                return k;
            }
        }
        return from;
    }
}
