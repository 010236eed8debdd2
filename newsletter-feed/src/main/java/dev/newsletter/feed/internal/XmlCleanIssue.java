package dev.newsletter.feed.internal;

import dev.newsletter.Entry;
import dev.newsletter.Issue;
import dev.newsletter.Person;
import dev.newsletter.Publication;
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
import java.util.ArrayList;
import java.util.List;

/**
 * A copy of an issue with every text stripped of the characters XML 1.0 forbids, made before the
 * content renderer sees it: a renderer may replace such characters with U+FFFD, which would leave
 * marks in the content that the title and summary (cleaned by removal) do not have.
 */
public final class XmlCleanIssue {

    private XmlCleanIssue() {}

    /** {@code issue} with its texts cleaned; the metadata is left as it is (it is not rendered). */
    public static Issue of(Issue issue) {
        List<Person> authors = new ArrayList<>();
        for (Person author : issue.authors()) {
            Person clean = person(author);
            if (clean != null) {
                authors.add(clean);
            }
        }
        List<String> tags = new ArrayList<>();
        for (String tag : issue.tags()) {
            String clean = text(tag);
            if (!clean.isBlank()) {
                tags.add(clean);
            }
        }
        List<Section> sections = new ArrayList<>(issue.sections().size());
        for (Section section : issue.sections()) {
            sections.add(section(section));
        }
        Publication publication = issue.publication();
        return issue.toBuilder()
                .publication(
                        new Publication(
                                nullable(publication.name()),
                                nullable(publication.tagline()),
                                publication.homepage()))
                .title(text(issue.title()))
                .edition(nullable(issue.edition()))
                .summary(nullable(issue.summary()))
                .authors(authors)
                .tags(tags)
                .intro(blocks(issue.intro()))
                .sections(sections)
                .build();
    }

    /** {@code section} with its texts cleaned. */
    public static Section section(Section section) {
        List<Entry> entries = new ArrayList<>(section.entries().size());
        for (Entry entry : section.entries()) {
            entries.add(entry(entry));
        }
        List<Section> subsections = new ArrayList<>(section.subsections().size());
        for (Section sub : section.subsections()) {
            subsections.add(section(sub));
        }
        return new Section(
                section.kind(),
                text(section.heading()),
                text(section.title()),
                section.level(),
                blocks(section.blocks()),
                entries,
                subsections);
    }

    /** {@code entry} with its texts cleaned. */
    public static Entry entry(Entry entry) {
        return new Entry(
                text(entry.title()),
                entry.link(),
                blocks(entry.blocks()),
                entry.contributor() == null ? null : person(entry.contributor()));
    }

    private static Person person(Person person) {
        String name = text(person.name());
        return name.isBlank() ? null : new Person(name, person.uri());
    }

    private static List<Block> blocks(List<? extends Block> blocks) {
        List<Block> clean = new ArrayList<>(blocks.size());
        for (Block block : blocks) {
            clean.add(block(block));
        }
        return clean;
    }

    private static Block block(Block block) {
        if (block instanceof Paragraph paragraph) {
            return new Paragraph(inlines(paragraph.inlines()));
        } else if (block instanceof Heading heading) {
            return new Heading(heading.level(), inlines(heading.inlines()));
        } else if (block instanceof ListBlock list) {
            List<ListItem> items = new ArrayList<>(list.items().size());
            for (ListItem item : list.items()) {
                items.add(new ListItem(blocks(item.blocks())));
            }
            return new ListBlock(list.ordered(), list.start(), items);
        } else if (block instanceof Quote quote) {
            return new Quote(blocks(quote.blocks()));
        } else if (block instanceof CodeBlock code) {
            return new CodeBlock(text(code.info()), text(code.literal()));
        } else if (block instanceof Figure figure) {
            return new Figure(image(figure.image()), inlines(figure.caption()));
        } else if (block instanceof Table table) {
            List<TableRow> rows = new ArrayList<>(table.rows().size());
            for (TableRow row : table.rows()) {
                rows.add(row(row));
            }
            return new Table(row(table.header()), rows);
        } else if (block instanceof RawBlock raw) {
            return new RawBlock(text(raw.content()));
        } else if (block instanceof Rule rule) {
            return rule;
        }
        throw new IllegalArgumentException("unknown block " + block.getClass().getName());
    }

    private static TableRow row(TableRow row) {
        List<List<Inline>> cells = new ArrayList<>(row.cells().size());
        for (List<Inline> cell : row.cells()) {
            cells.add(inlines(cell));
        }
        return new TableRow(cells);
    }

    private static List<Inline> inlines(List<Inline> inlines) {
        List<Inline> clean = new ArrayList<>(inlines.size());
        for (Inline inline : inlines) {
            clean.add(inline(inline));
        }
        return clean;
    }

    private static Inline inline(Inline inline) {
        if (inline instanceof Text text) {
            return new Text(text(text.text()));
        } else if (inline instanceof Emphasis emphasis) {
            return new Emphasis(inlines(emphasis.inlines()));
        } else if (inline instanceof Strong strong) {
            return new Strong(inlines(strong.inlines()));
        } else if (inline instanceof Strikethrough strike) {
            return new Strikethrough(inlines(strike.inlines()));
        } else if (inline instanceof Code code) {
            return new Code(text(code.literal()));
        } else if (inline instanceof Link link) {
            return new Link(text(link.destination()), text(link.title()), inlines(link.inlines()));
        } else if (inline instanceof Image image) {
            return image(image);
        } else if (inline instanceof RawInline raw) {
            return new RawInline(text(raw.content()));
        } else if (inline instanceof LineBreak lineBreak) {
            return lineBreak;
        }
        throw new IllegalArgumentException("unknown inline " + inline.getClass().getName());
    }

    private static Image image(Image image) {
        return new Image(text(image.source()), text(image.alt()), text(image.title()));
    }

    private static String text(String text) {
        return XmlCharacters.clean(text);
    }

    private static String nullable(String text) {
        return text == null ? null : XmlCharacters.clean(text);
    }
}
