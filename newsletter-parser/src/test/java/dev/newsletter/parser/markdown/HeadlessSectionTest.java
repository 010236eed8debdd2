package dev.newsletter.parser.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsletter.Entry;
import dev.newsletter.Issue;
import dev.newsletter.Section;
import dev.newsletter.SectionKind;
import dev.newsletter.content.Block;
import dev.newsletter.content.Paragraph;
import java.net.URI;
import org.junit.jupiter.api.Test;

/**
 * Sections without a heading: a thematic break followed by a lead and entries opens one, its kind
 * from the lead; breaks that only separate content or groups of one list do not.
 */
class HeadlessSectionTest {

    private final Issue issue = Fixtures.parse("headless-sections.md").issue();

    @Test
    void theBreakSplitsTheIssueIntoTheSectionsAReaderSees() {
        assertThat(issue.sections())
                .extracting(Section::kind)
                .containsExactly(
                        SectionKind.OTHER,
                        SectionKind.RESEARCH,
                        SectionKind.READING,
                        SectionKind.LIVESTREAMS,
                        SectionKind.READING);
        assertThat(issue.sections())
                .extracting(Section::heading)
                .containsExactly("", "New Research", "Recommended Reading", "Livestreams", "");
        assertThat(issue.intro())
                .singleElement()
                .extracting(Block::plainText)
                .asString()
                .startsWith("Welcome to the June edition");
    }

    @Test
    void aLeadFollowedByALinkLedEntryAfterTheIntroIsASectionOfItsOwn() {
        Section announcements = issue.sections().get(0);

        assertThat(announcements.title()).isEmpty();
        assertThat(announcements.blocks())
                .containsExactly(Paragraph.of("A few announcements before the research."));
        assertThat(announcements.entries())
                .singleElement()
                .satisfies(
                        entry -> {
                            assertThat(entry.title()).isEqualTo("Office hours move to Thursdays");
                            assertThat(entry.link())
                                    .isEqualTo(URI.create("https://example.org/office-hours"));
                        });
    }

    @Test
    void aReadingListLeadAfterABreakOpensAReadingListWhoseHeadingsAreEntries() {
        Section reads = issue.sections().get(4);

        assertThat(reads.blocks())
                .containsExactly(
                        Paragraph.of(
                                "Our research engineers share their favourite reads of the"
                                        + " month."));
        assertThat(reads.entries())
                .extracting(Entry::title)
                .containsExactly("The Unreasonable Effectiveness of Tests", "Notes on Caching");
        assertThat(reads.entries())
                .extracting(entry -> entry.contributor().name())
                .containsExactly("Chris", "Dana");
        assertThat(issue.sections().get(3).entries())
                .extracting(Entry::title)
                .containsExactly("Evaluating Retrieval Systems");
    }

    @Test
    void aBreakInsideAReadingListSeparatesGroupsOfTheSameList() {
        Section reading = issue.sections().get(2);

        assertThat(reading.entries())
                .extracting(Entry::title)
                .containsExactly("Calibration in Practice", "Queues Without Tears");
        assertThat(reading.entries())
                .extracting(entry -> entry.contributor().name())
                .containsExactly("Ana", "Bo");
    }

    @Test
    void aBreakFollowedByTextWithoutEntriesStaysContent() {
        Entry last = issue.sections().get(4).entries().get(1);

        assertThat(last.plainText()).contains("Just for fun, a photo of the lab cat");
    }

    @Test
    void aReadingListLeadInsideAReadingListDoesNotOpenAnother() {
        Issue parsed =
                Fixtures.parseText(
                                "inside.md",
                                """
                                ## Recommended Reading

                                - [First Read](https://example.org/1)

                                ---

                                Here is what we have been reading this week.

                                - [Second Read](https://example.org/2)
                                """)
                        .issue();

        assertThat(parsed.sections()).singleElement();
        assertThat(parsed.sections().get(0).entries())
                .extracting(Entry::title)
                .containsExactly("First Read", "Second Read");
    }

    @Test
    void aBreakBeforeALinkLedParagraphWithoutALeadKeepsTheSection() {
        Issue parsed =
                Fixtures.parseText(
                                "nolead.md",
                                """
                                ## Odds and ends

                                [One](https://example.org/1): worth a look.

                                ---

                                [Two](https://example.org/2): this one too.
                                """)
                        .issue();

        assertThat(parsed.sections()).singleElement();
        assertThat(parsed.sections().get(0).entries())
                .extracting(Entry::title)
                .containsExactly("One", "Two");
    }

    @Test
    void anOtherLeadDoesNotSplitASectionWhoseHeadingNamedAKind() {
        Issue parsed =
                Fixtures.parseText(
                                "research.md",
                                """
                                ## New Research

                                ### [First Report](https://example.org/1)

                                Body.

                                ---

                                We also published a companion piece:

                                ### [Second Report](https://example.org/2)

                                Body.
                                """)
                        .issue();

        assertThat(parsed.sections()).singleElement();
        assertThat(parsed.sections().get(0).entries())
                .extracting(Entry::title)
                .containsExactly("First Report", "Second Report");
    }

    @Test
    void whenTheOnlyHeadingsAreAReadingListsTitlesTheyAreItsEntries() {
        Issue parsed =
                Fixtures.parseText(
                                "only-reads.md",
                                """
                                # June 2024

                                Welcome to the June edition.

                                ---

                                Here is what we have been reading this week.

                                ### Working in Public

                                On maintainers and their audiences. - *Victor*

                                ### The Alignment Problem

                                A history of a field. - *Melanie*
                                """)
                        .issue();

        assertThat(parsed.intro()).containsExactly(Paragraph.of("Welcome to the June edition."));
        assertThat(parsed.sections())
                .singleElement()
                .extracting(Section::kind)
                .isEqualTo(SectionKind.READING);
        assertThat(parsed.sections().get(0).entries())
                .extracting(Entry::title)
                .containsExactly("Working in Public", "The Alignment Problem");
    }

    @Test
    void levelThreeHeadingsOutsideAReadingListStillStartSections() {
        Issue parsed =
                Fixtures.parseText(
                                "h3.md",
                                """
                                ### Notes

                                Some notes.

                                ---

                                Here is what we have been reading this week.

                                ### Working in Public

                                On maintainers and their audiences.
                                """)
                        .issue();

        assertThat(parsed.sections())
                .extracting(Section::heading)
                .containsExactly("Notes", "Working in Public");
    }
}
