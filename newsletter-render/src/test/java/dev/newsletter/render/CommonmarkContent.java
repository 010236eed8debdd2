package dev.newsletter.render;

import dev.newsletter.content.Block;
import dev.newsletter.content.Code;
import dev.newsletter.content.CodeBlock;
import dev.newsletter.content.Emphasis;
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
import java.util.List;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;

/**
 * Reads Markdown back into content blocks with plain commonmark-java, independently of the
 * project's own parser: it checks that the Markdown renderer's escaping and block syntax say
 * exactly what the model says. Only the content tree, not the issue structure.
 */
final class CommonmarkContent {

    private static final Parser PARSER =
            Parser.builder()
                    .extensions(List.of(TablesExtension.create(), StrikethroughExtension.create()))
                    .build();

    private CommonmarkContent() {}

    /** The blocks of {@code markdown}. */
    static List<Block> parse(String markdown) {
        return blocks(PARSER.parse(markdown));
    }

    private static List<Block> blocks(Node parent) {
        List<Block> blocks = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            blocks.add(block(node));
        }
        return blocks;
    }

    private static Block block(Node node) {
        if (node instanceof org.commonmark.node.Paragraph) {
            return new Paragraph(inlines(node));
        } else if (node instanceof org.commonmark.node.Heading heading) {
            return new Heading(heading.getLevel(), inlines(node));
        } else if (node instanceof org.commonmark.node.BulletList) {
            return new ListBlock(false, 1, items(node));
        } else if (node instanceof org.commonmark.node.OrderedList ordered) {
            return new ListBlock(true, ordered.getMarkerStartNumber(), items(node));
        } else if (node instanceof org.commonmark.node.BlockQuote) {
            return new Quote(blocks(node));
        } else if (node instanceof org.commonmark.node.FencedCodeBlock code) {
            return new CodeBlock(code.getInfo(), code.getLiteral());
        } else if (node instanceof org.commonmark.node.IndentedCodeBlock code) {
            return new CodeBlock("", code.getLiteral());
        } else if (node instanceof org.commonmark.node.ThematicBreak) {
            return new Rule();
        } else if (node instanceof org.commonmark.node.HtmlBlock html) {
            return new RawBlock(html.getLiteral().strip());
        } else if (node instanceof TableBlock) {
            List<TableRow> rows = new ArrayList<>();
            for (Node section = node.getFirstChild();
                    section != null;
                    section = section.getNext()) {
                for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                    List<List<Inline>> cells = new ArrayList<>();
                    for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                        cells.add(inlines((TableCell) cell));
                    }
                    rows.add(new TableRow(cells));
                }
            }
            return new Table(rows.get(0), rows.subList(1, rows.size()));
        }
        throw new IllegalArgumentException("unexpected block " + node);
    }

    private static List<ListItem> items(Node list) {
        List<ListItem> items = new ArrayList<>();
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            items.add(new ListItem(blocks(item)));
        }
        return items;
    }

    private static List<Inline> inlines(Node parent) {
        List<Inline> inlines = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            Inline inline = inline(node);
            // escapes and entities may split text: join neighbours as the model holds them
            if (inline instanceof Text text
                    && !inlines.isEmpty()
                    && inlines.get(inlines.size() - 1) instanceof Text before) {
                inlines.set(inlines.size() - 1, new Text(before.text() + text.text()));
            } else {
                inlines.add(inline);
            }
        }
        return inlines;
    }

    private static Inline inline(Node node) {
        if (node instanceof org.commonmark.node.Text text) {
            return new Text(text.getLiteral());
        } else if (node instanceof org.commonmark.node.Emphasis) {
            return new Emphasis(inlines(node));
        } else if (node instanceof org.commonmark.node.StrongEmphasis) {
            return new Strong(inlines(node));
        } else if (node instanceof org.commonmark.ext.gfm.strikethrough.Strikethrough) {
            return new Strikethrough(inlines(node));
        } else if (node instanceof org.commonmark.node.Code code) {
            return new Code(code.getLiteral());
        } else if (node instanceof org.commonmark.node.Link link) {
            return new Link(link.getDestination(), nullToEmpty(link.getTitle()), inlines(node));
        } else if (node instanceof org.commonmark.node.Image image) {
            StringBuilder alt = new StringBuilder();
            for (Inline inline : inlines(node)) {
                inline.appendPlainText(alt);
            }
            return new Image(image.getDestination(), alt.toString(), nullToEmpty(image.getTitle()));
        } else if (node instanceof org.commonmark.node.SoftLineBreak) {
            return LineBreak.SOFT;
        } else if (node instanceof org.commonmark.node.HardLineBreak) {
            return LineBreak.HARD;
        } else if (node instanceof org.commonmark.node.HtmlInline html) {
            return new RawInline(html.getLiteral());
        }
        throw new IllegalArgumentException("unexpected inline " + node);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
