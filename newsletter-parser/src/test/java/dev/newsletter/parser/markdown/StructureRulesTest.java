package dev.newsletter.parser.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.newsletter.Entry;
import dev.newsletter.Issue;
import dev.newsletter.IssueReader;
import dev.newsletter.ParseInput;
import dev.newsletter.ParseOptions;
import dev.newsletter.Person;
import dev.newsletter.Section;
import dev.newsletter.SectionKind;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * One test per rule of the structure engine, on issues written for the purpose, and the rules'
 * precedence: bold lines as headings, heading roles (subsection, item), the items of a list, the
 * kinds of sections and credit lines.
 */
class StructureRulesTest {

    private static Issue read(String markdown) {
        return IssueReader.create().read(ParseInput.of("case.md", markdown)).issue();
    }

    private static Section only(Issue issue) {
        assertThat(issue.sections()).hasSize(1);
        return issue.sections().get(0);
    }

    @Nested
    class BoldLineHeadings {

        @Test
        void aBoldLineOverALinkListIsASubHeading() {
            Section react =
                    only(
                            read(
                                    """
                                    ## React

                                    - [Hooks in depth](https://example.org/hooks)

                                    **Extras:**

                                    - [A theme switcher](https://example.org/theme)
                                    - [Query FAQs](https://example.org/faq)
                                    """));

            assertThat(react.entries()).extracting(Entry::title).containsExactly("Hooks in depth");
            Section extras = react.subsections().get(0);
            assertThat(extras.heading()).isEqualTo("Extras:");
            assertThat(extras.level()).isEqualTo(3);
            assertThat(extras.entries())
                    .extracting(Entry::title)
                    .containsExactly("A theme switcher", "Query FAQs");
        }

        @Test
        void aBoldLineOverProseStaysText() {
            Section section =
                    only(
                            read(
                                    """
                                    ## Notes

                                    **A word of thanks**

                                    We could not have done it without you.
                                    """));

            assertThat(section.subsections()).isEmpty();
            assertThat(section.plainText()).startsWith("A word of thanks");
        }
    }

    @Nested
    class HeadingRoles {

        @Test
        void aSubHeadingOverBulletsIsASubsectionInheritingTheKind() {
            Section community =
                    only(
                            read(
                                    """
                                    ## Recommended reading

                                    ### Official

                                    - [Announcing 1.53](https://example.org/1.53)
                                    - [Steering cycle](https://example.org/steering)

                                    ### Walkthroughs

                                    - [Lambda in Rust](https://example.org/lambda)
                                    """));

            assertThat(community.subsections())
                    .extracting(Section::heading, Section::kind, Section::level)
                    .containsExactly(
                            tuple("Official", SectionKind.READING, 3),
                            tuple("Walkthroughs", SectionKind.READING, 3));
            assertThat(community.allEntries()).hasSize(3);
        }

        @Test
        void aSubHeadingOverProseWithALinkTitlesThatOneItem() {
            Section events =
                    only(
                            read(
                                    """
                                    ## Lab news

                                    ### Workshop notes

                                    We ran the kelp workshop; the [slides](https://example.org/s) are up.
                                    """));

            assertThat(events.subsections()).isEmpty();
            assertThat(events.entries()).extracting(Entry::title).containsExactly("Workshop notes");
        }

        @Test
        void anEssaysSubHeadingsStayInItsItem() {
            Section section =
                    only(
                            read(
                                    """
                                    ## Essays

                                    ### The promise of tide models

                                    Tide models have come a long way in the last decade, and we think
                                    they are ready for everyday forecasting at small harbours everywhere.

                                    #### Where they fail

                                    Storm surges still surprise them, as every harbour master knows well
                                    enough from the winter of last year and the one before it too.
                                    """));

            assertThat(section.subsections()).isEmpty();
            assertThat(section.entries())
                    .singleElement()
                    .extracting(Entry::title)
                    .isEqualTo("The promise of tide models");
            assertThat(section.entries().get(0).plainText()).contains("Where they fail");
        }

        @Test
        void aBreakEndsWhatAHeadingIntroduces() {
            Section section =
                    only(
                            read(
                                    """
                                    ## Reading

                                    ### Editor's pick

                                    A long read on tides, our favourite this month by far.

                                    ---

                                    - [Kelp maps](https://example.org/kelp)
                                    - [Gauge data](https://example.org/gauge)
                                    """));

            assertThat(section.subsections()).isEmpty();
            assertThat(section.entries())
                    .extracting(Entry::title)
                    .containsExactly("Editor's pick", "Kelp maps", "Gauge data");
        }
    }

    @Nested
    class ListItems {

        private List<Entry> items(String bullets) {
            return only(read("## Items\n\n" + bullets)).entries();
        }

        @Test
        void aLabelAndSeparatorBeforeTheLinkLeaveTheLinkAsTitle() {
            assertThat(
                            items(
                                    """
                                    - 2024-06-21 | Virtual | [Tide Meetup](https://example.org/meetup)
                                    - Discussion: [Why kelp matters](https://example.org/kelp)
                                    """))
                    .extracting(Entry::title, Entry::link)
                    .containsExactly(
                            tuple("Tide Meetup", URI.create("https://example.org/meetup")),
                            tuple("Why kelp matters", URI.create("https://example.org/kelp")));
        }

        @Test
        void wordsRunIntoTheLinkAreOfTheTitle() {
            assertThat(
                            items(
                                    "- Git [2.45.2](https://example.org/git)\n- Gauge [0.3](https://example.org/g)\n"))
                    .extracting(Entry::title)
                    .containsExactly("Git 2.45.2", "Gauge 0.3");
        }

        @Test
        void proseItemsTakeTheirLeadWordsAndTheLinkInside() {
            List<Entry> entries =
                    items(
                            """
                            - use a smaller buffer for gauges ([#134](https://example.org/pull/134))
                            - several fixes and small improvements
                            """);

            assertThat(entries)
                    .extracting(Entry::title, Entry::link)
                    .containsExactly(
                            tuple(
                                    "use a smaller buffer for gauges",
                                    URI.create("https://example.org/pull/134")),
                            tuple("several fixes and small improvements", null));
        }

        @Test
        void textClosedByALinkIsTheTitle() {
            assertThat(
                            items(
                                    """
                                    - **Tucows** - Data Scientist: Analytics ([job description](https://example.org/j1))
                                    - **MLB Media** - Sr. Data Scientist, Baseball ([job description](https://example.org/j2))
                                    """))
                    .extracting(Entry::title)
                    .containsExactly(
                            "Tucows - Data Scientist: Analytics",
                            "MLB Media - Sr. Data Scientist, Baseball");
        }

        @Test
        void textBeforeLinksInParenthesesIsTheTitle() {
            assertThat(
                            items(
                                    """
                                    - Reading tide gauges with serial ports ([Part 1](https://example.org/p1) and [Part 2](https://example.org/p2)) by Ada on her blog.
                                    - [Kelp maps](https://example.org/kelp)
                                    """))
                    .extracting(Entry::title, Entry::link)
                    .containsExactly(
                            tuple(
                                    "Reading tide gauges with serial ports",
                                    URI.create("https://example.org/p1")),
                            tuple("Kelp maps", URI.create("https://example.org/kelp")));
        }

        @Test
        void aQuotedTitleInItalicsIsTheTitleOfACitation() {
            assertThat(
                            items(
                                    """
                                    - Ada Lovelace and Mei Chen:
                                      _"Tides of Merge: structured merging for gauges"_
                                      preprint on [arXiv:2507.00001](https://example.org/arxiv/1) (3 May 2025).
                                    - [Kelp maps](https://example.org/kelp)
                                    """))
                    .extracting(Entry::title, Entry::link)
                    .containsExactly(
                            tuple(
                                    "Tides of Merge: structured merging for gauges",
                                    URI.create("https://example.org/arxiv/1")),
                            tuple("Kelp maps", URI.create("https://example.org/kelp")));
        }

        @Test
        void aSentenceOpeningWithALinkIsThatLinksItem() {
            assertThat(
                            items(
                                    """
                                    - [TideStats](https://example.org/tidestats) is a statistics generator, a fork of <https://example.org/old>.
                                    - [Gauge board](https://example.org/board) and [its sequel](https://example.org/board-2) by Mei.
                                    """))
                    .extracting(Entry::title, Entry::link)
                    .containsExactly(
                            tuple("TideStats", URI.create("https://example.org/tidestats")),
                            tuple("Gauge board", URI.create("https://example.org/board")));
        }

        @Test
        void aNameStampedWithADayIsTheTitle() {
            assertThat(
                            items(
                                    """
                                    - tb/gauge-reader (Tue Mar 4 09:12:44 2025 +0100) [3 commits](https://example.org/c/1)
                                    - tb/kelp-map (Mon Mar 3 18:02:10 2025 +0100) [1 commit](https://example.org/c/2)
                                    """))
                    .extracting(Entry::title)
                    .containsExactly("tb/gauge-reader", "tb/kelp-map");
        }

        @Test
        void aPersonsOpeningLinkIsNotTheItemsAddress() {
            assertThat(
                            items(
                                    """
                                    - [@ada](https://example.org/ada) fixed the [gauge reader](https://example.org/pull/9)
                                    - [Tide tables](https://example.org/tides)
                                    """))
                    .extracting(Entry::link)
                    .containsExactly(
                            URI.create("https://example.org/pull/9"),
                            URI.create("https://example.org/tides"));
        }

        @Test
        void aListOfTopicsMentioningALinkIsText() {
            Section section =
                    only(
                            read(
                                    """
                                    ## Notes

                                    - training costs a great deal
                                    - it needs much electricity
                                    - and it is [biased](https://example.org/bias)
                                    """));

            assertThat(section.entries()).isEmpty();
            assertThat(section.plainText()).contains("training costs a great deal");
        }
    }

    @Nested
    class Kinds {

        @Test
        void aTopicInTheHeadingNamesAFinerKind() {
            Issue issue =
                    read(
                            """
                            ## Upcoming Events

                            ### Virtual

                            - [Tide Meetup](https://example.org/meetup)
                            - [Kelp Hour](https://example.org/kelp)

                            ## Rust Jobs

                            - [Gauge engineer](https://example.org/job)
                            """);

            assertThat(issue.allSections())
                    .extracting(Section::heading, Section::kind)
                    .containsExactly(
                            tuple("Upcoming Events", SectionKind.EVENTS),
                            tuple("Virtual", SectionKind.EVENTS),
                            tuple("Rust Jobs", SectionKind.JOBS));
            assertThat(issue.entries(SectionKind.OTHER)).hasSize(3); // finer kinds are other
        }

        @Test
        void linksToPullRequestsAreChanges() {
            Section core =
                    only(
                            read(
                                    """
                                    ## Updates from the core

                                    - [faster parser](https://github.com/example/tide/pull/12)
                                    - [fix the ARM build](https://github.com/example/tide/pull/13)
                                    """));

            assertThat(core.kind()).isEqualTo(SectionKind.CHANGES);
        }

        @Test
        void newsOfTheProjectsOfTheOrganisationTheSectionNamesIsResearch() {
            List<Section> sections =
                    read("""
                            ## Our projects

                            Notable changes to the projects of the `tide-lab` organization.

                            ### [`gauge`](https://github.com/tide-lab/gauge)

                            - [faster reads](https://github.com/tide-lab/gauge/pull/12)
                            - [fix the ARM build](https://github.com/tide-lab/gauge/pull/13)

                            ## Elsewhere

                            ### [`harbor-lab/kelp`](https://github.com/harbor-lab/kelp)
                            (Section written by [@harbor-lab](https://github.com/harbor-lab))

                            - [new map view](https://github.com/harbor-lab/kelp/pull/4)
                            - [fewer allocations](https://github.com/harbor-lab/kelp/pull/5)
                            """)
                            .sections();

            assertThat(sections.get(0).kind()).isEqualTo(SectionKind.RESEARCH);
            assertThat(sections.get(0).subsections().get(0).kind()).isEqualTo(SectionKind.RESEARCH);
            // another organisation's pull requests, though the heading spells its path and a
            // handle of the same name signs it, are curated reading as their section is
            assertThat(sections.get(1).kind()).isEqualTo(SectionKind.READING);
            assertThat(sections.get(1).subsections().get(0).kind()).isEqualTo(SectionKind.READING);
        }

        @Test
        void linksToOtherSitesAreReading() {
            Section section =
                    only(
                            read(
                                    """
                                    ## ⚛️ React

                                    - [Hooks in depth](https://example.org/hooks)
                                    - [Query FAQs](https://example.net/faq)
                                    """));

            assertThat(section.kind()).isEqualTo(SectionKind.READING);
            assertThat(section.title()).isEqualTo("⚛️ React");
        }

        @Test
        void longWriteUpsUnderLinksAreThePublishersOwnWork() {
            String writeUp = "We looked at this thread closely and summarise it here. ".repeat(14);
            Section section =
                    only(
                            read(
                                    "## Discussions\n\n"
                                            + "- [Gauge drift](https://lists.example.org/1)\n\n  "
                                            + writeUp
                                            + "\n- [Buffer sizes](https://lists.example.org/2)\n\n  "
                                            + writeUp
                                            + "\n"));

            assertThat(section.kind()).isEqualTo(SectionKind.RESEARCH);
        }

        @Test
        void precedenceLabelThenTopicThenParentThenContent() {
            Issue issue =
                    read(
                            """
                            ## Recommended reading: events

                            - [Tide Meetup](https://example.org/meetup)

                            ## Quote of the week

                            - [A quote](https://example.org/q1)
                            - [Another](https://example.org/q2)

                            ## Our projects

                            ### tidegauge

                            - [faster parser](https://github.com/example/tide/pull/12)
                            - [fix the build](https://github.com/example/tide/pull/13)
                            """);

            assertThat(issue.allSections())
                    .extracting(Section::heading, Section::kind)
                    .containsExactly(
                            // the label beats the topic "events"
                            tuple("Recommended reading: events", SectionKind.READING),
                            // the topic beats the content (two links would be reading)
                            tuple("Quote of the week", SectionKind.OTHER),
                            tuple("Our projects", SectionKind.RESEARCH),
                            // the parent's kind beats the content (pull requests: changes)
                            tuple("tidegauge", SectionKind.RESEARCH));
        }
    }

    @Nested
    class Boilerplate {

        private static final String CRATE =
                """
                ## Crate of the Week

                This week's crate is tidegauge, a reader for gauge stations.

                [Submit your suggestions and votes for next week](https://example.org/cotw)!

                - [Subscribe to the newsletter](https://example.org/subscribe)
                - [Kelp maps](https://example.org/kelp)
                """;

        @Test
        void callsToActionStayTextOfTheirSection() {
            Section crate = only(read(CRATE));

            assertThat(crate.entries()).extracting(Entry::title).containsExactly("Kelp maps");
            assertThat(crate.plainText())
                    .contains("Submit your suggestions and votes for next week")
                    .contains("Subscribe to the newsletter");
        }

        @Test
        void thePhrasesAreThePublications() {
            ParseOptions none = ParseOptions.builder().boilerplatePhrases(List.of()).build();
            Issue issue =
                    IssueReader.builder()
                            .options(none)
                            .build()
                            .read(ParseInput.of("case.md", CRATE))
                            .issue();

            assertThat(issue.entries())
                    .extracting(Entry::title)
                    .containsExactly(
                            "Submit your suggestions and votes for next week",
                            "Subscribe to the newsletter",
                            "Kelp maps");
        }
    }

    @Nested
    class Credits {

        private static final String PROJECTS =
                """
                ## Projects

                ### `pebble`

                (Section written by [@isaac](https://example.org/isaac))

                Pebble now boots on a second architecture, with a new [HAL](https://example.org/hal).

                ### Gauges

                Curated by Mei.

                - [Tide gauge](https://example.org/tide)
                - [Wind gauge](https://example.org/wind)
                """;

        @Test
        void aCreditLineNamesTheContributorOfTheItemOrTheSectionsEntries() {
            Section projects = only(read(PROJECTS));

            assertThat(projects.entries())
                    .singleElement()
                    .extracting(Entry::contributor)
                    .isEqualTo(Person.of("isaac", URI.create("https://example.org/isaac")));
            assertThat(projects.entries().get(0).plainText()).contains("Section written by");
            assertThat(projects.subsections().get(0).entries())
                    .extracting(entry -> entry.contributor().name())
                    .containsExactly("Mei", "Mei");
        }

        @Test
        void thePhrasesAreThePublications() {
            ParseOptions none = ParseOptions.builder().creditPhrases(List.of()).build();
            Issue issue =
                    IssueReader.builder()
                            .options(none)
                            .build()
                            .read(ParseInput.of("case.md", PROJECTS))
                            .issue();

            assertThat(issue.entries()).allSatisfy(e -> assertThat(e.contributor()).isNull());

            ParseOptions ours = ParseOptions.builder().creditPhrases(List.of("notes by")).build();
            Issue credited =
                    IssueReader.builder()
                            .options(ours)
                            .build()
                            .read(
                                    ParseInput.of(
                                            "case.md",
                                            "## Notes\n\nNotes by Ana.\n\n"
                                                    + "- [Tide](https://example.org/t)\n"
                                                    + "- [Wind](https://example.org/w)\n"))
                            .issue();
            assertThat(credited.entries())
                    .extracting(entry -> entry.contributor().name())
                    .containsExactly("Ana", "Ana");
        }
    }

    @Nested
    class ParagraphItems {

        @Test
        void aQuotationAndItsSourceLineAreOneItemCreditedToItsSuggester() {
            Section quote =
                    only(
                            read(
                                    """
                                    ## Quote of the Week

                                    > Tide tables are just a very patient cache.
                                    >
                                    > Nobody invalidates the moon.

                                    – [Mei on the harbour forum](https://example.org/forum/42)

                                    Thanks to [Ana](https://example.org/u/ana) for the suggestion!

                                    [Please submit quotes for next week!](https://example.org/quotes)
                                    """));

            assertThat(quote.entries())
                    .singleElement()
                    .satisfies(
                            entry -> {
                                assertThat(entry.title())
                                        .isEqualTo("Tide tables are just a very patient cache.");
                                assertThat(entry.link())
                                        .isEqualTo(URI.create("https://example.org/forum/42"));
                                assertThat(entry.contributor())
                                        .isEqualTo(
                                                Person.of(
                                                        "Ana",
                                                        URI.create("https://example.org/u/ana")));
                                assertThat(entry.plainText())
                                        .contains("Nobody invalidates the moon.");
                            });
        }

        @Test
        void aParagraphThatPresentsALinkIsAnItem() {
            Section crate =
                    only(
                            read(
                                    """
                                    ## Crate of the Week

                                    This week's crate is [tidegauge](https://example.org/tidegauge), a reader for gauge stations.

                                    Thanks to [Ana](https://example.org/u/ana) for the nomination.

                                    [Submit your suggestions and votes for next week](https://example.org/cotw)!
                                    """));

            assertThat(crate.entries())
                    .singleElement()
                    .satisfies(
                            entry -> {
                                assertThat(entry.title()).isEqualTo("tidegauge");
                                assertThat(entry.link())
                                        .isEqualTo(URI.create("https://example.org/tidegauge"));
                                assertThat(entry.contributor().name()).isEqualTo("Ana");
                            });
            assertThat(crate.plainText()).contains("Submit your suggestions");
        }

        @Test
        void aCreditInsideThePresentingParagraphNamesItsContributor() {
            Section crate =
                    only(
                            read(
                                    """
                                    ## Crate of the Week

                                    This week's crate is [kelp](https://example.org/kelp), a map of survey transects. Thanks to [Mei](https://example.org/u/mei) for the suggestion!
                                    """));

            assertThat(crate.entries())
                    .singleElement()
                    .extracting(entry -> entry.contributor().name())
                    .isEqualTo("Mei");
        }

        @Test
        void linksInPassingPresentNothing() {
            Section meetings =
                    only(
                            read(
                                    """
                                    ## Meetings

                                    The [Tuesday meeting](https://example.org/m/11) talked about the gauge protocol.

                                    Open a pull request [on the forge](https://example.org/forge).

                                    Thanks to everyone for coming to the meeting!
                                    """));

            assertThat(meetings.entries()).isEmpty();
            assertThat(meetings.plainText()).contains("Tuesday meeting", "on the forge");
        }

        @Test
        void thanksForContributionsCreditNoItem() {
            Section gauge =
                    only(
                            read(
                                    """
                                    ## Gauge

                                    - [faster reads](https://example.org/pull/12)
                                    - [fix the ARM build](https://example.org/pull/13)

                                    Thanks to [@ana](https://example.org/ana) for her contributions!
                                    """));

            assertThat(gauge.entries()).allSatisfy(e -> assertThat(e.contributor()).isNull());
        }
    }
}
