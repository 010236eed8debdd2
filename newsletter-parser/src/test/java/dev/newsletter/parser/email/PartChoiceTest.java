package dev.newsletter.parser.email;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsletter.Diagnostic;
import dev.newsletter.Entry;
import dev.newsletter.Issue;
import dev.newsletter.ParseResult;
import dev.newsletter.Section;
import dev.newsletter.Severity;
import dev.newsletter.content.Block;
import dev.newsletter.content.Inline;
import dev.newsletter.content.Link;
import dev.newsletter.content.Paragraph;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which alternative of a {@code multipart/alternative} is read: the plain text when it is a
 * faithful copy, the HTML when the plain text is a flattened copy of it; and the links of either
 * cleaned of tracking where their target is known.
 */
class PartChoiceTest {

    private static final String FLATTENED = "eml/2024-03-flattened-text-part.eml";
    private static final String FAITHFUL = "eml/2024-04-faithful-text-part.eml";

    @Test
    void aFlattenedTextPartGivesWayToTheHtmlWithItsHeadings() {
        Issue issue = Fixtures.parse(FLATTENED);

        assertThat(issue.sections())
                .extracting(Section::heading)
                .containsExactly("Research from the lab", "What we are reading", "Events");
        assertThat(issue.entries())
                .extracting(Entry::title)
                .contains(
                        "Reading the Tide Gauges",
                        "Slow Water",
                        "Sediment Budgets for Busy Harbors",
                        "Buoys at Night",
                        "The Long Pier");
        assertThat(issue.metadata().getString("bodyFormat")).hasValue("html");
    }

    @Test
    void theChoiceOfTheHtmlIsSaidWithItsMeasure() {
        ParseResult result = Fixtures.read(FLATTENED);

        List<Diagnostic> said =
                result.diagnostics().stream()
                        .filter(d -> d.message().startsWith("read the HTML part"))
                        .toList();
        assertThat(said).hasSize(1);
        Diagnostic diagnostic = said.get(0);
        assertThat(diagnostic.severity()).isEqualTo(Severity.INFO);
        assertThat(diagnostic.line()).isEqualTo(18); // the header of the part read
        assertThat(diagnostic.message())
                .isEqualTo(
                        "read the HTML part: the text part is a flattened copy (1 paragraph for"
                                + " 1,413 characters, 65% of them addresses; the HTML part has"
                                + " 4 headings and 3 lists)");
        assertThat(result.hasWarnings()).isFalse();
    }

    @Test
    void aFaithfulTextPartIsStillRead() {
        ParseResult result = Fixtures.read(FAITHFUL);
        Issue issue = result.issue();

        assertThat(issue.sections())
                .extracting(Section::heading)
                .contains("Research from the lab", "What we are reading");
        assertThat(issue.entries().stream().map(Entry::plainText))
                .noneMatch(text -> text.contains("(HTML part)"));
        assertThat(issue.metadata().containsKey("bodyFormat")).isFalse();
        assertThat(result.diagnostics())
                .noneMatch(d -> d.message().startsWith("read the HTML part"));
    }

    @Test
    void htmlLinksLoseCampaignParametersAndKnownRedirects() {
        Issue issue = Fixtures.parse(FLATTENED);

        assertThat(linkOf(issue, "Reading the Tide Gauges"))
                .isEqualTo(URI.create("https://tidewater.example.org/reports/tide-gauges"));
        assertThat(linkOf(issue, "Slow Water"))
                .isEqualTo(URI.create("https://tidewater.example.org/reports/slow-water"));
        // the target of Google's redirect, itself without its campaign parameter
        assertThat(linkOf(issue, "Sediment Budgets for Busy Harbors"))
                .isEqualTo(URI.create("https://coastal.example.net/papers/sediment-budgets"));
        assertThat(linkOf(issue, "Buoys at Night"))
                .isEqualTo(URI.create("https://magazine.example.com/buoys-at-night/"));
        assertThat(linkOf(issue, "The Long Pier"))
                .isEqualTo(URI.create("https://piers.example.org/long-pier"));
    }

    @Test
    void opaqueRedirectsAreKeptAsWritten() {
        Issue issue = Fixtures.parse(FLATTENED);

        assertThat(linkOf(issue, "Harbor walk, 23 March"))
                .isEqualTo(
                        URI.create(
                                "https://tidewater.us5.list-manage.com/track/click"
                                        + "?u=5f2c9a1d0e&id=91cd0e2f3a&e=0c1d2e3f4a"));
        assertThat(linkOf(issue, "Open lab day, 6 April"))
                .isEqualTo(URI.create("https://mailchi.mp/tidewater/open-lab-day?e=0c1d2e3f4a"));
    }

    @Test
    void textLinksAndReferencesLoseTrackingToo() {
        Issue issue = Fixtures.parse(FAITHFUL);

        assertThat(paragraphLinks(issue))
                .containsExactly(
                        "https://tidewater.example.org/reports/gull-counts",
                        "https://tidewater.example.org/reports/dredging",
                        "https://seals.example.net/north-shore",
                        // a parameter that is not a campaign's stays
                        "https://essays.example.com/quiet-lighthouse?ref=harbor");
        // a bare address is still shown as written: only where it leads changes
        assertThat(issue.sections().get(0).plainText())
                .contains("gull-counts?utm_source=harbor-notes&utm_medium=email");
    }

    /** The targets of the links in the paragraphs of the sections, in order. */
    private static List<String> paragraphLinks(Issue issue) {
        List<String> out = new ArrayList<>();
        for (Section section : issue.sections()) {
            for (Block block : section.blocks()) {
                if (block instanceof Paragraph paragraph) {
                    for (Inline inline : paragraph.inlines()) {
                        if (inline instanceof Link link) {
                            out.add(link.destination());
                        }
                    }
                }
            }
        }
        return out;
    }

    private static URI linkOf(Issue issue, String title) {
        return issue.entries().stream()
                .filter(entry -> entry.title().equals(title))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no entry " + title + " in " + titles(issue)))
                .link();
    }

    private static List<String> titles(Issue issue) {
        return issue.entries().stream().map(Entry::title).toList();
    }
}
