package dev.newsletter.render;

import dev.newsletter.DatePrecision;
import dev.newsletter.Entry;
import dev.newsletter.Issue;
import dev.newsletter.Person;
import dev.newsletter.Section;
import dev.newsletter.SectionKind;
import dev.newsletter.content.Paragraph;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issues with sections the source gave no heading (a reading list known by its lead sentence, a
 * block of entries after a break) render as Markdown with a thematic break and read back equal.
 */
class HeadlessSectionRoundTripTest {

    private static final String READING_LEAD =
            "Our research engineers share their favourite reads of the month.";

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
                "only a reading list of unlinked titles",
                        issue(
                                reading(
                                        unlinked("Working in Public", "Victor"),
                                        unlinked("Deep Work", null))),
                "reading list of links right after the intro",
                        issue(
                                reading(
                                        linked("A ConvNet for the 2020s", "Andrew"),
                                        linked("Diffusion Notes", "Nisha"))),
                "reading list of unlinked titles after a labelled section",
                        issue(
                                headed(
                                        SectionKind.LIVESTREAMS,
                                        "Livestreams",
                                        unlinked("Replay: Retrieval", null)),
                                reading(
                                        unlinked("Working in Public", "Victor"),
                                        unlinked("The Alignment Problem", "Melanie"))),
                "reading list of linked and unlinked titles",
                        issue(
                                headed(
                                        SectionKind.RESEARCH,
                                        "New Research",
                                        linked("Sparse Retrieval", null)),
                                reading(
                                        linked("Queues Without Tears", "Chris"),
                                        unlinked("A Book Without a Link", null))),
                "other entries after an unlabelled section",
                        issue(
                                headed(
                                        SectionKind.OTHER,
                                        "Odds and Ends",
                                        linked("A Tool We Like", null)),
                                other(
                                        "A few announcements from the team.",
                                        linked("Office Hours Move", null))),
                "other entries right after the intro",
                        issue(
                                other(
                                        "Before the research, some news.",
                                        linked("We Are Hiring", null),
                                        linked("New Office", null)),
                                headed(
                                        SectionKind.RESEARCH,
                                        "New Research",
                                        linked("Sparse Retrieval", null))));
    }

    private static Issue issue(Section... sections) {
        return Issue.builder()
                .title("June 2024")
                .edition("June 2024")
                .date(LocalDate.of(2024, 6, 1), DatePrecision.MONTH)
                .addIntro(Paragraph.of("Welcome to the June edition."))
                .sections(List.of(sections))
                .build();
    }

    private static Section reading(Entry... entries) {
        return Section.builder(SectionKind.READING)
                .addBlock(Paragraph.of(READING_LEAD))
                .entries(List.of(entries))
                .build();
    }

    private static Section other(String lead, Entry... entries) {
        return Section.builder(SectionKind.OTHER)
                .addBlock(Paragraph.of(lead))
                .entries(List.of(entries))
                .build();
    }

    private static Section headed(SectionKind kind, String heading, Entry... entries) {
        return Section.builder(kind)
                .heading(heading)
                .title(kind == SectionKind.OTHER ? heading : "")
                .entries(List.of(entries))
                .build();
    }

    private static Entry linked(String title, String contributor) {
        return entry(title, contributor)
                .link(URI.create("https://example.org/" + title.length()))
                .build();
    }

    private static Entry unlinked(String title, String contributor) {
        return entry(title, contributor).build();
    }

    private static Entry.Builder entry(String title, String contributor) {
        return Entry.builder()
                .title(title)
                .addBlock(Paragraph.of("Why " + title + " is worth your time."))
                .contributor(contributor == null ? null : Person.of(contributor));
    }
}
