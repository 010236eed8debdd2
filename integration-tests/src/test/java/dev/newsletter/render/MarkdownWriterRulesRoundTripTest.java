package dev.newsletter.render;

import dev.newsletter.DatePrecision;
import dev.newsletter.Entry;
import dev.newsletter.Issue;
import dev.newsletter.Person;
import dev.newsletter.Section;
import dev.newsletter.SectionKind;
import dev.newsletter.SectionVocabulary;
import dev.newsletter.content.Emphasis;
import dev.newsletter.content.Heading;
import dev.newsletter.content.Link;
import dev.newsletter.content.Paragraph;
import dev.newsletter.content.Quote;
import dev.newsletter.content.RawBlock;
import dev.newsletter.content.Strong;
import dev.newsletter.content.Text;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Shapes of issues parsed from other layouts (Jekyll articles under a byline, email digests) that
 * the Markdown writer must put in a form the Markdown parser reads back to the same issue.
 */
class MarkdownWriterRulesRoundTripTest {

    static List<String> shapes() {
        return List.copyOf(issues().keySet());
    }

    @ParameterizedTest
    @MethodSource("shapes")
    void markdownReadsBackEqual(String shape) {
        ParserRoundTripTest.assertReadsBackEqualFromMarkdown(issues().get(shape));
    }

    private static Map<String, Issue> issues() {
        return Map.of(
                "sections that are one article each, under a byline",
                issue("June 2024")
                        .sections(
                                List.of(
                                        article("Tides at dawn", "Ines Ortega", true),
                                        article("Why kelp forests matter", "Tomas", false)))
                        .build(),
                "a lone title heading in the intro",
                issue("June 2024")
                        .intro(
                                List.of(
                                        Heading.of(1, "Sparse retrieval, revisited"),
                                        Paragraph.of("by Ada")))
                        .sections(List.of(article("Upcoming events", "Ada", false)))
                        .build(),
                "an edition that is no month",
                issue("Vol 12, Issue 3")
                        .title("Tide Pool Digest, Vol 12, Issue 3")
                        .sections(List.of(article("Topics", "Ada", false)))
                        .build(),
                "strong around emphasis, and indented raw HTML",
                issue("June 2024")
                        .intro(
                                List.of(
                                        Paragraph.of(
                                                new Text("Join the "),
                                                new Strong(List.of(Emphasis.of("Kelp (re)Survey"))),
                                                new Text(" on Friday.")),
                                        new RawBlock("  </div>\n</section>")))
                        .build(),
                "unlinked items, set apart by rules, in a section without a kind",
                issue("June 2024")
                        .sections(
                                List.of(
                                        Section.builder(SectionKind.OTHER)
                                                .heading("Office hours")
                                                .title("Office hours")
                                                .addEntry(
                                                        Entry.builder()
                                                                .title("Kelp mapping clinic")
                                                                .build())
                                                .addEntry(
                                                        Entry.builder()
                                                                .title("Thursday, 10:00 PT")
                                                                .addBlock(
                                                                        Paragraph.of(
                                                                                "Bring a transect sheet and your questions."))
                                                                .addBlock(
                                                                        Heading.of(
                                                                                4, "What to bring"))
                                                                .addBlock(Paragraph.of("Boots."))
                                                                .build())
                                                .addEntry(
                                                        Entry.builder()
                                                                .title("Survey results")
                                                                .link(
                                                                        URI.create(
                                                                                "https://example.org/survey"))
                                                                .addBlock(
                                                                        Paragraph.of(
                                                                                "The full tables."))
                                                                .build())
                                                .addEntry(
                                                        Entry.builder().title("Next month").build())
                                                .build()))
                        .build(),
                "contributors named in lower case, after a paragraph and after a quote",
                issue("June 2024")
                        .sections(
                                List.of(
                                        Section.builder(SectionKind.READING)
                                                .heading("Reading")
                                                .addEntry(
                                                        Entry.builder()
                                                                .title("Quiet Systems")
                                                                .link(
                                                                        URI.create(
                                                                                "https://example.org/quiet"))
                                                                .contributor(Person.of("mkrell"))
                                                                .addBlock(
                                                                        Paragraph.of(
                                                                                "A short book about software that is great."))
                                                                .build())
                                                .addEntry(
                                                        Entry.builder()
                                                                .title("Loud Systems")
                                                                .link(
                                                                        URI.create(
                                                                                "https://example.org/loud"))
                                                                .contributor(
                                                                        new Person(
                                                                                "ghost43",
                                                                                URI.create(
                                                                                        "https://example.org/people/ghost43")))
                                                                .addBlock(
                                                                        new Quote(
                                                                                List.of(
                                                                                        Paragraph
                                                                                                .of(
                                                                                                        "The opposite, in every way."))))
                                                                .build())
                                                .build()))
                        .build(),
                "one section whose entry bodies hold second-level headings",
                issue("Vol 12, Issue 3")
                        .title("Tide Pool Digest, Vol 12, Issue 3")
                        .intro(List.of(Paragraph.of("Send submissions to the list.")))
                        .sections(
                                List.of(
                                        Section.builder(SectionKind.OTHER)
                                                .heading("Topics")
                                                .title("Topics")
                                                .addEntry(
                                                        Entry.builder()
                                                                .title("Quiet Systems")
                                                                .addBlock(
                                                                        Paragraph.of(
                                                                                "A short book about quiet software."))
                                                                .addBlock(Heading.of(3, "Problem"))
                                                                .addBlock(Paragraph.of("Pagers."))
                                                                .build())
                                                .addEntry(
                                                        Entry.builder()
                                                                .title("Loud Systems")
                                                                .addBlock(
                                                                        Paragraph.of(
                                                                                "The opposite, in every way."))
                                                                .addBlock(Heading.of(2, "Timeline"))
                                                                .addBlock(
                                                                        Paragraph.of(
                                                                                "It took a year."))
                                                                .build())
                                                .build()))
                        .build(),
                "bare e-mail addresses in text, beside a mailto link",
                issue("June 2024")
                        .intro(
                                List.of(
                                        Paragraph.of(
                                                "Send sightings to tides@example.org, or reply to this mail."),
                                        Paragraph.of(
                                                new Text("Corrections: "),
                                                Link.of(
                                                        "desk@example.org",
                                                        "mailto:desk@example.org"),
                                                new Text("."))))
                        .build());
    }

    private static Issue.Builder issue(String edition) {
        return Issue.builder()
                .edition(edition)
                .title(edition)
                .date(LocalDate.of(2024, 6, 12), DatePrecision.DAY);
    }

    private static Section article(String heading, String author, boolean linked) {
        // the kind a reader gives the heading: "Upcoming events" is events
        SectionKind kind = SectionVocabulary.defaults().topicOf(heading);
        return Section.builder(kind == null ? SectionKind.OTHER : kind)
                .heading(heading)
                .title(heading)
                .addEntry(
                        Entry.builder()
                                .title(heading)
                                .contributor(
                                        new Person(
                                                author,
                                                linked
                                                        ? URI.create("https://example.org/people/1")
                                                        : null))
                                .addBlock(Paragraph.of("The first paragraph of the article."))
                                .addBlock(Heading.of(3, "A part of it"))
                                .addBlock(Paragraph.of("More, ending the article."))
                                .build())
                .build();
    }
}
