package dev.newsletter.parser.internal.markdown;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * Hugo shortcodes, written as what they stand for: {@code {{< figure src="…" alt="…" caption="…"
 * >}}} an image (its caption on the next line), {@code {{< youtube ID >}}}, {@code vimeo}, {@code
 * tweet}, {@code gist} and {@code instagram} a link to the video or post, {@code {{< ref "…" >}}}
 * and {@code relref} the path, {@code param} the front-matter value, {@code {{< highlight lang
 * >}}…{{< /highlight >}}} a fenced code block. Other paired shortcodes ({@code {{% note %}}…{{%
 * /note %}}}) keep their inner text; unknown ones are removed with a warning, their inner text
 * kept. Code fences and code spans are left as written.
 */
final class HugoShortcodes implements TemplateLanguage {

    /** Paired shortcodes of common themes whose inner text is their whole meaning. */
    private static final Set<String> CONTAINERS =
            Set.of(
                    "details",
                    "note",
                    "tip",
                    "warning",
                    "hint",
                    "notice",
                    "callout",
                    "admonition",
                    "alert",
                    "center",
                    "columns",
                    "info",
                    "quote",
                    "aside",
                    "expand");

    private static final int MAX_SHORTCODE_CHARS = 2000;
    private static final int MAX_OPEN_SEARCH = 64;

    @Override
    public String name() {
        return "Hugo shortcodes";
    }

    @Override
    public boolean appliesTo(String text, TemplateContext context) {
        return text.contains("{{<") || text.contains("{{%");
    }

    /** One shortcode: {@code [start, end)} of the text, and its pair when it has one. */
    private static final class Call {
        final int start;
        final int end;
        final boolean closing;
        final TagArguments arguments;
        Call pair;

        Call(int start, int end, boolean closing, TagArguments arguments) {
            this.start = start;
            this.end = end;
            this.closing = closing;
            this.arguments = arguments;
        }
    }

    @Override
    public SourceRewrite rewrite(String text, TemplateContext context) {
        List<Call> calls = calls(text);
        TextPositions positions = TextPositions.of(text);
        SourceRewrite out = new SourceRewrite(text.length());
        int copied = 0;
        for (int k = 0; k < calls.size(); k++) {
            Call call = calls.get(k);
            if (call.start < copied) {
                continue; // inside a highlight block, copied as code
            }
            out.copy(text, copied, call.start, positions.line(copied));
            copied = call.end;
            int line = positions.line(call.start);
            int column = positions.column(call.start);
            String name = call.arguments.name();
            if (call.closing) {
                if (call.pair == null) {
                    context.warning(
                            line,
                            column,
                            "the Hugo shortcode '/" + name + "' closes nothing; it is removed");
                }
                continue;
            }
            if (call.pair != null && name.equals("highlight")) {
                String code = text.substring(call.end, call.pair.start);
                code = code.startsWith("\n") ? code.substring(1) : code;
                String fence = CodeFence.fence(code);
                if (!out.atLineStart()) {
                    out.generate("\n", line);
                }
                String language = call.arguments.value("lang", 0);
                out.generate(fence + (language == null ? "" : language) + "\n", line);
                int codeStart = call.end + (text.startsWith("\n", call.end) ? 1 : 0);
                out.copy(text, codeStart, call.pair.start, positions.line(codeStart));
                if (!code.isEmpty() && !code.endsWith("\n")) {
                    out.generate("\n", positions.line(call.pair.start));
                }
                out.generate(fence + "\n", positions.line(call.pair.start));
                copied = call.pair.end;
                if (text.startsWith("\n", copied)) {
                    copied++;
                }
                continue;
            }
            String written = call.pair == null ? written(call.arguments, context) : null;
            if (written != null) {
                out.generate(written, line);
            } else if (call.pair == null || !CONTAINERS.contains(name)) {
                context.warning(
                        line,
                        column,
                        "the Hugo shortcode '"
                                + name
                                + "' is not known, so it is removed"
                                + (call.pair == null ? "" : "; the text inside it is kept"));
            }
        }
        out.copy(
                text,
                copied,
                text.length(),
                positions.line(Math.min(copied, Math.max(0, text.length() - 1))));
        return out;
    }

    /** The shortcodes outside code, each closing one paired with the nearest open one. */
    private static List<Call> calls(String text) {
        CodeRegions code = CodeRegions.of(text);
        List<Call> calls = new ArrayList<>();
        Deque<Call> open = new ArrayDeque<>();
        NextIndex angleClose = new NextIndex(text, ">}}");
        NextIndex percentClose = new NextIndex(text, "%}}");
        int i = 0;
        while (true) {
            int start = text.indexOf("{{", i);
            if (start < 0 || start + 2 >= text.length()) {
                break;
            }
            if (code.isCode(start)) {
                i = code.nextOutside(start);
                continue;
            }
            char kind = text.charAt(start + 2);
            if (kind != '<' && kind != '%') {
                i = start + 2;
                continue;
            }
            int close = (kind == '<' ? angleClose : percentClose).from(start + 3);
            if (close < 0 || close - start > MAX_SHORTCODE_CHARS) {
                i = start + 3;
                continue;
            }
            String inner = text.substring(start + 3, close).strip();
            if (inner.startsWith("/*") && inner.endsWith("*/")) {
                i = close + 3; // Hugo's escape: shown as written, minus the comment marks
                continue;
            }
            boolean closing = inner.startsWith("/");
            if (closing) {
                inner = inner.substring(1);
            }
            boolean selfClosing = inner.endsWith("/");
            if (selfClosing) {
                inner = inner.substring(0, inner.length() - 1);
            }
            Call call = new Call(start, close + 3, closing, TagArguments.parse(inner));
            calls.add(call);
            if (closing) {
                pair(open, call);
            } else if (!selfClosing) {
                open.push(call);
            }
            i = close + 3;
        }
        return calls;
    }

    private static void pair(Deque<Call> open, Call closing) {
        int searched = 0;
        for (var it = open.iterator(); it.hasNext() && searched < MAX_OPEN_SEARCH; searched++) {
            Call candidate = it.next();
            if (candidate.arguments.name().equals(closing.arguments.name())) {
                candidate.pair = closing;
                closing.pair = candidate;
                it.remove();
                return;
            }
        }
    }

    /** What a shortcode without inner text stands for, or null when it is not known. */
    private static String written(TagArguments call, TemplateContext context) {
        switch (call.name()) {
            case "figure" -> {
                String source = call.value("src", 0);
                if (source == null) {
                    return null;
                }
                String caption = call.named().getOrDefault("caption", call.named().get("title"));
                String alt = call.named().getOrDefault("alt", caption == null ? "" : caption);
                String image = "![" + escape(alt) + "](<" + source + ">)";
                String link = call.named().get("link");
                if (link != null) {
                    image = "[" + image + "](<" + link + ">)";
                }
                return caption == null || caption.isBlank()
                        ? image
                        : image + "\n*" + escape(caption) + "*";
            }
            case "youtube" -> {
                String id = call.value("id", 0);
                return id == null
                        ? null
                        : link(
                                call.named().getOrDefault("title", "YouTube video " + id),
                                "https://www.youtube.com/watch?v=" + id);
            }
            case "vimeo" -> {
                String id = call.value("id", 0);
                return id == null
                        ? null
                        : link(
                                call.named().getOrDefault("title", "Vimeo video " + id),
                                "https://vimeo.com/" + id);
            }
            case "tweet", "x" -> {
                String user = call.named().get("user");
                String id = call.value("id", user == null ? 0 : 1);
                if (id == null) {
                    return null;
                }
                return user == null
                        ? link("Tweet " + id, "https://twitter.com/i/status/" + id)
                        : link(
                                "Tweet by @" + user,
                                "https://twitter.com/" + user + "/status/" + id);
            }
            case "gist" -> {
                String user = call.value("user", 0);
                String id = call.value("id", 1);
                return user == null || id == null
                        ? null
                        : link("Gist " + id, "https://gist.github.com/" + user + "/" + id);
            }
            case "instagram" -> {
                String id = call.value("id", 0);
                return id == null
                        ? null
                        : link("Instagram post " + id, "https://www.instagram.com/p/" + id + "/");
            }
            case "ref", "relref" -> {
                return call.value("path", 0);
            }
            case "param" -> {
                String key = call.value("name", 0);
                return key == null ? null : context.pageValue(key);
            }
            default -> {
                return null;
            }
        }
    }

    private static String link(String text, String address) {
        return "[" + escape(text) + "](" + address + ")";
    }

    /** The text with the Markdown characters that would start markup escaped. */
    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("\\[]*_`<>".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c == '\n' ? ' ' : c);
        }
        return out.toString();
    }
}
