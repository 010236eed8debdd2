package dev.newsletter.parser.email;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsletter.Entry;
import dev.newsletter.Issue;
import dev.newsletter.Person;
import dev.newsletter.SectionKind;
import dev.newsletter.content.Figure;
import dev.newsletter.content.Inline;
import dev.newsletter.content.Link;
import dev.newsletter.content.Paragraph;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Numbered references of plain-text emails ("Title [1]" and a closing "References" list) read back
 * into links, and prose wrapped before a lone star or dash kept whole.
 */
class TextReferencesTest {

    private static Issue parse(String text) {
        return Fixtures.parseText(text);
    }

    private static String issueWithReferences(String heading, String first, String second) {
        return """
        Harbor Notes

        Recommended reading

        Quiet Systems [1]

        A short book about software that does not page anyone at night, with
        a chapter on the on-call rota [2] worth the price alone. — Ana Lopez [3]


        %s

        %s
        %s
        [3] https://people.example.org/ana
        """
                .formatted(heading, first, second);
    }

    @Test
    void titleMarkerGivesTheEntryLinkAndTheListLeavesTheBody() {
        Issue issue =
                parse(
                        issueWithReferences(
                                "References",
                                "[1] https://example.org/quiet",
                                "[2] https://example.org/rota"));

        assertThat(issue.sections()).hasSize(1);
        Entry entry = issue.entries(SectionKind.READING).get(0);
        assertThat(entry.title()).isEqualTo("Quiet Systems");
        assertThat(entry.link()).isEqualTo(URI.create("https://example.org/quiet"));
        assertThat(entry.contributor())
                .isEqualTo(Person.of("Ana Lopez", URI.create("https://people.example.org/ana")));
        assertThat(entry.plainText())
                .doesNotContain("[", "References", "https://")
                .endsWith("worth the price alone.");
        assertThat(links(entry))
                .extracting(Link::destination)
                .containsExactly("https://example.org/rota");
        assertThat(issue.metadata().toString()).contains("https://example.org/quiet");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[n]: ", "n. ", "[n] "})
    void commonReferenceStylesAreRead(String style) {
        String first = style.replace("n", "1") + "https://example.org/quiet";
        String second = style.replace("n", "2") + "https://example.org/rota";
        Entry entry =
                parse(issueWithReferences("Links:", first, second))
                        .entries(SectionKind.READING)
                        .get(0);
        assertThat(entry.link()).isEqualTo(URI.create("https://example.org/quiet"));
        assertThat(links(entry))
                .extracting(Link::destination)
                .containsExactly("https://example.org/rota");
    }

    @Test
    void aOneLineBodySignedWithAMarkerIsNoTitle() {
        Issue issue =
                parse(
                        """
                        Harbor Notes

                        Recommended reading

                        Quiet Systems [1]

                        Worth a look. — Ada [2]


                        References

                        [1] https://example.org/quiet
                        [2] https://people.example.org/ada
                        """);
        assertThat(issue.entries(SectionKind.READING))
                .singleElement()
                .satisfies(
                        entry -> {
                            assertThat(entry.title()).isEqualTo("Quiet Systems");
                            assertThat(entry.plainText()).isEqualTo("Worth a look.");
                            assertThat(entry.contributor())
                                    .isEqualTo(
                                            Person.of(
                                                    "Ada",
                                                    URI.create("https://people.example.org/ada")));
                        });
    }

    @Test
    void aReferenceNoMarkerUsesStaysAsText() {
        Issue issue =
                parse(
                        issueWithReferences(
                                "References",
                                "[1] https://example.org/quiet",
                                "[7] https://example.org/unused"));
        String all = issue.entries(SectionKind.READING).get(0).plainText();
        assertThat(all).contains("https://example.org/unused");
        assertThat(issue.sections()).hasSize(1);
    }

    @Test
    void aNumberedListOfWordsIsNoReferenceList() {
        Issue issue =
                parse(
                        """
                        Harbor Notes

                        Recommended reading

                        Quiet Systems [1]

                        A short book.

                        Links

                        1. our forum
                        2. the archive
                        """);
        assertThat(issue.entries(SectionKind.READING).get(0).title())
                .isEqualTo("Quiet Systems [1]");
        assertThat(ModelWords.of(issue)).contains("forum", "archive");
    }

    @Test
    void aCaptionPointingAtAnImageIsAFigure() {
        Issue issue =
                parse(
                        """
                        Harbor Notes

                        New Research!

                        Sparse attention pattern [1]

                        Dense attention compares every token with every other one.


                        References

                        [1] https://example.org/img/pattern.png
                        """);
        assertThat(issue.sections().get(0).blocks())
                .first()
                .isInstanceOfSatisfying(
                        Figure.class,
                        figure -> {
                            assertThat(figure.image().source())
                                    .isEqualTo("https://example.org/img/pattern.png");
                            assertThat(figure.image().alt()).isEqualTo("Sparse attention pattern");
                        });
    }

    @Test
    void proseWrappedBeforeALoneStarOrDashKeepsIt() {
        Issue issue =
                parse(
                        """
                        Harbor Notes

                        Recommended reading

                        Quiet Systems

                        The speed-up we measured is a
                        * b, where b is the batch size; we also tried 3
                        - 2 layers and the result
                        1. held.
                        """);
        String text = issue.entries(SectionKind.READING).get(0).plainText();
        assertThat(text.replaceAll("\\s+", " "))
                .isEqualTo(
                        "The speed-up we measured is a * b, where b is the batch size; we also"
                                + " tried 3 - 2 layers and the result 1. held.");
    }

    @Test
    void aListAfterAColonIsStillAList() {
        Issue issue =
                parse(
                        """
                        Harbor Notes

                        Recommended reading

                        Quiet Systems

                        Three things we liked:
                        - the rota
                        """);
        assertThat(issue.entries(SectionKind.READING).get(0).blocks())
                .anySatisfy(
                        block ->
                                assertThat(block)
                                        .isInstanceOf(dev.newsletter.content.ListBlock.class));
    }

    private static List<Link> links(Entry entry) {
        List<Link> links = new ArrayList<>();
        entry.blocks()
                .forEach(
                        block -> {
                            if (block instanceof Paragraph paragraph) {
                                collect(paragraph.inlines(), links);
                            }
                        });
        return links;
    }

    private static void collect(List<Inline> inlines, List<Link> out) {
        for (Inline inline : inlines) {
            if (inline instanceof Link link) {
                out.add(link);
            }
        }
    }
}
