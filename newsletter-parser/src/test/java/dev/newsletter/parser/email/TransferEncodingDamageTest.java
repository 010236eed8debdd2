package dev.newsletter.parser.email;

import static dev.newsletter.parser.email.MimePartsTest.HEADER;
import static dev.newsletter.parser.email.MimePartsTest.assertPlainWords;
import static dev.newsletter.parser.email.MimePartsTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsletter.ParseResult;
import dev.newsletter.Severity;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Damaged base64 and quoted-printable: all that can be decoded is, the damage is kept or skipped,
 * and one warning names the part, the line and column of the first damage, and how much.
 */
class TransferEncodingDamageTest {

    private static final String TEXT =
            """
            The harbour crane was repaired on Monday, after three weeks of waiting for
            a part that came by sea from the other side of the bay.

            On Tuesday the first ships were loaded again, and the queue of trucks that
            had stood along the quay since the start of the month began to move.

            By Friday the port was working as before, and the crane crew was thanked
            with a dinner on the pier that lasted well into the night.
            """;

    private static List<String> base64Lines(String text) {
        return new ArrayList<>(
                List.of(
                        Base64.getMimeEncoder()
                                .encodeToString(text.getBytes(StandardCharsets.UTF_8))
                                .split("\r\n")));
    }

    private static String secondPartInBase64(List<String> lines) {
        return HEADER
                + "Content-Type: multipart/mixed; boundary=\"b\"\n"
                + "\n"
                + "--b\n"
                + "Content-Type: text/plain; charset=utf-8\n"
                + "\n"
                + "A first part, in plain text, before the news of the harbour.\n"
                + "--b\n"
                + "Content-Type: text/plain; charset=utf-8\n"
                + "Content-Transfer-Encoding: base64\n"
                + "\n"
                + String.join("\n", lines)
                + "\n--b--\n";
    }

    @Test
    void garbageAndPaddingInTheMiddleOfBase64AreSkippedAndTheRestIsDecoded() {
        List<String> lines = base64Lines(TEXT);
        String damaged = lines.get(1);
        lines.set(1, damaged + " !!#*%& ===");
        ParseResult result = parse("garbage.eml", secondPartInBase64(lines));
        assertThat(result.issue().introText())
                .contains("A first part, in plain text")
                .contains("the queue of trucks")
                .contains("lasted well into the night.");
        assertThat(result.diagnostics())
                .singleElement()
                .satisfies(
                        diagnostic -> {
                            assertThat(diagnostic.severity()).isEqualTo(Severity.WARNING);
                            assertThat(diagnostic.line()).isEqualTo(16); // the damaged line
                            assertThat(diagnostic.column()).isEqualTo(damaged.length() + 2);
                            assertThat(diagnostic.message())
                                    .isEqualTo(
                                            "Part 2 (text/plain) has broken base64 on 1 line,"
                                                    + " the first here: 9 characters are not"
                                                    + " base64 and skipped; the rest of the part"
                                                    + " is decoded");
                        });
        assertPlainWords(result.diagnostics());
    }

    @Test
    void aLineOfLettersThatIsNoBase64DamagesOnlyItself() {
        List<String> lines = base64Lines(TEXT);
        lines.add(2, "this is not base64");
        ParseResult result = parse("letters.eml", secondPartInBase64(lines));
        String text = result.issue().introText();
        assertThat(text)
                .contains("The harbour crane was repaired on Monday")
                .contains("On Tuesday the first ships were loaded again")
                .contains("with a dinner on the pier that lasted well into the night.");
        int junk =
                collapse(text).length()
                        - collapse(TEXT).length()
                        - collapse("A first part, in plain text, before the news of the harbour.")
                                .length();
        assertThat(junk).as("characters decoded from the damaged line").isLessThan(20);
        assertThat(result.diagnostics())
                .singleElement()
                .satisfies(
                        diagnostic -> {
                            assertThat(diagnostic.line()).isEqualTo(17);
                            assertThat(diagnostic.message())
                                    .startsWith("Part 2 (text/plain) has broken base64 on 1 line")
                                    .contains("decoded as far as they go");
                        });
    }

    @Test
    void base64BlocksEachWithItsPaddingAreAllDecoded() {
        List<String> lines = base64Lines("The first block ends in padding.\n");
        lines.addAll(base64Lines("The second block follows it in the same part.\n"));
        ParseResult result = parse("blocks.eml", secondPartInBase64(lines));
        assertThat(result.issue().introText())
                .contains("The first block ends in padding.")
                .contains("The second block follows it in the same part.");
        assertThat(result.diagnostics()).isEmpty();
    }

    @Test
    void plainTextMarkedBase64IsKeptAsItIs() {
        String message =
                HEADER
                        + """
                        Content-Type: text/plain; charset=utf-8
                        Content-Transfer-Encoding: base64

                        This body was never encoded, whatever its header says, and decoding
                        it as base64 would turn every line into noise.
                        """;
        ParseResult result = parse("mislabelled.eml", message);
        assertThat(result.issue().introText()).startsWith("This body was never encoded");
        assertThat(result.diagnostics())
                .singleElement()
                .satisfies(
                        diagnostic -> {
                            assertThat(diagnostic.line()).isEqualTo(8);
                            assertThat(diagnostic.message())
                                    .isEqualTo(
                                            "The message body (text/plain) is marked base64 but"
                                                    + " is plain text; it is read as it is");
                        });
    }

    @Test
    void badQuotedPrintableEscapesAreKeptAsWrittenAndNamed() {
        String message =
                HEADER
                        + """
                        Content-Type: text/plain; charset=utf-8
                        Content-Transfer-Encoding: quoted-printable

                        The caf=C3=A9 on the quay reopens on Monday.
                        Its sign still reads =ZZ OPEN, and the menu lists soup at =4 euros, =
                        a fifth off.
                        The tax is 5=25.
                        """;
        ParseResult result = parse("qp.eml", message);
        assertThat(result.issue().introText())
                .contains("The café on the quay reopens on Monday.")
                .contains(
                        "Its sign still reads =ZZ OPEN, and the menu lists soup at =4 euros,"
                                + " a fifth off.")
                .contains("The tax is 5%.");
        assertThat(result.diagnostics())
                .singleElement()
                .satisfies(
                        diagnostic -> {
                            assertThat(diagnostic.severity()).isEqualTo(Severity.WARNING);
                            assertThat(diagnostic.line()).isEqualTo(9);
                            assertThat(diagnostic.column()).isEqualTo(22);
                            assertThat(diagnostic.message())
                                    .isEqualTo(
                                            "The message body (text/plain) has 2 bad"
                                                    + " quoted-printable escapes on 1 line, the"
                                                    + " first here; kept as written");
                        });
    }

    private static String collapse(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
