package dev.newsletter.parser.internal.markdown;

import java.util.HashMap;
import java.util.Map;

/**
 * Jekyll's Liquid, resolved as Jekyll would before the Markdown is read: outputs ({@code {{
 * site.github.url }}}, {@code {{ page.title }}}, see {@link LiquidOutput}) become their value;
 * {@code {% highlight lang %}…{% endhighlight %}} a fenced code block; {@code {% raw %}…{% endraw
 * %}} its content, unresolved; {@code {% comment %}…{% endcomment %}} nothing; {@code {% include
 * file %}} the file from the site's {@code _includes/}, itself resolved. An output whose variable
 * is not set is left out with a warning (before {@code /images/a.png} that leaves a site-relative
 * address); an include that cannot be read and any other tag are removed with a warning, the text
 * around them kept. Code fences and code spans are left as written.
 */
final class LiquidTemplates implements TemplateLanguage {

    /** The longest tag or output read; a longer one is not Liquid. */
    static final int MAX_TAG_CHARS = 2000;

    /** How deep includes may include. */
    static final int MAX_INCLUDE_DEPTH = 3;

    @Override
    public String name() {
        return "Liquid";
    }

    @Override
    public boolean appliesTo(String text, TemplateContext context) {
        return text.contains("{{") || text.contains("{%");
    }

    @Override
    public SourceRewrite rewrite(String text, TemplateContext context) {
        SourceRewrite out = new SourceRewrite(text.length());
        new Scan(text, context, out, Map.of(), 0, -1, 0).run();
        return out;
    }

    /** One scan of one text (the body, or an included file written at the include's place). */
    private static final class Scan {
        private final String text;
        private final TemplateContext context;
        private final SourceRewrite out;
        private final Map<String, String> parameters;
        private final int depth;

        /** The body line everything is reported at and mapped to, for an include; else -1. */
        private final int fixedLine;

        private final int fixedColumn;
        private final TextPositions positions;
        private final CodeRegions code;
        private final NextIndex outputClose;
        private final NextIndex tagClose;
        private final Map<String, Integer> noEndAfter = new HashMap<>();
        private boolean warnedUnclosed;
        private int copied;

        Scan(
                String text,
                TemplateContext context,
                SourceRewrite out,
                Map<String, String> parameters,
                int depth,
                int fixedLine,
                int fixedColumn) {
            this.text = text;
            this.context = context;
            this.out = out;
            this.parameters = parameters;
            this.depth = depth;
            this.fixedLine = fixedLine;
            this.fixedColumn = fixedColumn;
            this.positions = TextPositions.of(text);
            this.code = CodeRegions.of(text);
            this.outputClose = new NextIndex(text, "}}");
            this.tagClose = new NextIndex(text, "%}");
        }

        void run() {
            int i = 0;
            int n = text.length();
            while (i < n - 1) {
                int open = text.indexOf('{', i);
                if (open < 0 || open >= n - 1) {
                    break;
                }
                if (code.isCode(open)) {
                    i = code.nextOutside(open);
                    continue;
                }
                char second = text.charAt(open + 1);
                char third = open + 2 < n ? text.charAt(open + 2) : ' ';
                if (second == '{' && third != '<' && third != '%') {
                    i = output(open);
                } else if (second == '%' && (open == 0 || text.charAt(open - 1) != '{')) {
                    i = tag(open);
                } else {
                    i = open + 1;
                }
            }
            copyTo(n);
        }

        /** Handles {@code {{ … }}} at {@code open}; returns where scanning goes on. */
        private int output(int open) {
            int close = outputClose.from(open + 2);
            if (close < 0 || close - open > MAX_TAG_CHARS) {
                unclosed(open, "{{");
                return open + 2;
            }
            LiquidOutput value =
                    LiquidOutput.evaluate(text.substring(open + 2, close), context, parameters);
            copyTo(open);
            generate(value.value(), open);
            copied = close + 2;
            if (value.unresolved() != null) {
                String address = addressAfter(copied);
                warning(
                        open,
                        "the Liquid variable '"
                                + value.unresolved()
                                + "' is not set (in _config.yml or as a site variable), so it is left out"
                                + (address.isEmpty()
                                        ? ""
                                        : "; the address becomes the site-relative '"
                                                + value.value()
                                                + address
                                                + "'"));
            }
            if (!value.skippedFilters().isEmpty()) {
                info(open, "the Liquid filters " + value.skippedFilters() + " are not applied");
            }
            return copied;
        }

        /** Handles {@code {% … %}} at {@code open}; returns where scanning goes on. */
        private int tag(int open) {
            int close = tagClose.from(open + 2);
            if (close < 0 || close - open > MAX_TAG_CHARS) {
                unclosed(open, "{%");
                return open + 2;
            }
            String inner = text.substring(open + 2, close).strip();
            if (inner.startsWith("-")) {
                inner = inner.substring(1);
            }
            if (inner.endsWith("-")) {
                inner = inner.substring(0, inner.length() - 1);
            }
            TagArguments arguments = TagArguments.parse(inner);
            String name = arguments.name();
            int after = close + 2;
            switch (name) {
                case "raw", "comment", "highlight" -> {
                    int[] end = findEnd("end" + name, after);
                    if (end == null) {
                        copyTo(open);
                        copied = after;
                        warning(
                                open,
                                "the Liquid tag '{% "
                                        + name
                                        + " %}' has no '{% end"
                                        + name
                                        + " %}'; the tag is removed and the text after it kept");
                        return after;
                    }
                    copyTo(open);
                    if (name.equals("raw")) {
                        copy(after, end[0]);
                    } else if (name.equals("highlight")) {
                        highlight(arguments, open, after, end[0]);
                    }
                    copied = end[1];
                    if (name.equals("highlight")
                            && copied < text.length()
                            && text.charAt(copied) == '\n') {
                        copied++; // the fence already ends the line
                    }
                    return copied;
                }
                case "include" -> {
                    copyTo(open);
                    copied = after;
                    include(arguments, open);
                    return after;
                }
                default -> {
                    copyTo(open);
                    copied = after;
                    warning(
                            open,
                            "the Liquid tag '{% "
                                    + name
                                    + " %}' is not run; it is removed and the text around it kept");
                    return after;
                }
            }
        }

        /** The code between the tags as a fenced block, its lines kept where they were. */
        private void highlight(TagArguments arguments, int open, int codeStart, int codeEnd) {
            int start =
                    codeStart < codeEnd && text.charAt(codeStart) == '\n'
                            ? codeStart + 1
                            : codeStart;
            int end = codeEnd;
            while (end > start && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\t')) {
                end--;
            }
            String body = text.substring(start, end);
            String language = arguments.positional().isEmpty() ? "" : arguments.positional().get(0);
            String fence = CodeFence.fence(body);
            if (!out.atLineStart()) {
                generate("\n", open);
            }
            generate(fence + language + "\n", open);
            copy(start, end);
            if (!body.isEmpty() && !body.endsWith("\n")) {
                generate("\n", codeEnd);
            }
            generate(fence + "\n", codeEnd);
        }

        private void include(TagArguments arguments, int open) {
            String file = arguments.positional().isEmpty() ? "" : arguments.positional().get(0);
            if (file.isEmpty() || file.contains("{{")) {
                warning(open, "the Liquid include names no file that can be read; it is removed");
                return;
            }
            if (depth >= MAX_INCLUDE_DEPTH) {
                warning(
                        open,
                        "the Liquid include '" + file + "' is nested too deeply; it is removed");
                return;
            }
            SiteConfig.Include included = context.site().include(file);
            if (included.text() == null) {
                warning(
                        open,
                        "the Liquid include '" + file + "' is removed: " + included.problem());
                return;
            }
            int line = fixedLine >= 0 ? fixedLine : positions.line(open);
            int column = fixedLine >= 0 ? fixedColumn : positions.column(open);
            String body = included.text();
            body = body.endsWith("\n") ? body.substring(0, body.length() - 1) : body;
            new Scan(body, context, out, arguments.named(), depth + 1, line, column).run();
        }

        /** The next {@code {% name %}} at or after {@code from}: its start and end, or null. */
        private int[] findEnd(String name, int from) {
            Integer failed = noEndAfter.get(name);
            if (failed != null && failed <= from) {
                return null;
            }
            int at = from;
            while (true) {
                int open = text.indexOf("{%", at);
                if (open < 0) {
                    noEndAfter.put(name, from);
                    return null;
                }
                int close = tagClose.from(open + 2);
                if (close < 0) {
                    noEndAfter.put(name, from);
                    return null;
                }
                String inner = text.substring(open + 2, close).replace("-", " ").strip();
                if (inner.equals(name)) {
                    return new int[] {open, close + 2};
                }
                at = open + 2;
            }
        }

        /** The site path right after an output ({@code /images/a.png}), or empty. */
        private String addressAfter(int at) {
            if (at >= text.length() || text.charAt(at) != '/') {
                return "";
            }
            int end = at;
            while (end < text.length() && end - at < 200) {
                char c = text.charAt(end);
                if (Character.isWhitespace(c)
                        || c == ')'
                        || c == '"'
                        || c == '\''
                        || c == '>'
                        || c == '{') {
                    break;
                }
                end++;
            }
            return text.substring(at, end);
        }

        private void unclosed(int open, String opener) {
            if (!warnedUnclosed) {
                warnedUnclosed = true;
                warning(
                        open,
                        "'"
                                + opener
                                + "' opens no Liquid tag here (it is never closed); it is kept as text");
            }
        }

        private void copyTo(int end) {
            copy(copied, end);
            copied = Math.max(copied, end);
        }

        private void copy(int from, int to) {
            if (from >= to) {
                return;
            }
            if (fixedLine >= 0) {
                out.generate(text.substring(from, to), fixedLine);
            } else {
                out.copy(text, from, to, positions.line(from));
            }
        }

        private void generate(String generated, int at) {
            out.generate(generated, fixedLine >= 0 ? fixedLine : positions.line(at));
        }

        private void warning(int at, String message) {
            if (fixedLine >= 0) {
                context.warning(fixedLine, fixedColumn, message);
            } else {
                context.warning(positions.line(at), positions.column(at), message);
            }
        }

        private void info(int at, String message) {
            if (fixedLine >= 0) {
                context.info(fixedLine, fixedColumn, message);
            } else {
                context.info(positions.line(at), positions.column(at), message);
            }
        }
    }
}
