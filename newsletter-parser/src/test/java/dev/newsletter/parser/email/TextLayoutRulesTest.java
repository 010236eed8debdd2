package dev.newsletter.parser.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsletter.DatePrecision;
import dev.newsletter.Entry;
import dev.newsletter.Issue;
import dev.newsletter.IssueReader;
import dev.newsletter.ParseInput;
import dev.newsletter.Person;
import dev.newsletter.Section;
import dev.newsletter.SectionKind;
import dev.newsletter.content.Figure;
import dev.newsletter.content.Heading;
import dev.newsletter.content.Image;
import dev.newsletter.content.ListBlock;
import dev.newsletter.content.Text;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The layout a plain-text newsletter uses to set titles, bodies and asides apart, as the text
 * renderer writes it and as hand-written emails do: one small case each.
 */
class TextLayoutRulesTest {

    private static Issue parse(String text) {
        return Fixtures.parseText(text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "June 2021 · 8 July 2021 | June 2021 | 2021-07-08 | DAY",
                "June 2021 - July 2021 | June 2021 | 2021-07-01 | MONTH",
                "Issue #42 · 3 March 2024 | Issue #42 | 2024-03-03 | DAY",
                "February 2022 | February 2022 | 2022-02-01 | MONTH"
            })
    void anEditionLineMayNameTheDateTheIssueWentOut(
            String line, String edition, LocalDate date, DatePrecision precision) {
        Issue issue = parse(line + "\n\nHello and welcome.\n");

        assertThat(issue.edition()).isEqualTo(edition);
        assertThat(issue.date()).isEqualTo(date);
        assertThat(issue.datePrecision()).isEqualTo(precision);
    }

    @Test
    void aClosingReferenceListClaimsTextThatQuotesMarkdown() {
        String text =
                """
                May 2023

                Write [no](link) and # no heading in an email and it stays text [1].


                Recommended reading
                ===================

                Quiet Systems [2]

                A short book about software that does not page anyone at night.


                References

                [1] https://example.org/markdown
                [2] https://example.org/quiet
                """;
        ParseInput input = ParseInput.of("issue.txt", text);

        assertThat(Fixtures.PARSER.confidence(input)).isEqualTo(60);
        Issue issue = IssueReader.create().read(input).issue();
        assertThat(issue.source().format().id()).isEqualTo("text");
        assertThat(issue.entries(SectionKind.READING))
                .extracting(Entry::title, Entry::link)
                .containsExactly(tuple("Quiet Systems", URI.create("https://example.org/quiet")));
    }

    @Test
    void markdownReferenceDefinitionsDoNotMakeAnEmail() {
        String markdown =
                """
                # June

                See [the notes][1] and [the code](https://example.org/code).

                References

                [1]: https://example.org/notes
                """;
        assertThat(Fixtures.PARSER.confidence(ParseInput.of("issue.txt", markdown))).isEqualTo(10);
    }

    @Test
    void theLastBareLineOfASectionAfterATitleOnlyEntryIsOneMoreTitle() {
        Issue issue =
                parse(
                        """
                        Live sessions
                        =============

                        Streaming feature stores
                        https://example.org/streams

                        Evaluating retrieval systems


                        Recommended reading
                        ===================

                        Quiet Systems

                        A short book about software that does not page anyone.
                        """);

        assertThat(issue.entries(SectionKind.LIVESTREAMS))
                .extracting(Entry::title, Entry::plainText)
                .containsExactly(
                        tuple("Streaming feature stores", ""),
                        tuple("Evaluating retrieval systems", ""));
    }

    @Test
    void aShortLineFollowedByMoreTextStaysTheBody() {
        Issue issue =
                parse(
                        """
                        Live sessions
                        =============

                        Streaming feature stores
                        https://example.org/streams

                        Slides and recording

                        Evaluating Retrieval Systems
                        https://example.org/retrieval
                        """);

        assertThat(issue.entries(SectionKind.LIVESTREAMS))
                .extracting(Entry::title, Entry::plainText)
                .containsExactly(
                        tuple("Streaming feature stores", "Slides and recording"),
                        tuple("Evaluating Retrieval Systems", ""));
    }

    @Test
    void aListTheEntryAnnouncesWithAColonStaysInItsBody() {
        Issue issue =
                parse(
                        """
                        January 2019

                        Project updates
                        ===============

                        Blog OS [1]

                        The blog received a new translation this month. Thanks to:

                        - @ana [2] for the translation,
                        - @ben [3] for fixing typos.


                        References

                        [1] https://example.org/blog
                        [2] https://example.org/ana
                        [3] https://example.org/ben
                        """);

        Section section = issue.sections().get(0);
        assertThat(section.entries()).extracting(Entry::title).containsExactly("Blog OS");
        assertThat(section.entries().get(0).blocks()).last().isInstanceOf(ListBlock.class);
    }

    @Test
    void aBareAddressMarkedAsAReferenceIsATitle() {
        Issue issue =
                parse(
                        """
                        Blog posts
                        ==========

                        Niko thinks about parallelism in a new post this week.

                        https://example.org/babysteps/parallelism [1]


                        References

                        [1] https://example.org/babysteps/parallelism
                        """);

        assertThat(issue.sections().get(0).entries())
                .extracting(Entry::title, Entry::link)
                .containsExactly(
                        tuple(
                                "https://example.org/babysteps/parallelism",
                                URI.create("https://example.org/babysteps/parallelism")));
    }

    @Test
    void asidesInParenthesesSignOffsAndClosingCallsToActionAreText() {
        Issue issue =
                parse(
                        """
                        Sponsor
                        =======

                        Docusaurus Starter [1]

                        (Github)

                        Or run the starter, then open the admin page.

                        Watch the 4-min demo video [2]


                        Fun
                        ===

                        Meme of the week [3]

                        See ya! 👋


                        References

                        [1] https://example.org/starter
                        [2] https://example.org/video
                        [3] https://example.org/meme.jpg
                        """);

        assertThat(issue.sections().get(0).entries())
                .extracting(Entry::title, Entry::plainText)
                .containsExactly(
                        tuple(
                                "Docusaurus Starter",
                                "(Github)\n\nOr run the starter, then open the admin page.\n\n"
                                        + "Watch the 4-min demo video"));
        Section fun = issue.sections().get(1);
        assertThat(fun.entries()).isEmpty();
        // the words pointing at the picture are its caption, as a reader of the email sees them
        assertThat(fun.plainText()).isEqualTo("Meme of the week\n\nSee ya! 👋");
    }

    @Test
    void aQuestionOverItsAddressIsATitle() {
        Issue issue =
                parse(
                        """
                        Jobs
                        ====

                        Remote React Native Jobs [1]

                        We have several roles open for developers.

                        How to publish an offer?
                        https://example.org/sponsor


                        References

                        [1] https://example.org/jobs
                        """);

        assertThat(issue.sections().get(0).entries())
                .extracting(Entry::title, Entry::link)
                .containsExactly(
                        tuple("Remote React Native Jobs", URI.create("https://example.org/jobs")),
                        tuple(
                                "How to publish an offer?",
                                URI.create("https://example.org/sponsor")));
    }

    @Test
    void aReferenceAfterSignedTextIsTheContributorsAddress() {
        Issue issue =
                parse(
                        """
                        Recommended reading
                        ===================

                        Quiet Systems [1]

                        a span of calm — Mallory [2]


                        References

                        [1] https://example.org/quiet
                        [2] https://example.org/mallory
                        """);

        Entry entry = issue.entries(SectionKind.READING).get(0);
        assertThat(entry.title()).isEqualTo("Quiet Systems");
        assertThat(entry.plainText()).isEqualTo("a span of calm");
        assertThat(entry.contributor())
                .isEqualTo(Person.of("Mallory", URI.create("https://example.org/mallory")));
    }

    @Test
    void zeroWidthJoinersInsideEmojiStayAndStrayOnesGo() {
        Issue issue =
                parse(
                        """
                        🧑\u200D💻 Jobs
                        ==========

                        Remote Rust Jobs

                        We have se\u200Dveral roles open.
                        """);

        assertThat(issue.sections().get(0).heading()).isEqualTo("🧑\u200D💻 Jobs");
        assertThat(issue.sections().get(0).entries().get(0).plainText())
                .isEqualTo("We have several roles open.");
    }

    @Test
    void aShortLabelAboveALinkedTitleGroupsEntriesAndOpensNoSection() {
        Issue issue =
                parse(
                        """
                        Discussions
                        ===========

                        Support

                        Builds Require Pthreads [1]

                        A report that the build broke on two platforms.


                        Other News
                        ==========

                        Survey Results Published [2]

                        The community survey shows a robust increase in users.

                        Light reading

                        Crypto Mining Is Killing Free CI [3]

                        A blog post on the state of free tiers.


                        References

                        [1] https://example.org/bug
                        [2] https://example.org/survey
                        [3] https://example.org/mining
                        """);

        assertThat(issue.sections())
                .extracting(Section::heading, Section::plainText)
                .containsExactly(tuple("Discussions", "Support"), tuple("Other News", ""));
        assertThat(issue.sections().get(1).entries())
                .extracting(Entry::title, Entry::plainText)
                .containsExactly(
                        tuple(
                                "Survey Results Published",
                                "The community survey shows a robust increase in users.\n\n"
                                        + "Light reading"),
                        tuple(
                                "Crypto Mining Is Killing Free CI",
                                "A blog post on the state of free tiers."));
    }

    @Test
    void withoutMarkedHeadingsAVocabularyLineStillOpensASection() {
        Issue issue =
                parse(
                        """
                        February 2022

                        Welcome to this month's notes.

                        Recommended reading

                        Quiet Systems [1]

                        A short book about software that does not page anyone at night.


                        References

                        [1] https://example.org/quiet
                        """);

        assertThat(issue.sections()).extracting(Section::kind).containsExactly(SectionKind.READING);
        assertThat(issue.entries(SectionKind.READING))
                .extracting(Entry::title)
                .containsExactly("Quiet Systems");
    }

    @Test
    void anItemSetApartFromTheEntrysListContinuesIt() {
        Issue issue =
                parse(
                        """
                        Other News
                        ==========

                        Git Undo: We Can Do Better [1]

                        describes the git-undo tool that can undo bad merges.

                        - The GitUp [2] client also supports undo via snapshots.
                        - The undo alias [3] simply uses the reflog.

                        - git-branchless [4] is a suite of tools, written in Rust.


                        Credits
                        =======

                        Curated by the editors.


                        References

                        [1] https://example.org/undo
                        [2] https://example.org/gitup
                        [3] https://example.org/alias
                        [4] https://example.org/branchless
                        """);

        Section news = issue.sections().get(0);
        assertThat(news.entries())
                .extracting(Entry::title)
                .containsExactly("Git Undo: We Can Do Better");
        assertThat(news.entries().get(0).blocks()).hasSize(3).last().isInstanceOf(ListBlock.class);
    }

    @Test
    void underlinedTitlesStartEntriesAndBareLinesBetweenThemAreText() {
        Issue issue =
                parse(
                        """
                        January 2019

                        Project updates
                        ===============

                        Volatile [1]
                        ------------

                        Maintained by @ana [2]

                        A safe wrapper type for volatile reads and writes.

                        A very long title that runs on well past the twelve words a short heading has
                        -----------------------------------------------------------------------------

                        Its text.


                        References

                        [1] https://example.org/volatile
                        [2] https://example.org/ana
                        """);

        assertThat(issue.sections().get(0).entries())
                .extracting(Entry::title, Entry::link, Entry::plainText)
                .containsExactly(
                        tuple(
                                "Volatile",
                                URI.create("https://example.org/volatile"),
                                "Maintained by @ana\n\n"
                                        + "A safe wrapper type for volatile reads and writes."),
                        tuple(
                                "A very long title that runs on well past the twelve words a short"
                                        + " heading has",
                                null,
                                "Its text."));
    }

    @Test
    void aLineOpenedByPunctuationBeforeTheNextUnderlinedTitleIsTheBody() {
        Issue issue =
                parse(
                        """
                        January 2019

                        Talks
                        =====

                        FATML [1]
                        ---------

                        : August 14 (Halifax, Micha)

                        Synaptech [2]
                        -------------

                        : September 21 (Berlin, Friederike)


                        References

                        [1] https://example.org/fatml
                        [2] https://example.org/synaptech
                        """);

        assertThat(issue.sections().get(0).entries())
                .extracting(Entry::title, Entry::plainText)
                .containsExactly(
                        tuple("FATML", ": August 14 (Halifax, Micha)"),
                        tuple("Synaptech", ": September 21 (Berlin, Friederike)"));
    }

    @Test
    void hashHeadingsBelowTheTitlesHeadPartsOfTheText() {
        Issue issue =
                parse(
                        """
                        January 2019

                        Model Server Madness
                        ====================

                        Serving models is easier now.

                        ### Start the server

                            # pull the image first
                            docker pull tensorflow/serving

                        ### Send requests

                        Time the average latency.
                        """);

        Section section = issue.sections().get(0);
        assertThat(section.heading()).isEqualTo("Model Server Madness");
        assertThat(section.entries()).isEmpty();
        assertThat(section.blocks()).filteredOn(Heading.class::isInstance).hasSize(2);
        assertThat(section.plainText()).contains("# pull the image first");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Until next week, | The Lab Team",
                "Happy Holidays! | All our best, The Lab Team",
                "Happy Thanksgiving! | -- The Harbor Lab Research Team"
            })
    void signOffsAndSignaturesCloseTheTextWithoutTitles(String first, String second) {
        Issue issue =
                parse(
                        """
                        January 2019

                        News
                        ====

                        Quiet Systems [1]
                        -----------------

                        A short book about software that does not page anyone at night.

                        Sparse Attention [2]
                        --------------------

                        Where sparse patterns break down. Write to us any time.

                        %s

                        %s


                        References

                        [1] https://example.org/quiet
                        [2] https://example.org/sparse
                        """
                                .formatted(first, second));

        List<Entry> entries = issue.sections().get(0).entries();
        assertThat(entries)
                .extracting(Entry::title)
                .containsExactly("Quiet Systems", "Sparse Attention");
        assertThat(entries.get(1).plainText()).endsWith(first + "\n\n" + second);
    }

    @Test
    void aLoneTopHeadingNamesTheNewsletterUnlessItNamesASectionOrFollowsTheEditionLine() {
        String masthead =
                """
                Signal Notes
                ============

                Welcome to the notes.

                Quiet Systems
                -------------

                A short book.

                Sparse Attention
                ----------------

                A long paper.
                """;
        String research =
                """
                March 2023

                New research!
                =============

                Quiet Systems
                -------------

                A short book.
                """;
        String afterEdition =
                """
                March 2023

                The Decentralized Web
                =====================

                The Decentralized Web
                ---------------------

                Notes on the peer-to-peer web.
                """;

        assertThat(parse(masthead).title()).isEqualTo("Signal Notes");
        assertThat(parse(research).sections())
                .extracting(Section::kind)
                .containsExactly(SectionKind.RESEARCH);
        assertThat(parse(research).entries())
                .extracting(Entry::title)
                .containsExactly("Quiet Systems");
        Issue decentralized = parse(afterEdition);
        assertThat(decentralized.sections())
                .extracting(Section::heading)
                .containsExactly("The Decentralized Web");
        assertThat(decentralized.entries())
                .extracting(Entry::plainText)
                .containsExactly("Notes on the peer-to-peer web.");
    }

    @Test
    void aMarkedPictureKeepsItsCaption() {
        Issue issue =
                parse(
                        """
                        New research!
                        =============

                        Sparse Attention [1]
                        --------------------

                        [image: A diagram of the attention pattern] [2]
                        How sparse attention skips most pairs.

                        Dense attention compares every token with every other one.


                        References

                        [1] https://example.org/sparse
                        [2] https://example.org/pattern
                        """);

        Entry entry = issue.entries().get(0);
        assertThat(entry.blocks().get(0))
                .isEqualTo(
                        new Figure(
                                Image.of(
                                        "https://example.org/pattern",
                                        "A diagram of the attention pattern"),
                                List.of(new Text("How sparse attention skips most pairs."))));
        assertThat(entry.images()).hasSize(1);
    }

    @Test
    void oneUnderlinedTitleMakesBareLinesTextAndIndentedCodeKeepsItsRules() {
        Issue issue =
                parse(
                        """
                        June 2024

                        New Research!
                        =============

                        Note: Sparse Attention

                        Sparse Attention in Practice
                        ----------------------------

                        The config looks like this:

                            ~~~~~~
                            window = 7
                        """);

        Section section = issue.sections().get(0);
        assertThat(section.plainText()).isEqualTo("Note: Sparse Attention");
        assertThat(section.entries())
                .extracting(Entry::title)
                .containsExactly("Sparse Attention in Practice");
        assertThat(section.entries().get(0).plainText()).contains("~~~~~~");
    }

    @Test
    void aMarkedPictureOfAnImageFileKeepsItsDescriptionAsAlternativeText() {
        Issue issue =
                parse(
                        """
                        New research!
                        =============

                        Sparse Attention [1]
                        --------------------

                        [image: A diagram of the attention pattern] [2]

                        Dense attention compares every token with every other one.


                        References

                        [1] https://example.org/sparse
                        [2] https://example.org/pattern.png
                        """);

        assertThat(issue.entries().get(0).blocks().get(0))
                .isEqualTo(
                        Figure.of(
                                Image.of(
                                        "https://example.org/pattern.png",
                                        "A diagram of the attention pattern")));
    }
}
