package dev.newsletter.feed.internal;

import dev.newsletter.Entry;
import dev.newsletter.Issue;
import dev.newsletter.Person;
import dev.newsletter.Section;
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
import dev.newsletter.render.IssueRenderer;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * A small, safe HTML fragment of an issue for feed content, used when no other renderer is given:
 * the intro, each section with its heading, each entry with its linked title, body and contributor.
 * Text is escaped, raw markup is left out (a feed reader must never run it), links and images are
 * made absolute against the base URI, and unsafe schemes lose their link. The issue's title is not
 * repeated: the feed item carries it.
 *
 * <p>Immutable and thread-safe.
 */
public final class SafeHtmlRenderer implements IssueRenderer {

    private final URI base;

    /** A renderer resolving relative links against {@code base}, an absolute URI. */
    public SafeHtmlRenderer(URI base) {
        this.base = Objects.requireNonNull(base, "base");
    }

    @Override
    public void render(Issue issue, Appendable out) throws IOException {
        StringBuilder html = new StringBuilder(1024);
        blocks(issue.intro(), html);
        for (Section section : issue.sections()) {
            section(section, html);
        }
        out.append(html);
    }

    private void section(Section section, StringBuilder html) {
        html.append("<section class=\"").append(section.kind().id()).append("\">");
        if (!section.heading().isBlank()) {
            html.append("<h2>");
            HtmlText.appendEscaped(section.heading(), html);
            html.append("</h2>");
        }
        blocks(section.blocks(), html);
        for (Entry entry : section.entries()) {
            entry(entry, html);
        }
        html.append("</section>");
    }

    private void entry(Entry entry, StringBuilder html) {
        html.append("<article>");
        if (!entry.title().isBlank()) {
            html.append("<h3>");
            URI link = WebLinks.resolve(entry.link(), base);
            if (link != null) {
                html.append("<a href=\"");
                HtmlText.appendEscaped(link.toASCIIString(), html);
                html.append("\">");
                HtmlText.appendEscaped(entry.title(), html);
                html.append("</a>");
            } else {
                HtmlText.appendEscaped(entry.title(), html);
            }
            html.append("</h3>");
        }
        blocks(entry.blocks(), html);
        Person contributor = entry.contributor();
        if (contributor != null) {
            html.append("<p class=\"contributor\">— ");
            URI uri = WebLinks.resolve(contributor.uri(), base);
            if (uri != null) {
                html.append("<a href=\"");
                HtmlText.appendEscaped(uri.toASCIIString(), html);
                html.append("\">");
                HtmlText.appendEscaped(contributor.name(), html);
                html.append("</a>");
            } else {
                HtmlText.appendEscaped(contributor.name(), html);
            }
            html.append("</p>");
        }
        html.append("</article>");
    }

    private void blocks(List<? extends Block> blocks, StringBuilder html) {
        for (Block block : blocks) {
            block(block, html);
        }
    }

    private void block(Block block, StringBuilder html) {
        if (block instanceof Paragraph paragraph) {
            html.append("<p>");
            inlines(paragraph.inlines(), html);
            html.append("</p>");
        } else if (block instanceof Heading heading) {
            // Section headings are h2 and entry titles h3: content headings sit below them.
            int level = Math.min(6, heading.level() + 2);
            html.append("<h").append(level).append('>');
            inlines(heading.inlines(), html);
            html.append("</h").append(level).append('>');
        } else if (block instanceof ListBlock list) {
            list(list, html);
        } else if (block instanceof Quote quote) {
            html.append("<blockquote>");
            blocks(quote.blocks(), html);
            html.append("</blockquote>");
        } else if (block instanceof CodeBlock code) {
            html.append("<pre><code>");
            HtmlText.appendEscaped(code.literal(), html);
            html.append("</code></pre>");
        } else if (block instanceof Figure figure) {
            html.append("<figure>");
            image(figure.image(), html);
            if (!figure.caption().isEmpty()) {
                html.append("<figcaption>");
                inlines(figure.caption(), html);
                html.append("</figcaption>");
            }
            html.append("</figure>");
        } else if (block instanceof Table table) {
            table(table, html);
        } else if (block instanceof Rule) {
            html.append("<hr>");
        } else if (block instanceof RawBlock) {
            // raw markup is never passed on to a feed reader
            return;
        }
    }

    private void list(ListBlock list, StringBuilder html) {
        if (list.ordered()) {
            html.append(list.start() == 1 ? "<ol>" : "<ol start=\"" + list.start() + "\">");
        } else {
            html.append("<ul>");
        }
        for (ListItem item : list.items()) {
            html.append("<li>");
            blocks(item.blocks(), html);
            html.append("</li>");
        }
        html.append(list.ordered() ? "</ol>" : "</ul>");
    }

    private void table(Table table, StringBuilder html) {
        html.append("<table><thead>");
        row(table.header(), "th", html);
        html.append("</thead><tbody>");
        for (TableRow row : table.rows()) {
            row(row, "td", html);
        }
        html.append("</tbody></table>");
    }

    private void row(TableRow row, String cellTag, StringBuilder html) {
        html.append("<tr>");
        for (List<Inline> cell : row.cells()) {
            html.append('<').append(cellTag).append('>');
            inlines(cell, html);
            html.append("</").append(cellTag).append('>');
        }
        html.append("</tr>");
    }

    private void inlines(List<Inline> inlines, StringBuilder html) {
        for (Inline inline : inlines) {
            inline(inline, html);
        }
    }

    private void inline(Inline inline, StringBuilder html) {
        if (inline instanceof Text text) {
            HtmlText.appendEscaped(text.text(), html);
        } else if (inline instanceof Emphasis emphasis) {
            wrap("em", emphasis.inlines(), html);
        } else if (inline instanceof Strong strong) {
            wrap("strong", strong.inlines(), html);
        } else if (inline instanceof Strikethrough strike) {
            wrap("del", strike.inlines(), html);
        } else if (inline instanceof Code code) {
            html.append("<code>");
            HtmlText.appendEscaped(code.literal(), html);
            html.append("</code>");
        } else if (inline instanceof Link link) {
            link(link, html);
        } else if (inline instanceof Image image) {
            image(image, html);
        } else if (inline instanceof LineBreak lineBreak) {
            html.append(lineBreak.hard() ? "<br>" : "\n");
        } else if (inline instanceof RawInline) {
            // raw markup is never passed on to a feed reader
            return;
        }
    }

    private void wrap(String tag, List<Inline> inlines, StringBuilder html) {
        html.append('<').append(tag).append('>');
        inlines(inlines, html);
        html.append("</").append(tag).append('>');
    }

    private void link(Link link, StringBuilder html) {
        URI target = WebLinks.resolve(link.destination(), base);
        if (target == null) {
            inlines(link.inlines(), html);
            return;
        }
        html.append("<a href=\"");
        HtmlText.appendEscaped(target.toASCIIString(), html);
        html.append('"');
        if (!link.title().isEmpty()) {
            html.append(" title=\"");
            HtmlText.appendEscaped(link.title(), html);
            html.append('"');
        }
        html.append('>');
        inlines(link.inlines(), html);
        html.append("</a>");
    }

    private void image(Image image, StringBuilder html) {
        URI source = WebLinks.resolve(image.source(), base);
        if (source == null || "mailto".equalsIgnoreCase(source.getScheme())) {
            if (!image.alt().isEmpty()) {
                HtmlText.appendEscaped(image.alt(), html);
            }
            return;
        }
        html.append("<img src=\"");
        HtmlText.appendEscaped(source.toASCIIString(), html);
        html.append("\" alt=\"");
        HtmlText.appendEscaped(image.alt(), html);
        html.append('"');
        if (!image.title().isEmpty()) {
            html.append(" title=\"");
            HtmlText.appendEscaped(image.title(), html);
            html.append('"');
        }
        html.append('>');
    }
}
