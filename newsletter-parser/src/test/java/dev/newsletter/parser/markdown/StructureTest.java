package dev.newsletter.parser.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsletter.Entry;
import dev.newsletter.Issue;
import dev.newsletter.ParseOptions;
import dev.newsletter.ParseResult;
import dev.newsletter.Person;
import dev.newsletter.Section;
import dev.newsletter.SectionKind;
import dev.newsletter.SectionVocabulary;
import dev.newsletter.Severity;
import dev.newsletter.content.Block;
import dev.newsletter.content.Figure;
import dev.newsletter.content.Heading;
import dev.newsletter.content.Link;
import dev.newsletter.content.Paragraph;
import dev.newsletter.content.RawBlock;
import dev.newsletter.content.Strikethrough;
import dev.newsletter.content.Table;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sections, entries, contributors and content, on fixtures written for the purpose. */
class StructureTest {

    @Test
    void sectionsTakeKindAndTitleFromTheVocabulary() {
        Issue issue = Fixtures.parse("monthly-yaml.md").issue();

        assertThat(issue.sections())
                .extracting(Section::kind)
                .containsExactly(
                        SectionKind.RESEARCH,
                        SectionKind.PROTOTYPES,
                        SectionKind.LIVESTREAMS,
                        SectionKind.READING,
                        SectionKind.OTHER);
        assertThat(issue.sections())
                .extracting(Section::title)
                .containsExactly("Sparse Retrieval at Scale", "", "", "", "Odds and ends");
        assertThat(issue.sections().get(3).heading()).isEqualTo("Recommended Reading/Viewing");
    }

    @Test
    void aConfiguredVocabularyChangesTheKind() {
        SectionVocabulary vocabulary =
                SectionVocabulary.defaults().toBuilder()
                        .alias("odds and ends", SectionKind.READING)
                        .build();
        Issue issue =
                Fixtures.parse(
                                "monthly-yaml.md",
                                ParseOptions.builder().vocabulary(vocabulary).build())
                        .issue();

        assertThat(issue.sections().get(4).kind()).isEqualTo(SectionKind.READING);
    }

    @Test
    void aMonthHeadingIsTheEditionAndTheIntroEndsAtTheFirstSection() {
        Issue issue = Fixtures.parse("monthly-yaml.md").issue();

        assertThat(issue.edition()).isEqualTo("March 2024");
        assertThat(issue.intro()).hasSize(2);
        assertThat(issue.intro().get(1)).isInstanceOf(RawBlock.class);
        assertThat(((RawBlock) issue.intro().get(1)).isMoreMarker()).isTrue();
        assertThat(issue.summaryOrigin()).isEqualTo("metadata");
    }

    @Test
    void withoutAFrontMatterTitleTheEditionHeadingGivesTitleAndMonth() {
        Issue issue =
                Fixtures.parseText("e.md", "# November 2022\n\nHello.\n\n## News\n\nx\n").issue();

        assertThat(issue.title()).isEqualTo("November 2022");
        assertThat(issue.date()).hasToString("2022-11-01");
        assertThat(issue.datePrecision().id()).isEqualTo("month");
    }

    @Test
    void linkParagraphsAreEntriesWithTheFollowingParagraphsAsBody() {
        Section research = Fixtures.parse("monthly-yaml.md").issue().sections().get(0);

        assertThat(research.blocks()).hasSize(2);
        assertThat(research.blocks().get(0))
                .isInstanceOfSatisfying(
                        Figure.class,
                        figure -> {
                            assertThat(figure.image().alt()).isEqualTo("Diagram of a sparse index");
                            assertThat(figure.plainText())
                                    .isEqualTo("An inverted index with learned term weights.");
                        });
        assertThat(research.entries())
                .extracting(Entry::title)
                .containsExactly(
                        "Why Sparse Retrieval Still Matters",
                        "Building a Sparse Index in a Weekend");
        Entry second = research.entries().get(1);
        assertThat(second.link())
                .isEqualTo(URI.create("https://lab.example.com/posts/sparse-weekend"));
        assertThat(second.blocks())
                .singleElement()
                .isInstanceOfSatisfying(
                        Paragraph.class,
                        p ->
                                assertThat(p.inlines())
                                        .hasAtLeastOneElementOfType(Strikethrough.class));
    }

    @Test
    void bulletItemsLedByALinkAreEntries() {
        Section prototypes = Fixtures.parse("monthly-yaml.md").issue().sections().get(1);

        assertThat(prototypes.entries())
                .extracting(Entry::title)
                .containsExactly("Ticket Triage", "Receipt Reader");
        assertThat(prototypes.entries().get(0).plainText())
                .isEqualTo("Routes support tickets to the right team with a small classifier.");
    }

    @Test
    void boldLinkParagraphsEitherWayRoundAreEntries() {
        Section live = Fixtures.parse("monthly-yaml.md").issue().sections().get(2);

        assertThat(live.plainText()).isEqualTo("Replays of our recent sessions:");
        assertThat(live.entries())
                .extracting(Entry::title)
                .containsExactly("Sparse Retrieval Live", "Evaluating Search Without Labels");
        assertThat(live.entries())
                .extracting(e -> e.link().toString())
                .containsExactly(
                        "https://video.example.com/watch?v=abc123",
                        "https://video.example.com/watch?v=def456");
    }

    @Test
    void readingEntriesKeepTheirImagesAndLoseTheirAttribution() {
        Section reading = Fixtures.parse("monthly-yaml.md").issue().sections().get(3);

        Entry calibration = reading.entries().get(1);
        assertThat(calibration.contributor())
                .isEqualTo(Person.of("Tomas", URI.create("https://example.org/tomas")));
        assertThat(calibration.plainText()).isEqualTo("Reliability diagrams explained with care.");
        assertThat(calibration.images())
                .singleElement()
                .satisfies(image -> assertThat(image.alt()).isEqualTo("A reliability diagram"));
    }

    @Test
    void everyAttributionStyleGivesACleanNameAndItsLink() {
        List<Entry> entries = Fixtures.parse("attributions.md").issue().sections().get(0).entries();

        assertThat(entries)
                .extracting(e -> e.contributor() == null ? null : e.contributor().name())
                .containsExactly(
                        "Andrew",
                        "Victor",
                        "Melanie",
                        "Nisha",
                        "Chris",
                        "Daniel",
                        "Grace",
                        "Ade",
                        "Shioulin",
                        "Priya",
                        "Omar",
                        "Keita",
                        "Ryan",
                        null);
        assertThat(entries.get(5).contributor().uri())
                .isEqualTo(URI.create("https://example.org/daniel"));
        assertThat(entries.get(10).contributor().uri())
                .isEqualTo(URI.create("https://www.example.org/omar"));
        assertThat(entries.subList(0, 13))
                .allSatisfy(entry -> assertThat(entry.plainText()).matches("An? \\w+ read\\."));
        assertThat(entries.get(13).plainText()).endsWith("well-known trade-offs - mostly.");
    }

    @Test
    void aBylineMakesTheSectionOneArticleByItsAuthor() {
        Issue issue = Fixtures.parse("2023-05-09-weekly.md").issue();

        Section caches = issue.sections().get(0);
        assertThat(caches.entries())
                .singleElement()
                .satisfies(
                        article -> {
                            assertThat(article.title()).isEqualTo("Caches all the way down");
                            assertThat(article.contributor())
                                    .isEqualTo(
                                            Person.of(
                                                    "Rosa",
                                                    URI.create("https://example.org/rosa")));
                            assertThat(article.blocks()).hasAtLeastOneElementOfType(Heading.class);
                        });
        Section shared = issue.sections().get(1);
        assertThat(shared.entries().get(0).contributor().name()).isEqualTo("Rosa");
        assertThat(shared.entries().get(0).plainText()).contains("by Rosa and Malik");
    }

    @Test
    void aSignOffAfterAListIsNotTheLastItemsContributor() {
        Section links = Fixtures.parse("2023-05-09-weekly.md").issue().sections().get(2);

        assertThat(links.entries()).extracting(Entry::contributor).containsOnlyNulls();
        assertThat(links.entries().get(1).plainText()).contains("The Weekly Team");
    }

    @Test
    void liquidIsResolvedAndCaptionsAreKept() {
        Issue issue = Fixtures.parse("2023-05-09-weekly.md").issue();

        assertThat(issue.intro()).hasAtLeastOneElementOfType(Figure.class);
        Figure figure =
                (Figure)
                        issue.intro().stream()
                                .filter(Figure.class::isInstance)
                                .findFirst()
                                .orElseThrow();
        // no _config.yml beside the fixture: the unset base URL leaves a site-relative address
        assertThat(figure.image().source()).isEqualTo("/images/2023/05/cache.png");
        assertThat(figure.plainText()).isEqualTo("A cache hierarchy, drawn by hand.");
    }

    @Test
    void aLinkedSubHeadingOverItemsIsASubsectionAndOverProseAnEntry() {
        Section projects = Fixtures.parse("zola-monthly.md").issue().sections().get(0);

        // "### [kelp](…)" heads a list of pull requests: a subsection, linked like its heading;
        // "### [shell-fs](…)" heads one paragraph: the entry it titles
        assertThat(projects.entries()).extracting(Entry::title).containsExactly("shell-fs");
        Section kelp = projects.subsections().get(0);
        assertThat(kelp.heading()).isEqualTo("kelp");
        assertThat(kelp.level()).isEqualTo(3);
        assertThat(kelp.link()).hasToString("https://github.com/example/kelp");
        assertThat(kelp.plainText()).isEqualTo("Maintained by @anemone");
        assertThat(kelp.entries())
                .extracting(Entry::title)
                .containsExactly("Add a streaming reader", "Fix the build on ARM");
        // its heading names nothing: it is of its section's kind ("Project Updates", research)
        assertThat(kelp.kind()).isEqualTo(SectionKind.RESEARCH);
    }

    @Test
    void aDocumentWithTopLevelSectionHeadingsUsesThem() {
        Issue issue = Fixtures.parse("pelican-weekly.markdown").issue();

        assertThat(issue.sections())
                .extracting(Section::heading)
                .containsExactly("Community updates", "Quote of the week");
        Section news = issue.sections().get(0).subsections().get(0);
        assertThat(news.heading()).isEqualTo("News");
        assertThat(news.entries())
                .extracting(Entry::title)
                .containsExactly("Crabs learn to sort", "A faster shell");
        assertThat(issue.summaryOrigin()).isEqualTo("more");
    }

    @Test
    void mdxImportsComponentsAndHeadingIdsAreMarkupNotText() {
        Issue issue = Fixtures.parse("mdx-weekly.mdx").issue();

        assertThat(issue.intro())
                .filteredOn(RawBlock.class::isInstance)
                .extracting(b -> ((RawBlock) b).content())
                .containsExactly("<!-- truncate -->"); // the import and <Support /> are MDX code
        assertThat(issue.sections())
                .extracting(Section::heading)
                .containsExactly("💸 Sponsor", "⚛️ Widgets");
        assertThat(issue.sections().get(1).entries())
                .extracting(Entry::title)
                .containsExactly("Forms without tears", "Router 5 released");
    }

    @Test
    void anImageLinkIsNotAnEntryTitle() {
        Section sponsor = Fixtures.parse("mdx-weekly.mdx").issue().sections().get(0);

        assertThat(sponsor.entries()).isEmpty();
        assertThat(sponsor.blocks().get(0))
                .isInstanceOfSatisfying(
                        Paragraph.class,
                        p -> assertThat(p.inlines()).singleElement().isInstanceOf(Link.class));
    }

    @Test
    void tablesAndAutolinksAreContent() {
        Section odds = Fixtures.parse("monthly-yaml.md").issue().sections().get(4);

        assertThat(odds.blocks()).hasAtLeastOneElementOfType(Table.class);
        Paragraph last = (Paragraph) odds.blocks().get(odds.blocks().size() - 1);
        assertThat(last.inlines()).filteredOn(Link.class::isInstance).hasSize(2);
    }

    @Test
    void rawHtmlBlocksAreKeptAsWritten() {
        Issue issue =
                Fixtures.parseText(
                                "html.md",
                                "## News\n\n<div class=\"tweet\"><script src=\"x.js\"></script></div>\n\nAfter.\n")
                        .issue();

        List<Block> blocks = issue.sections().get(0).blocks();
        assertThat(blocks.get(0))
                .isEqualTo(
                        new RawBlock("<div class=\"tweet\"><script src=\"x.js\"></script></div>"));
    }

    @Test
    void anIntroNamingAnotherMonthIsAWarning() {
        ParseResult result =
                Fixtures.parseText(
                        "july.md",
                        "---\ndate: 2021-07-26\n---\n\nWelcome to the June newsletter! More below.\n\n## News\n");

        assertThat(result.diagnostics())
                .singleElement()
                .satisfies(
                        d -> {
                            assertThat(d.severity()).isEqualTo(Severity.WARNING);
                            assertThat(d.line()).isEqualTo(5);
                            assertThat(d.message()).contains("June").contains("July 2021");
                        });
    }

    @Test
    void anIntroNamingItsOwnMonthIsFine() {
        ParseResult result =
                Fixtures.parseText(
                        "july.md",
                        "---\ndate: 2021-07-26\n---\n\nOur July issue, after June's break.\n\n## News\n");

        assertThat(result.diagnostics()).isEmpty();
    }

    @Test
    void anEntryWithoutATitleIsAWarning() {
        ParseResult result =
                Fixtures.parseText(
                        "t.md",
                        "## Recommended reading\n\n### [](https://example.com/untitled)\n\nA body without a title.\n");

        assertThat(result.diagnostics())
                .extracting(d -> d.message() + "@" + d.line())
                .containsExactly(
                        "an entry has no title (its link is https://example.com/untitled)@3");
        assertThat(result.issue().sections().get(0).entries())
                .singleElement()
                .satisfies(e -> assertThat(e.plainText()).isEqualTo("A body without a title."));
    }

    @Test
    void anIllegalLinkIsRepairedOrKeptInTheBody() {
        Issue issue =
                Fixtures.parseText(
                                "u.md",
                                "## Reads\n\n- [Spaced](<https://example.com/a b>)\n- [Bad](http://[::1)\n")
                        .issue();

        List<Entry> entries = issue.sections().get(0).entries();
        assertThat(entries.get(0).link()).isEqualTo(URI.create("https://example.com/a%20b"));
        assertThat(entries.get(1).link()).isNull();
        assertThat(entries.get(1).plainText()).isEqualTo("Bad");
    }

    @Test
    void aRuleBeforeASectionIsABoundaryAndOtherRulesAreContent() {
        Issue issue =
                Fixtures.parseText("r.md", "Intro.\n\n---\n\n## A\n\nOne.\n\n---\n\nTwo.\n")
                        .issue();

        assertThat(issue.intro()).hasSize(1);
        assertThat(issue.sections().get(0).blocks())
                .extracting(b -> b.getClass().getSimpleName())
                .containsExactly("Paragraph", "Rule", "Paragraph");
    }

    @Test
    void aHeadingRepeatingTheTitleStaysInTheIntro() {
        Issue issue =
                Fixtures.parseText(
                                "g.md",
                                "---\ntitle: Rev News Edition 5 (May 2nd, 2020)\n---\n\n"
                                        + "## Rev News: Edition 5 (May 2nd, 2020)\n\nWelcome.\n\n## Discussions\n\nx\n")
                        .issue();

        assertThat(issue.intro().get(0)).isInstanceOf(Heading.class);
        assertThat(issue.sections()).extracting(Section::heading).containsExactly("Discussions");
    }

    @Test
    void aStrayTopHeadingLateInTheFileStartsASectionWithoutSwallowingTheOthers() {
        Issue issue =
                Fixtures.parseText("stray.md", "Hi.\n\n## A\n\nx\n\n## B\n\ny\n\n# C\n\nz\n")
                        .issue();

        assertThat(issue.sections()).extracting(Section::heading).containsExactly("A", "B", "C");
    }

    @Test
    void aLoneLeadingTopHeadingIsTheDocumentTitleAndStaysInTheIntro() {
        Issue issue =
                Fixtures.parseText("lone.md", "# My Weekly\n\nIntro.\n\n## News\n\nx\n").issue();

        assertThat(issue.intro().get(0)).isEqualTo(Heading.of(1, "My Weekly"));
        assertThat(issue.sections()).extracting(Section::heading).containsExactly("News");
    }

    @Test
    void linkedSubHeadingsBeforeAnySectionFormASectionWithoutHeading() {
        Issue issue =
                Fixtures.parseText(
                                "picks.md",
                                "Hello, our picks this month:\n\n---\n\n#### [One](https://a.example)\n"
                                        + "Text one. - *[Ann](https://ann.example)*\n\n---\n\n"
                                        + "#### [Two](https://b.example)\nText two.\n\n---\n\n"
                                        + "## Events\n\nNone.\n")
                        .issue();

        assertThat(issue.introText()).isEqualTo("Hello, our picks this month:");
        assertThat(issue.sections()).extracting(Section::heading).containsExactly("", "Events");
        Section picks = issue.sections().get(0);
        assertThat(picks.entries()).extracting(Entry::title).containsExactly("One", "Two");
        assertThat(picks.entries().get(0).contributor().name()).isEqualTo("Ann");
        assertThat(picks.entries()).allSatisfy(e -> assertThat(e.blocks()).hasSize(1));
    }

    @Test
    void anImageFollowedOnItsLineByTextIsInlineNotAFigure() {
        Issue issue =
                Fixtures.parseText("icon.md", "![star](/star.png) Starred items below.\n").issue();

        assertThat(issue.intro()).singleElement().isInstanceOf(Paragraph.class);
        assertThat(issue.intro().get(0).plainText()).isEqualTo(" Starred items below.");
    }

    @Test
    void aDeeperHeadingInsideAHeadingEntryStaysInItsBody() {
        Section reading =
                Fixtures.parseText(
                                "nested.md",
                                "## Recommended reading\n\n### [A](https://a.example)\n\nText.\n\n"
                                        + "#### Details\n\nMore.\n\n### [B](https://b.example)\n\nEnd.\n")
                        .issue()
                        .sections()
                        .get(0);

        assertThat(reading.entries()).extracting(Entry::title).containsExactly("A", "B");
        assertThat(reading.entries().get(0).blocks()).contains(Heading.of(4, "Details"));
    }
}
