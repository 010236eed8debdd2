package dev.newsletter.parser.internal.email;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** When {@link FlattenedTextPart} finds the plain alternative a flattened copy of the HTML. */
class FlattenedTextPartTest {

    /** An HTML issue with three headings and two lists. */
    private static final String HTML =
            """
            <html><body>
            <h1>Field Notes, May</h1>
            <h2>From the workshop</h2>
            <ul><li><a href="https://lab.example.org/kiln">The Slow Kiln</a>: firing at low heat.</li>
            <li><a href="https://lab.example.org/glaze">Glaze Tests</a>: forty tiles, one winner.</li></ul>
            <h2>Elsewhere</h2>
            <ul><li><a href="https://clay.example.net/essay">Why Clay Cracks</a>: an essay.</li></ul>
            </body></html>
            """;

    private static final String LINE =
            "The Slow Kiln https://lab.example.org/kiln?utm_source=field-notes&utm_medium=email"
                    + " firing at low heat. ";

    /** The HTML's words run together on one line, with their tracking addresses. */
    private static String runTogether(int times) {
        return "Field Notes, May From the workshop " + LINE.repeat(times) + "Elsewhere\n";
    }

    @Test
    void oneLongParagraphOfAddressesIsFlattened() {
        assertThat(FlattenedTextPart.measure(runTogether(6), HTML))
                .isEqualTo(
                        "1 paragraph for 608 characters, 67% of them addresses;"
                                + " the HTML part has 3 headings and 2 lists");
    }

    @Test
    void sparseParagraphsOfProseAreFlattened() {
        String prose =
                "We spent the month at the kiln, and the kiln spent the month teaching us patience."
                        + " ";
        String plain = prose.repeat(16) + "\n\n" + prose.repeat(15) + "\n";
        assertThat(FlattenedTextPart.measure(plain, HTML))
                .isEqualTo(
                        "2 paragraphs for 2,077 characters; the HTML part has 3 headings and 2 lists");
    }

    @Test
    void aFaithfulCopyWithItsParagraphsIsNot() {
        String plain =
                """
                Field Notes, May

                From the workshop
                -----------------

                The Slow Kiln
                https://lab.example.org/kiln?utm_source=field-notes&utm_medium=email

                Firing at low heat, for longer than we thought we could wait.

                Glaze Tests
                https://lab.example.org/glaze?utm_source=field-notes&utm_medium=email

                Forty tiles, one winner, and a wall of near misses.

                Elsewhere
                ---------

                Why Clay Cracks
                https://clay.example.net/essay?utm_source=field-notes&utm_medium=email

                An essay on drying, with more physics than we expected.
                """;
        assertThat(FlattenedTextPart.measure(plain, HTML)).isNull();
    }

    @Test
    void aShortNoteSaysTooLittleToJudge() {
        assertThat(FlattenedTextPart.measure(runTogether(2), HTML)).isNull();
    }

    @Test
    void htmlWithoutHeadingsHasNoStructureToPreferEvenOverAFlatText() {
        String flatHtml =
                "<html><body><p>" + runTogether(6) + "</p><ul><li>one</li></ul></body></html>";
        assertThat(FlattenedTextPart.measure(runTogether(6), flatHtml)).isNull();
    }

    @Test
    void boldLinesStandingAloneCountAsHeadings() {
        String tableHtml =
                """
                <table><tr><td><p><strong>From the workshop</strong></p>
                <p>The Slow Kiln: firing at low heat.</p>
                <p><b>Elsewhere</b></p>
                <p>Why Clay Cracks: an essay.</p></td></tr></table>
                """;
        assertThat(FlattenedTextPart.measure(runTogether(6), tableHtml))
                .endsWith("the HTML part has 2 headings");
    }

    @Test
    void aClosingReferenceListIsNotCountedAsFlatText() {
        StringBuilder plain =
                new StringBuilder(
                        """
                        Field Notes, May

                        The Slow Kiln [1] fires at low heat.

                        Glaze Tests [2] gave us one winner.

                        References

                        """);
        for (int i = 1; i <= 30; i++) {
            plain.append('[')
                    .append(i)
                    .append("] https://lab.example.org/notes/")
                    .append(i)
                    .append("?utm_source=field-notes&utm_medium=email&utm_campaign=may\n");
        }
        assertThat(FlattenedTextPart.measure(plain.toString(), HTML)).isNull();
    }
}
