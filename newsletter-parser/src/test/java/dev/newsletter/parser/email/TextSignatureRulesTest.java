package dev.newsletter.parser.email;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsletter.Entry;
import dev.newsletter.Issue;
import dev.newsletter.Person;
import dev.newsletter.Section;
import dev.newsletter.SectionKind;
import dev.newsletter.content.Figure;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Who signs an entry of a plain-text body: handles in lower case, bylines over signed quotes. */
class TextSignatureRulesTest {

    private static Issue parse(String text) {
        return Fixtures.parseText(text);
    }

    private static Entry firstReading(String body) {
        String text =
                """
                Recommended reading

                Quiet Systems

                %s

                Loud Systems

                The opposite, in every way.
                """
                        .formatted(body);
        return parse(text).entries(SectionKind.READING).get(0);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"mkrell", "ghost43", "j.doe"})
    void aLowerCaseHandleAloneAfterAnEmDashSignsTheEntry(String handle) {
        Entry entry =
                firstReading(
                        """
                        A short book about software that does not page anyone.

                        — %s"""
                                .formatted(handle));
        assertThat(entry.contributor()).isEqualTo(Person.of(handle));
        assertThat(entry.plainText())
                .isEqualTo("A short book about software that does not page anyone.");
    }

    @Test
    void aLowerCaseHandleOnTheLastLineBelowASentenceSignsTheEntry() {
        Entry entry =
                firstReading(
                        """
                        Worth reading twice, once for the ideas and once for the footnotes.
                        – mkrell""");
        assertThat(entry.contributor()).isEqualTo(Person.of("mkrell"));
        assertThat(entry.plainText()).endsWith("for the footnotes.").doesNotContain("mkrell");
    }

    @Test
    void aHandleKeepsTheAddressOfItsReference() {
        Issue issue =
                parse(
                        """
                        Recommended reading

                        Quiet Systems

                        A short book about software that does not page anyone.

                        — mkrell [1]


                        References

                        [1] https://people.example/mkrell
                        """);
        assertThat(issue.entries(SectionKind.READING).get(0).contributor())
                .isEqualTo(Person.of("mkrell", URI.create("https://people.example/mkrell")));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "Does it scale? We asked the authors, and the answer — yes",
                "Does it scale? We asked the authors, and the answer\n— yes",
                "The result is striking — if you squint"
            })
    void aLowerCaseWordAfterADashInsideProseIsNoSignature(String body) {
        Entry entry = firstReading(body);
        assertThat(entry.contributor()).isNull();
        assertThat(entry.plainText()).isEqualTo(body.replace('\n', ' '));
    }

    @Test
    void aBylineNamesTheAuthorOverParagraphsSignedByOthers() {
        Entry entry =
                firstReading(
                        """
                        by Priya Raman

                        What the team read this month.

                        A thoughtful essay on interfaces for models. - Tomas

                        A catalogue of ways to overfit, with fixes. - Ines""");
        assertThat(entry.contributor()).isEqualTo(Person.of("Priya Raman"));
        assertThat(entry.plainText())
                .startsWith("What the team read this month.")
                .contains("- Tomas")
                .endsWith("- Ines");
    }

    @Test
    void wordsPointingAtAPictureStayAsTheFigureCaption() {
        Issue issue =
                parse(
                        """
                        Harbor Notes

                        Graph Basics
                        ------------

                        A graph links entities by their relations.

                        Image credit [1]

                        More on graphs next week.


                        References

                        [1] https://example.org/img/graph.jpg
                        """);
        Section section = issue.sections().get(0);
        assertThat(section.blocks())
                .filteredOn(Figure.class::isInstance)
                .singleElement()
                .isInstanceOfSatisfying(
                        Figure.class,
                        figure -> {
                            assertThat(figure.image().source())
                                    .isEqualTo("https://example.org/img/graph.jpg");
                            assertThat(figure.plainText()).isEqualTo("Image credit");
                        });
        assertThat(section.plainText()).contains("relations.\n\nImage credit\n\nMore on");
    }
}
