package dev.newsletter.parser.internal.email;

import dev.newsletter.content.Block;
import dev.newsletter.content.Code;
import dev.newsletter.content.CodeBlock;
import dev.newsletter.content.Emphasis;
import dev.newsletter.content.Figure;
import dev.newsletter.content.Heading;
import dev.newsletter.content.Image;
import dev.newsletter.content.Inline;
import dev.newsletter.content.LineBreak;
import dev.newsletter.content.Link;
import dev.newsletter.content.ListBlock;
import dev.newsletter.content.ListItem;
import dev.newsletter.content.Paragraph;
import dev.newsletter.content.Quote;
import dev.newsletter.content.Rule;
import dev.newsletter.content.Strikethrough;
import dev.newsletter.content.Strong;
import dev.newsletter.content.Text;
import dev.newsletter.parser.internal.common.TrackingLinks;
import dev.newsletter.parser.internal.common.Words;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * Reads an HTML newsletter with jsoup into {@link Unit}s: paragraphs, headings, lists, quotes,
 * figures and rules, looking through the layout {@code div}s and tables that email HTML wraps its
 * content in. Scripts, styles and the document head are not content.
 */
final class HtmlBodyReader {

    private static final Set<String> IGNORED =
            Set.of(
                    "script",
                    "style",
                    "head",
                    "title",
                    "meta",
                    "link",
                    "noscript",
                    "template",
                    "svg",
                    "button",
                    "input",
                    "select",
                    "textarea",
                    "iframe",
                    "object",
                    "embed",
                    "form");
    private static final Set<String> INLINE =
            Set.of(
                    "a", "abbr", "b", "bdi", "bdo", "big", "br", "cite", "code", "data", "del",
                    "dfn", "em", "font", "i", "img", "ins", "kbd", "mark", "q", "s", "samp",
                    "small", "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var",
                    "wbr", "label");
    private static final int MAX_DEPTH = 200;

    private final int firstLine;
    private String documentTitle = "";
    private final List<String> hiddenText = new ArrayList<>();

    /**
     * A reader for HTML whose first line is line {@code firstLine} of the source.
     *
     * @param firstLine the 1-based source line of the HTML's first line
     */
    HtmlBodyReader(int firstLine) {
        this.firstLine = firstLine;
    }

    /** The units of {@code html}, in order. */
    List<Unit> read(String html) {
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        Document document = parser.parseInput(html, "");
        documentTitle = Words.collapse(document.title());
        List<Unit> units = new ArrayList<>();
        readContainer(document.body(), units, 0);
        return units;
    }

    /**
     * The text of hidden elements (the preview text email tools hide at the top), in order; valid
     * after {@link #read}.
     */
    List<String> hiddenText() {
        return List.copyOf(hiddenText);
    }

    /** Whether a reader never sees the element: hidden by style, or a one-pixel tracking image. */
    private boolean isHidden(Element element) {
        String style = element.attr("style").replace(" ", "").toLowerCase(Locale.ROOT);
        if (style.contains("display:none")
                || style.contains("mso-hide:all")
                || element.hasAttr("hidden")) {
            String text = Words.collapse(element.text());
            if (!text.isEmpty()) {
                hiddenText.add(text);
            }
            return true;
        }
        return element.normalName().equals("img")
                && (element.attr("width").strip().equals("1")
                        || element.attr("height").strip().equals("1"));
    }

    /** The document's {@code <title>}, empty when none; valid after {@link #read}. */
    String documentTitle() {
        return documentTitle;
    }

    private void readContainer(Element container, List<Unit> out, int depth) {
        List<Node> run = new ArrayList<>();
        for (Node child : container.childNodes()) {
            if (child instanceof Element element && isHidden(element)) {
                continue;
            }
            if (child instanceof TextNode
                    || (child instanceof Element element && isInline(element))) {
                run.add(child);
            } else if (child instanceof Element element) {
                flush(run, out);
                readBlock(element, out, depth + 1);
            }
        }
        flush(run, out);
    }

    private static boolean isInline(Element element) {
        return INLINE.contains(element.normalName());
    }

    private void flush(List<Node> run, List<Unit> out) {
        if (run.isEmpty()) {
            return;
        }
        int line = line(run.get(0));
        List<Inline> inlines = new InlineBuilder().build(run);
        run.clear();
        paragraphUnits(inlines, line, out);
    }

    private void readBlock(Element element, List<Unit> out, int depth) {
        String tag = element.normalName();
        if (IGNORED.contains(tag)) {
            return;
        }
        int line = line(element);
        if (depth > MAX_DEPTH) {
            // Deeper nesting than any real newsletter: keep the text, give up the structure.
            paragraphUnits(List.of(new Text(Words.collapse(element.text()))), line, out);
            return;
        }
        switch (tag) {
            case "p", "dt", "dd", "caption", "figcaption", "address", "summary" ->
                    paragraphUnits(new InlineBuilder().build(element.childNodes()), line, out);
            case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                List<Inline> inlines = new InlineBuilder().build(element.childNodes());
                String text = Words.collapse(Inline.plainText(inlines));
                if (!text.isEmpty()) {
                    int level = tag.charAt(1) - '0';
                    out.add(
                            new Unit(
                                    UnitShape.HEADING,
                                    level,
                                    text,
                                    inlines,
                                    new Heading(level, inlines),
                                    wholeLink(inlines),
                                    false,
                                    1,
                                    0,
                                    Map.of(),
                                    line));
                }
            }
            case "ul", "ol" -> {
                ListBlock list = list(element, depth);
                if (!list.items().isEmpty()) {
                    out.add(
                            Unit.ofBlock(
                                    UnitShape.LIST,
                                    Words.collapse(list.plainText()),
                                    list,
                                    list.items().size(),
                                    0,
                                    line));
                }
            }
            case "blockquote" -> {
                Quote quote = new Quote(blocks(element, depth));
                if (!quote.blocks().isEmpty()) {
                    out.add(
                            Unit.ofBlock(
                                    UnitShape.QUOTE,
                                    Words.collapse(quote.plainText()),
                                    quote,
                                    1,
                                    0,
                                    line));
                }
            }
            case "pre" -> {
                CodeBlock code = new CodeBlock("", element.wholeText());
                out.add(
                        Unit.ofBlock(
                                UnitShape.CODE, Words.collapse(code.literal()), code, 1, 0, line));
            }
            case "hr" ->
                    out.add(
                            new Unit(
                                    UnitShape.RULE,
                                    0,
                                    "",
                                    List.of(),
                                    new Rule(),
                                    null,
                                    false,
                                    1,
                                    0,
                                    Map.of(),
                                    line));
            default -> readContainer(element, out, depth);
        }
    }

    /** A paragraph, or one figure per image when the paragraph holds images only. */
    private void paragraphUnits(List<Inline> inlines, int line, List<Unit> out) {
        String text = Words.collapse(Inline.plainText(inlines));
        List<Image> images = new ArrayList<>();
        boolean imagesOnly = true;
        for (Inline inline : inlines) {
            if (inline instanceof Image image) {
                images.add(image);
            } else if (inline instanceof Link link
                    && link.inlines().size() == 1
                    && link.inlines().get(0) instanceof Image image) {
                images.add(image);
            } else if (!(inline instanceof LineBreak) && !inline.plainText().isBlank()) {
                imagesOnly = false;
            }
        }
        if (imagesOnly) {
            for (Image image : images) {
                out.add(
                        new Unit(
                                UnitShape.FIGURE,
                                0,
                                image.alt(),
                                List.of(),
                                Figure.of(image),
                                null,
                                false,
                                1,
                                0,
                                Map.of(),
                                line));
            }
            return;
        }
        int lines = 1;
        for (Inline inline : inlines) {
            if (inline instanceof LineBreak) {
                lines++;
            }
        }
        out.add(
                new Unit(
                        UnitShape.PARAGRAPH,
                        0,
                        text,
                        inlines,
                        new Paragraph(inlines),
                        wholeLink(inlines),
                        isWhollyStrong(inlines),
                        lines,
                        0,
                        Map.of(),
                        line));
    }

    private ListBlock list(Element element, int depth) {
        List<ListItem> items = new ArrayList<>();
        for (Element child : element.children()) {
            if (child.normalName().equals("li")) {
                List<Block> blocks = blocks(child, depth);
                if (!blocks.isEmpty()) {
                    items.add(new ListItem(blocks));
                }
            }
        }
        boolean ordered = element.normalName().equals("ol");
        int start = 1;
        if (ordered && element.hasAttr("start")) {
            try {
                start = Math.max(0, Integer.parseInt(element.attr("start").strip()));
            } catch (NumberFormatException e) {
                start = 1;
            }
        }
        return new ListBlock(ordered, start, items);
    }

    private List<Block> blocks(Element element, int depth) {
        List<Unit> units = new ArrayList<>();
        readContainer(element, units, depth + 1);
        List<Block> blocks = new ArrayList<>();
        for (Unit unit : units) {
            if (unit.shape() != UnitShape.RULE) {
                blocks.add(unit.block());
            }
        }
        return blocks;
    }

    private int line(Node node) {
        int line = node.sourceRange().start().lineNumber();
        return line <= 0 ? 0 : firstLine + line - 1;
    }

    /** The target when the inlines are one link (maybe inside bold or italics), else null. */
    static URI wholeLink(List<Inline> inlines) {
        Inline only = onlyNonBlank(inlines);
        while (only instanceof Strong || only instanceof Emphasis) {
            only =
                    onlyNonBlank(
                            only instanceof Strong strong
                                    ? strong.inlines()
                                    : ((Emphasis) only).inlines());
        }
        if (only instanceof Link link && !link.plainText().isBlank()) {
            return uri(link.destination());
        }
        return null;
    }

    private static boolean isWhollyStrong(List<Inline> inlines) {
        Inline only = onlyNonBlank(inlines);
        if (only instanceof Emphasis emphasis) {
            only = onlyNonBlank(emphasis.inlines());
        }
        return only instanceof Strong;
    }

    private static Inline onlyNonBlank(List<Inline> inlines) {
        Inline only = null;
        for (Inline inline : inlines) {
            if (inline instanceof Text text && text.text().isBlank()) {
                continue;
            }
            if (only != null) {
                return null;
            }
            only = inline;
        }
        return only;
    }

    /**
     * A link target as a reader takes it: one written without a scheme that starts with a host name
     * ({@code www.example.com/x}) is read as {@code https}, as Markdown readers read it.
     */
    static String linkDestination(String href) {
        String trimmed = href.strip();
        if (trimmed.startsWith("www.") && trimmed.length() > 4) {
            return "https://" + trimmed;
        }
        return href;
    }

    private static URI uri(String destination) {
        String trimmed = destination.strip();
        if (trimmed.isEmpty()) {
            return null;
        }
        try {
            return new URI(trimmed);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** Turns jsoup's inline nodes into our inlines, collapsing white space as a browser does. */
    private final class InlineBuilder {
        private boolean lastWasSpace = true;

        List<Inline> build(List<Node> nodes) {
            List<Inline> inlines = convert(nodes, 0);
            return trim(inlines);
        }

        private List<Inline> convert(List<Node> nodes, int depth) {
            List<Inline> out = new ArrayList<>();
            for (Node node : nodes) {
                if (node instanceof TextNode textNode) {
                    String text = collapse(textNode.getWholeText());
                    if (!text.isEmpty()) {
                        out.add(new Text(text));
                    }
                } else if (node instanceof Element element && !isHidden(element)) {
                    convertElement(element, out, depth);
                }
            }
            return out;
        }

        private void convertElement(Element element, List<Inline> out, int depth) {
            String tag = element.normalName();
            if (IGNORED.contains(tag)) {
                return;
            }
            if (depth > MAX_DEPTH) {
                out.add(new Text(collapse(element.text())));
                return;
            }
            switch (tag) {
                case "br" -> {
                    out.add(LineBreak.HARD);
                    lastWasSpace = true;
                }
                case "img" ->
                        out.add(
                                new Image(
                                        TrackingLinks.clean(element.attr("src")),
                                        element.attr("alt"),
                                        element.attr("title")));
                case "a" -> {
                    List<Inline> children = convert(element.childNodes(), depth + 1);
                    if (element.hasAttr("href")) {
                        out.add(
                                new Link(
                                        TrackingLinks.clean(linkDestination(element.attr("href"))),
                                        element.attr("title"),
                                        children));
                    } else {
                        out.addAll(children);
                    }
                }
                case "em", "i", "cite", "dfn", "var" ->
                        out.add(new Emphasis(convert(element.childNodes(), depth + 1)));
                case "strong", "b" -> out.add(new Strong(convert(element.childNodes(), depth + 1)));
                case "s", "strike", "del" ->
                        out.add(new Strikethrough(convert(element.childNodes(), depth + 1)));
                case "code", "tt", "kbd", "samp" -> {
                    String literal = collapse(element.text());
                    if (!literal.isEmpty()) {
                        out.add(new Code(literal));
                    }
                }
                default -> {
                    List<Inline> children = convert(element.childNodes(), depth + 1);
                    if (!isInline(element) && !lastWasSpace) {
                        out.add(new Text(" ")); // a block inside a paragraph still separates words
                        lastWasSpace = true;
                    }
                    out.addAll(children);
                }
            }
        }

        private String collapse(String text) {
            StringBuilder out = new StringBuilder(text.length());
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Words.isInvisibleAt(text, i)) {
                    continue;
                }
                if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
                    if (!lastWasSpace) {
                        out.append(' ');
                        lastWasSpace = true;
                    }
                } else {
                    out.append(c);
                    lastWasSpace = false;
                }
            }
            return out.toString();
        }

        private List<Inline> trim(List<Inline> inlines) {
            List<Inline> out = new ArrayList<>(inlines);
            while (!out.isEmpty()
                    && out.get(out.size() - 1) instanceof Text text
                    && text.text().isBlank()) {
                out.remove(out.size() - 1);
            }
            if (!out.isEmpty() && out.get(out.size() - 1) instanceof Text text) {
                out.set(out.size() - 1, new Text(text.text().stripTrailing()));
            }
            while (!out.isEmpty() && out.get(0) instanceof Text text && text.text().isBlank()) {
                out.remove(0);
            }
            if (!out.isEmpty() && out.get(0) instanceof Text text) {
                out.set(0, new Text(text.text().stripLeading()));
            }
            return out;
        }
    }
}
