package dev.newsletter.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.newsletter.DatePrecision;
import dev.newsletter.Entry;
import dev.newsletter.Issue;
import dev.newsletter.Person;
import dev.newsletter.Section;
import dev.newsletter.SectionKind;
import dev.newsletter.content.Heading;
import dev.newsletter.content.Image;
import dev.newsletter.content.Link;
import dev.newsletter.content.Paragraph;
import dev.newsletter.content.Text;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PlainTextRendererTest {

    /** A line that opens a list item, a quote or a heading. */
    private static final String MARK = "(?:[-*+>]|\\d{1,3}[.)]|#{1,6}) .*";

    private static final Pattern REFERENCE = Pattern.compile("\\[(\\d+)] (\\S.*)");

    @Test
    void linesFitTheDefaultWidthOfSeventyTwo() {
        String text = PlainTextRenderer.create().render(SampleIssues.monthly());

        assertThat(text.lines())
                .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(72));
        assertThat(text.lines().mapToInt(String::length).max().orElse(0)).isGreaterThan(60);
    }

    @Test
    void widthIsConfigurableAndLongWordsStayWhole() {
        String url = "https://example.org/a/very/long/path/that/does/not/fit/on/one/narrow/line";
        Issue issue =
                Issue.builder()
                        .addIntro(
                                Paragraph.of(
                                        "one two three four five six seven eight nine ten "
                                                + url
                                                + " end"))
                        .build();

        String text = PlainTextRenderer.builder().width(20).build().render(issue);

        assertThat(text.lines())
                .allSatisfy(
                        line ->
                                assertThat(line.length() <= 20 || !line.strip().contains(" "))
                                        .isTrue());
        assertThat(text).contains("\n" + url + "\n");
        assertThatThrownBy(() -> PlainTextRenderer.builder().width(19))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("20");
    }

    @Test
    void emailShapeHasPreheaderEditionSectionsAndAttributions() {
        String text = PlainTextRenderer.create().render(SampleIssues.emailShaped());

        assertThat(text)
                .startsWith(
                        "Updates from the lab on new research, prototypes, and what we read\n\nApril 2023\n\n")
                .contains("\n\n\nNew Research!\n=============\n\n")
                .contains("\n\nLong Context on a Budget\n\nWe measured recall")
                .contains("merges click for\nme. \u2014 Priya\n")
                .endsWith("Which layers suffer, and why outliers matter. \u2014 Tom\n")
                .doesNotContain("References");
    }

    @Test
    void urlsBecomeNumberedReferencesListedAtTheEnd() {
        Issue issue =
                Issue.builder()
                        .addIntro(
                                Paragraph.of(
                                        new Text("See "),
                                        Link.of("the post", "https://a.example/post"),
                                        new Text(" and "),
                                        Link.of("again", "https://a.example/post"),
                                        new Text(" or "),
                                        Link.of("https://b.example/", "https://b.example/")))
                        .addSection(
                                Section.builder(SectionKind.READING)
                                        .heading("Recommended reading")
                                        .addEntry(
                                                Entry.builder()
                                                        .title("A read")
                                                        .link(URI.create("https://c.example/read"))
                                                        .addBlock(Paragraph.of("Worth it."))
                                                        .contributor(
                                                                Person.of(
                                                                        "Ada",
                                                                        URI.create(
                                                                                "https://ada.example/")))
                                                        .build())
                                        .build())
                        .build();

        String text = PlainTextRenderer.create().render(issue);

        assertThat(text)
                .contains("See the post [1] and again [1] or https://b.example/\n")
                .contains("A read [2]\n----------\n\nWorth it. \u2014 Ada [3]\n")
                .endsWith(
                        "References\n\n[1] https://a.example/post\n[2] https://c.example/read\n"
                                + "[3] https://ada.example/\n");
    }

    private static Issue readingWith(Entry entry) {
        return Issue.builder()
                .addSection(
                        Section.builder(SectionKind.READING)
                                .heading("Recommended reading")
                                .addEntry(entry)
                                .build())
                .build();
    }

    @Test
    void aLowerCaseNameSignsOnALineOfItsOwn() {
        String text =
                PlainTextRenderer.create()
                        .render(
                                readingWith(
                                        Entry.builder()
                                                .title("A read")
                                                .addBlock(Paragraph.of("Worth it."))
                                                .contributor(Person.of("mkrell"))
                                                .build()));

        assertThat(text).contains("\n\nWorth it.\n\n\u2014 mkrell\n");
    }

    @Test
    void aBodyWithParagraphsSignedByOthersNamesTheContributorInABylineUnderTheTitle() {
        String text =
                PlainTextRenderer.create()
                        .render(
                                readingWith(
                                        Entry.builder()
                                                .title("A read")
                                                .addBlock(Paragraph.of("A fine essay. - Tomas"))
                                                .addBlock(Paragraph.of("A fine catalogue."))
                                                .contributor(
                                                        Person.of(
                                                                "Priya Raman",
                                                                URI.create("https://p.example/")))
                                                .build()));

        assertThat(text)
                .contains("A read\n------\n\nby Priya Raman [1]\n\nA fine essay. - Tomas\n")
                .contains("A fine catalogue.\n")
                .doesNotContain("\u2014 Priya");
    }

    @Test
    void aZeroWidthSpaceOpeningALineHidesNoBulletMark() {
        String text =
                PlainTextRenderer.create()
                        .render(
                                readingWith(
                                        Entry.builder()
                                                .title("A read")
                                                .addBlock(Paragraph.of("\u200B - James, Connected"))
                                                .build()));

        assertThat(text).contains("\n-\u00a0James, Connected\n");
    }

    @Test
    void relativeReferencesResolveAgainstTheBaseUri() {
        String text =
                PlainTextRenderer.builder()
                        .baseUri(URI.create("https://notes.example.org/2023/03/"))
                        .build()
                        .render(SampleIssues.monthly());

        assertThat(text)
                .contains("\n[1] https://notes.example.org/images/sparse-pattern.png\n")
                .contains("\n[2] https://notes.example.org/2023/03/sparse-attention\n");
        assertThatThrownBy(() -> PlainTextRenderer.builder().baseUri(URI.create("x/")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyUrlOfARandomIssueIsListedAndEveryLineFits() {
        qt().withFixedSeed(7L)
                .withExamples(500)
                .forAll(RandomIssues.issue())
                .checkAssert(
                        issue -> {
                            String text = PlainTextRenderer.create().render(issue);
                            List<String> listed = new ArrayList<>();
                            for (String line : text.lines().toList()) {
                                Matcher reference = REFERENCE.matcher(line);
                                if (reference.matches()) {
                                    listed.add(reference.group(2));
                                }
                                assertThat(line.length() <= 72 || !line.strip().contains(" "))
                                        .as("line fits or is one word: %s", line)
                                        .isTrue();
                            }
                            for (Entry entry : issue.entries()) {
                                if (entry.link() != null) {
                                    assertThat(listed).contains(entry.link().toString());
                                }
                                if (entry.contributor() != null
                                        && entry.contributor().uri() != null) {
                                    assertThat(listed)
                                            .contains(entry.contributor().uri().toString());
                                }
                            }
                        });
    }

    @Test
    void theEditionLineNamesTheSendingDateWhenTheEditionDoesNotNameItsMonth() {
        Issue late =
                Issue.builder()
                        .edition("June 2021")
                        .date(LocalDate.of(2021, 7, 8), DatePrecision.DAY)
                        .build();
        Issue numbered =
                Issue.builder()
                        .edition("Issue #42")
                        .date(LocalDate.of(2024, 3, 1), DatePrecision.MONTH)
                        .build();
        Issue onTime =
                Issue.builder()
                        .edition("June 2021")
                        .date(LocalDate.of(2021, 6, 27), DatePrecision.DAY)
                        .build();

        assertThat(PlainTextRenderer.create().render(late)).isEqualTo("June 2021 · 8 July 2021\n");
        assertThat(PlainTextRenderer.create().render(numbered))
                .isEqualTo("Issue #42 · March 2024\n");
        assertThat(PlainTextRenderer.create().render(onTime)).isEqualTo("June 2021\n");
    }

    @Test
    void aPictureAloneIsAFigureLineNamingThePicture() {
        Issue issue =
                Issue.builder()
                        .addIntro(
                                new Paragraph(
                                        List.of(
                                                new Link(
                                                        "https://example.org/post",
                                                        "",
                                                        List.of(
                                                                Image.of(
                                                                        "https://example.org/a.png",
                                                                        ""))))))
                        .addIntro(Paragraph.of("After the picture."))
                        .build();

        String text = PlainTextRenderer.create().render(issue);

        assertThat(text)
                .startsWith("[image] [1]\n\nAfter the picture.")
                .contains("[1] https://example.org/a.png")
                .doesNotContain("example.org/post");
    }

    @Test
    void markersAndAttributionDashesStayWithTheirWordsWhenLinesWrap() {
        qt().withFixedSeed(72L)
                .withExamples(300)
                .forAll(RandomIssues.issue())
                .checkAssert(
                        issue -> {
                            String text =
                                    PlainTextRenderer.builder().width(24).build().render(issue);
                            String body =
                                    text.contains("\n\n\nReferences\n")
                                            ? text.substring(
                                                    0, text.lastIndexOf("\n\n\nReferences\n"))
                                            : text;
                            assertThat(body.lines())
                                    .noneMatch(line -> line.matches("\\s*\\[\\d+].*"));
                            for (Entry entry : issue.entries()) {
                                if (entry.contributor() != null) {
                                    String name = entry.contributor().name().strip();
                                    String first = name.split("\\s+")[0];
                                    assertThat(body)
                                            .doesNotContainPattern(
                                                    "\u2014\\n\\s*" + Pattern.quote(first));
                                }
                            }
                        });
    }

    @Test
    void titlesAreUnderlinedUnderHeadedSectionsAndAQuestionWithoutOneKeepsItsAddressBelow() {
        Entry question =
                Entry.builder()
                        .title("How to publish an offer?")
                        .link(URI.create("https://example.org/s"))
                        .build();
        Issue headed =
                Issue.builder()
                        .addSection(
                                Section.builder(SectionKind.OTHER)
                                        .heading("Jobs")
                                        .addEntry(question)
                                        .build())
                        .build();
        Issue headless =
                Issue.builder()
                        .addSection(Section.builder(SectionKind.OTHER).addEntry(question).build())
                        .build();

        assertThat(PlainTextRenderer.create().render(headed))
                .isEqualTo(
                        "Jobs\n====\n\nHow to publish an offer? [1]\n"
                                + "-".repeat(28)
                                + "\n\n\nReferences\n\n[1] https://example.org/s\n");
        assertThat(PlainTextRenderer.create().render(headless))
                .isEqualTo("How to publish an offer?\nhttps://example.org/s\n");
    }

    @Test
    void shortHeadingsAreUnderlinedWithThreeMarksAtLeast() {
        Issue issue =
                Issue.builder()
                        .addSection(
                                Section.builder(SectionKind.OTHER)
                                        .heading("AI")
                                        .addBlock(Paragraph.of("Less hype this week."))
                                        .build())
                        .build();

        assertThat(PlainTextRenderer.create().render(issue))
                .isEqualTo("AI\n===\n\nLess hype this week.\n");
    }

    @Test
    void whiteSpaceInsideAListedAddressIsEncoded() {
        Issue issue =
                Issue.builder()
                        .addIntro(
                                new Paragraph(
                                        List.of(
                                                new Link(
                                                        "https://example.org/a b",
                                                        "",
                                                        List.of(new Text("spaced"))))))
                        .build();

        assertThat(PlainTextRenderer.create().render(issue))
                .endsWith("[1] https://example.org/a%20b\n");
    }

    @Test
    void proseThatOpensLikeAListOrHeadingKeepsItsMarkAsText() {
        Issue issue =
                Issue.builder()
                        .addIntro(Paragraph.of("- a fun application of maps"))
                        .addIntro(Paragraph.of("12. is the number of talks"))
                        .addIntro(Heading.of(3, "Start the server"))
                        .build();

        String text = PlainTextRenderer.create().render(issue);

        assertThat(text)
                .isEqualTo(
                        "-\u00a0a fun application of maps\n\n12.\u00a0is the number of talks\n\n"
                                + "### Start the server\n");
    }

    @Test
    void noWrappedLineStartsWithWhatReadsAsABulletANumberOrAHeadingMark() {
        qt().withFixedSeed(73L)
                .withExamples(300)
                .forAll(RandomIssues.issue())
                .checkAssert(
                        issue -> {
                            String text =
                                    PlainTextRenderer.builder().width(20).build().render(issue);
                            for (String paragraph : text.split("\n\n")) {
                                List<String> lines = paragraph.lines().toList();
                                boolean prose =
                                        !lines.isEmpty()
                                                && !lines.get(0).matches(MARK)
                                                && lines.stream()
                                                        .noneMatch(line -> line.startsWith(" "));
                                if (!prose) {
                                    continue; // a list, a quote or code opens with its marks
                                }
                                for (String line : lines.subList(1, lines.size())) {
                                    assertThat(line).as(paragraph).doesNotMatch(MARK);
                                }
                            }
                        });
    }

    @Test
    void proseThatLooksLikeAQuoteASeparatorOrATableStaysProse() {
        Issue issue =
                Issue.builder()
                        .addIntro(Paragraph.of(">naïve readers"))
                        .addIntro(Paragraph.of("~~~~ marks the spot"))
                        .addIntro(Paragraph.of("left | right\nup | down"))
                        .build();

        assertThat(PlainTextRenderer.create().render(issue))
                .isEqualTo(
                        "\u00a0>naïve readers\n\n\u00a0~~~~ marks the spot\n\n"
                                + "left |\u00a0right\nup |\u00a0down\n");
    }
}
