package dev.newsletter.parser.internal.markdown;

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
import dev.newsletter.content.RawBlock;
import dev.newsletter.content.RawInline;
import dev.newsletter.content.Rule;
import dev.newsletter.content.Strikethrough;
import dev.newsletter.content.Strong;
import dev.newsletter.content.Table;
import dev.newsletter.content.TableRow;
import dev.newsletter.content.Text;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.autolink.AutolinkType;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Document;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Parses a Markdown body with commonmark-java (GFM tables, strikethrough, web autolinks) and
 * converts it into the library's content tree. Commonmark's mutable nodes never leave this class.
 *
 * <p>Raw HTML, HTML comments and MDX {@code import}/{@code export} lines the template step left
 * (outside {@code .mdx} files) become raw content: kept as written, never executed. Template code
 * is resolved before ({@link TemplateSteps}).
 */
final class ContentConverter {

    /** Thread-safe once built, so shared by every parse. */
    private static final Parser PARSER =
            Parser.builder()
                    .extensions(
                            List.of(
                                    TablesExtension.create(),
                                    StrikethroughExtension.create(),
                                    // bare web addresses are links; a bare e-mail address stays
                                    // text, as the e-mail and plain-text readers keep it ("<a@b>"
                                    // and "[a@b](mailto:a@b)" still link)
                                    AutolinkExtension.builder()
                                            .linkTypes(AutolinkType.URL, AutolinkType.WWW)
                                            .build()))
                    .includeSourceSpans(IncludeSourceSpans.BLOCKS)
                    .build();

    private final String body;
    private final int lineOffset;
    private final LineMap lines;

    /** The alternative text of images as inlines, for alt texts that hold links. */
    private final Map<Image, List<Inline>> altInlines = new IdentityHashMap<>();

    private ContentConverter(String body, int lineOffset, LineMap lines) {
        this.body = body;
        this.lineOffset = lineOffset;
        this.lines = lines;
    }

    /**
     * Converts {@code body}, whose first line is line {@code lineOffset + 1} of the file.
     *
     * @return the top-level blocks in order
     */
    static List<LocatedBlock> convert(String body, int lineOffset) {
        return convert(body, lineOffset, LineMap.identity());
    }

    /**
     * Converts {@code body}, the text of the template step, whose lines come from the file's lines
     * {@code lineOffset + 1 + lines.sourceLine(i)}.
     */
    static List<LocatedBlock> convert(String body, int lineOffset, LineMap lines) {
        return new ContentConverter(body, lineOffset, lines).convertDocument();
    }

    private List<LocatedBlock> convertDocument() {
        Node document = PARSER.parse(body);
        List<LocatedBlock> blocks = new ArrayList<>();
        for (Node child = document.getFirstChild(); child != null; child = child.getNext()) {
            Block block = block(child);
            if (block == null) {
                continue;
            }
            int last = blocks.size() - 1;
            if (block instanceof Rule && last >= 0 && blocks.get(last).block() instanceof Rule) {
                // Two breaks with nothing between (what is left when the template step removes
                // an MDX component that stood between them) read as one.
                continue;
            }
            if (last >= 0
                    && blocks.get(last).block() instanceof Figure figure
                    && figure.caption().isEmpty()
                    && isCaption(block)) {
                LocatedBlock previous = blocks.get(last);
                blocks.set(
                        last,
                        new LocatedBlock(
                                withCaption(figure, block), previous.line(), previous.column()));
                continue;
            }
            SourceSpan span =
                    child.getSourceSpans().isEmpty() ? null : child.getSourceSpans().get(0);
            int line =
                    span == null
                            ? lineOffset + 1
                            : lineOffset + lines.sourceLine(span.getLineIndex()) + 1;
            int column = span == null ? 1 : span.getColumnIndex() + 1;
            blocks.add(new LocatedBlock(block, line, column));
        }
        return blocks;
    }

    /**
     * Whether a block right after a figure without a caption is its caption: a small heading
     * ({@code #####}, as Jekyll themes style captions) or a paragraph all in emphasis.
     */
    private static boolean isCaption(Block block) {
        if (block instanceof Heading heading) {
            return heading.level() >= 5;
        }
        return block instanceof Paragraph paragraph
                && paragraph.inlines().size() == 1
                && paragraph.inlines().get(0) instanceof Emphasis;
    }

    private static Block withCaption(Figure figure, Block caption) {
        List<Inline> inlines =
                caption instanceof Heading heading
                        ? heading.inlines()
                        : ((Paragraph) caption).inlines();
        return new Figure(figure.image(), inlines);
    }

    /** The block for {@code node}, or {@code null} for a node that is only markup. */
    private Block block(Node node) {
        if (node instanceof org.commonmark.node.Paragraph paragraph) {
            return paragraph(inlines(paragraph));
        }
        if (node instanceof org.commonmark.node.Heading heading) {
            return new Heading(heading.getLevel(), inlines(heading));
        }
        if (node instanceof BulletList list) {
            return new ListBlock(false, 1, items(list));
        }
        if (node instanceof OrderedList list) {
            Integer start = list.getMarkerStartNumber();
            return new ListBlock(true, start == null ? 1 : Math.max(0, start), items(list));
        }
        if (node instanceof BlockQuote quote) {
            return new Quote(children(quote));
        }
        if (node instanceof FencedCodeBlock code) {
            String info = code.getInfo() == null ? "" : code.getInfo();
            return new CodeBlock(info, code.getLiteral() == null ? "" : code.getLiteral());
        }
        if (node instanceof IndentedCodeBlock code) {
            return new CodeBlock("", code.getLiteral());
        }
        if (node instanceof HtmlBlock html) {
            return new RawBlock(stripFinalNewline(html.getLiteral()));
        }
        if (node instanceof ThematicBreak) {
            return new Rule();
        }
        if (node instanceof org.commonmark.ext.gfm.tables.TableBlock table) {
            return table(table);
        }
        if (node instanceof LinkReferenceDefinition || node instanceof Document) {
            return null; // markup: its destination lives on in the links that use it
        }
        // An unknown block from a future commonmark: keep its text.
        List<Inline> inlines = inlines(node);
        return inlines.isEmpty() ? null : new Paragraph(inlines);
    }

    /**
     * A paragraph, a figure (an image alone, with an optional caption on the following lines), or
     * raw content (a paragraph that is only Liquid tags or MDX statements).
     */
    private Block paragraph(List<Inline> inlines) {
        if (isRawOnly(inlines)) {
            StringBuilder raw = new StringBuilder();
            for (Inline inline : inlines) {
                if (inline instanceof RawInline r) {
                    raw.append(r.content());
                } else if (inline instanceof Text t) {
                    raw.append(t.text());
                } else {
                    raw.append('\n');
                }
            }
            return new RawBlock(raw.toString().strip());
        }
        String text = Inline.plainText(inlines);
        if (isMdxStatements(text)) {
            return new RawBlock(text.strip());
        }
        if (!inlines.isEmpty() && inlines.get(0) instanceof Image image) {
            List<Inline> rest = inlines.subList(1, inlines.size());
            if (!rest.isEmpty() && !(rest.get(0) instanceof LineBreak)) {
                return new Paragraph(inlines); // an inline image, such as an icon before text
            }
            int start = 0;
            while (start < rest.size() && rest.get(start) instanceof LineBreak) {
                start++;
            }
            List<Inline> caption = rest.subList(start, rest.size());
            if (caption.stream().noneMatch(inline -> inline instanceof Image)) {
                List<Inline> alt = altInlines.getOrDefault(image, List.of());
                if (caption.isEmpty() && InlineRuns.links(alt) > 0) {
                    caption =
                            alt; // an alt text with links is a caption: its links must not be lost
                }
                return new Figure(image, caption);
            }
        }
        return new Paragraph(inlines);
    }

    private static boolean isRawOnly(List<Inline> inlines) {
        boolean sawRaw = false;
        for (Inline inline : inlines) {
            if (inline instanceof RawInline) {
                sawRaw = true;
            } else if (inline instanceof Text text) {
                if (!text.text().isBlank()) {
                    return false;
                }
            } else if (!(inline instanceof LineBreak)) {
                return false;
            }
        }
        return sawRaw;
    }

    /** Whether every line is an MDX {@code import ... from "..."} or {@code export} statement. */
    private static boolean isMdxStatements(String text) {
        boolean any = false;
        for (String line : text.split("\n")) {
            String statement = line.strip();
            if (statement.isEmpty()) {
                continue;
            }
            boolean isImport =
                    statement.startsWith("import ")
                            && (statement.contains(" from ")
                                    || statement.startsWith("import \"")
                                    || statement.startsWith("import '"));
            boolean isExport =
                    statement.startsWith("export ")
                            && (statement.startsWith("export const ")
                                    || statement.startsWith("export default ")
                                    || statement.startsWith("export function ")
                                    || statement.startsWith("export {"));
            if (!isImport && !isExport) {
                return false;
            }
            any = true;
        }
        return any;
    }

    private List<ListItem> items(Node list) {
        List<ListItem> items = new ArrayList<>();
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            items.add(new ListItem(children(item)));
        }
        return items;
    }

    private List<Block> children(Node parent) {
        List<Block> blocks = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            Block block = block(child);
            if (block != null) {
                blocks.add(block);
            }
        }
        return blocks;
    }

    private Table table(Node table) {
        TableRow header = new TableRow(List.of());
        List<TableRow> rows = new ArrayList<>();
        for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
            for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                List<List<Inline>> cells = new ArrayList<>();
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    cells.add(cell instanceof TableCell ? inlines(cell) : List.of());
                }
                if (part instanceof TableHead) {
                    header = new TableRow(cells);
                } else if (part instanceof TableBody) {
                    rows.add(new TableRow(cells));
                }
            }
        }
        return new Table(header, rows);
    }

    /** The inline children of {@code parent}, adjacent text runs merged. */
    private List<Inline> inlines(Node parent) {
        List<Inline> inlines = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            addInline(child, inlines);
        }
        return merge(inlines);
    }

    private void addInline(Node node, List<Inline> out) {
        if (node instanceof org.commonmark.node.Text text) {
            out.add(new Text(text.getLiteral()));
        } else if (node instanceof org.commonmark.node.Emphasis) {
            out.add(new Emphasis(inlines(node)));
        } else if (node instanceof StrongEmphasis) {
            out.add(new Strong(inlines(node)));
        } else if (node instanceof org.commonmark.ext.gfm.strikethrough.Strikethrough) {
            out.add(new Strikethrough(inlines(node)));
        } else if (node instanceof org.commonmark.node.Code code) {
            out.add(new Code(code.getLiteral()));
        } else if (node instanceof org.commonmark.node.Link link) {
            out.add(
                    new Link(
                            nullToEmpty(link.getDestination()),
                            nullToEmpty(link.getTitle()),
                            inlines(link)));
        } else if (node instanceof org.commonmark.node.Image image) {
            List<Inline> alt = inlines(image);
            Image converted =
                    new Image(
                            nullToEmpty(image.getDestination()),
                            InlineRuns.squeeze(Inline.plainText(alt)),
                            nullToEmpty(image.getTitle()));
            altInlines.put(converted, alt);
            out.add(converted);
        } else if (node instanceof SoftLineBreak) {
            out.add(LineBreak.SOFT);
        } else if (node instanceof HardLineBreak) {
            out.add(LineBreak.HARD);
        } else if (node instanceof HtmlInline html) {
            out.add(new RawInline(html.getLiteral()));
        } else {
            // An inline from an extension we do not know: keep its content.
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                addInline(child, out);
            }
        }
    }

    /** Merges adjacent text runs in one pass (commonmark splits text at every delimiter). */
    private static List<Inline> merge(List<Inline> inlines) {
        List<Inline> merged = new ArrayList<>(inlines.size());
        StringBuilder pending = null;
        for (Inline inline : inlines) {
            if (inline instanceof Text text) {
                if (pending == null) {
                    pending = new StringBuilder();
                }
                pending.append(text.text());
                continue;
            }
            if (pending != null) {
                merged.add(new Text(pending.toString()));
                pending = null;
            }
            merged.add(inline);
        }
        if (pending != null) {
            merged.add(new Text(pending.toString()));
        }
        return merged;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    private static String stripFinalNewline(String text) {
        String value = text == null ? "" : text;
        return value.endsWith("\n") ? value.substring(0, value.length() - 1) : value;
    }
}
