package dev.newsletter.parser.email;

import static dev.newsletter.parser.email.MimePartsTest.HEADER;
import static dev.newsletter.parser.email.MimePartsTest.assertPlainWords;
import static dev.newsletter.parser.email.MimePartsTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsletter.Diagnostic;
import dev.newsletter.ParseResult;
import dev.newsletter.Severity;
import java.util.Collections;
import org.junit.jupiter.api.Test;

/**
 * The limits of the MIME reader: nesting depth, number of parts, line and header sizes. Each limit
 * reached is one error in words with its line, and what lies before it is read; no depth of nesting
 * overflows the stack.
 */
class MimeLimitsTest {

    /**
     * A message nested {@code depth} multiparts deep: at each level a text part "Level n ..."
     * followed by the multipart of the next level. Boundaries are no prefix of one another.
     */
    static String nested(int depth) {
        StringBuilder message =
                new StringBuilder(HEADER)
                        .append("Content-Type: multipart/mixed; boundary=\"=_level1_=\"\n\n");
        for (int level = 1; level <= depth; level++) {
            message.append("--=_level")
                    .append(level)
                    .append("_=\nContent-Type: text/plain\n\nLevel ")
                    .append(level)
                    .append(" keeps the word marker")
                    .append(level)
                    .append(".\n");
            if (level < depth) {
                message.append("--=_level")
                        .append(level)
                        .append("_=\nContent-Type: multipart/mixed; boundary=\"=_level")
                        .append(level + 1)
                        .append("_=\"\n\n");
            }
        }
        for (int level = depth; level >= 1; level--) {
            message.append("--=_level").append(level).append("_=--\n");
        }
        return message.toString();
    }

    /** The line of the header of the multipart at {@code depth}. */
    private static int headerLineOfLevel(String message, int depth) {
        String contentType = "boundary=\"=_level" + (depth + 1) + "_=\"";
        int line = 1;
        for (String text : message.split("\n", -1)) {
            if (text.endsWith(contentType)) {
                return line;
            }
            line++;
        }
        throw new AssertionError("no level " + depth);
    }

    private static String path(int depth) {
        return String.join(".", Collections.nCopies(depth, "2"));
    }

    private static void assertReadDownTo(ParseResult result, int depth, int deepest) {
        String text = result.issue().introText();
        for (int level = 1; level <= deepest; level++) {
            if (level <= depth) {
                assertThat(text).contains("marker" + level + ".");
            } else {
                assertThat(text).doesNotContain("marker" + level + ".");
            }
        }
    }

    @Test
    void fiftyLevelsDeepTheTwentyAboveAreReadAndAnErrorSaysWhereReadingStopped() {
        String message = nested(50);
        ParseResult result = parse("deep.eml", message);
        assertReadDownTo(result, 20, 50);
        assertThat(result.diagnostics())
                .singleElement()
                .satisfies(
                        diagnostic -> {
                            assertThat(diagnostic.severity()).isEqualTo(Severity.ERROR);
                            assertThat(diagnostic.line()).isEqualTo(headerLineOfLevel(message, 20));
                            assertThat(diagnostic.message())
                                    .startsWith(
                                            "parts are nested more than 20 levels deep, the"
                                                    + " limit: the parts inside part "
                                                    + path(20)
                                                    + " (multipart/mixed), ")
                                    .endsWith(", are not read");
                        });
    }

    @Test
    void tenThousandLevelsDeepNeitherOverflowTheStackNorLoseTheLevelsAbove() {
        ParseResult result = parse("deeper.eml", nested(10_000));
        assertReadDownTo(result, 20, 40);
        assertThat(result.diagnostics())
                .singleElement()
                .satisfies(
                        diagnostic -> {
                            assertThat(diagnostic.severity()).isEqualTo(Severity.ERROR);
                            assertThat(diagnostic.message())
                                    .startsWith("parts are nested more than 20 levels deep");
                        });
    }

    @Test
    void tenThousandAttachedMessagesInsideEachOtherStopAtTheLimitToo() {
        StringBuilder message = new StringBuilder();
        for (int level = 0; level < 10_000; level++) {
            message.append("From: Sender ")
                    .append(level)
                    .append(" <s@example.org>\nSubject: Level ")
                    .append(level)
                    .append("\nContent-Type: message/rfc822\n\n");
        }
        message.append("From: Last <s@example.org>\nSubject: Bottom\n\nThe bottom text.\n");
        ParseResult result = parse("russian-dolls.eml", message.toString());
        assertThat(result.issue().title()).isEqualTo("Level 0");
        assertThat(result.diagnostics())
                .extracting(Diagnostic::severity, Diagnostic::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Severity.ERROR, 81));
        assertThat(result.diagnostics().get(0).message())
                .startsWith("parts are nested more than 20 levels deep, the limit")
                .contains("(message/rfc822)");
    }

    @Test
    void aHeaderLineOverOneMebibyteIsAnErrorInWordsAtItsLine() {
        String message =
                HEADER + "X-Padding: " + "x".repeat(1024 * 1024) + "\n\nThe body is short.\n";
        ParseResult result = parse("long-line.eml", message);
        assertThat(result.diagnostics())
                .singleElement()
                .satisfies(
                        diagnostic -> {
                            assertThat(diagnostic.severity()).isEqualTo(Severity.ERROR);
                            assertThat(diagnostic.line()).isEqualTo(5);
                            assertThat(diagnostic.message())
                                    .isEqualTo(
                                            "a header line is longer than 1 MiB (1,048,576"
                                                    + " bytes), the limit; the message cannot be"
                                                    + " read");
                        });
        assertPlainWords(result.diagnostics());
    }

    @Test
    void anOverlongLineInAPartHeaderKeepsThePartsBeforeIt() {
        String message =
                HEADER
                        + "Content-Type: multipart/mixed; boundary=\"b\"\n\n"
                        + "--b\nContent-Type: text/plain\n\nThe first part arrives whole.\n"
                        + "--b\nContent-Type: text/plain\nX-Padding: "
                        + "x".repeat(1024 * 1024 + 1)
                        + "\n\nThe second part is lost.\n--b--\n";
        ParseResult result = parse("long-part-line.eml", message);
        assertThat(result.issue().introText()).isEqualTo("The first part arrives whole.");
        assertThat(result.diagnostics())
                .singleElement()
                .satisfies(
                        diagnostic -> {
                            assertThat(diagnostic.line()).isEqualTo(13);
                            assertThat(diagnostic.message())
                                    .isEqualTo(
                                            "a header line is longer than 1 MiB (1,048,576"
                                                    + " bytes), the limit; the message is not"
                                                    + " read from part 2 on");
                        });
    }

    @Test
    void moreThanAThousandHeaderFieldsIsAnErrorAtTheFieldPastTheLimit() {
        StringBuilder message = new StringBuilder(HEADER);
        for (int i = 0; i < 1000; i++) {
            message.append("X-Trace-").append(i).append(": hop ").append(i).append('\n');
        }
        message.append("\nThe body.\n");
        ParseResult result = parse("many-fields.eml", message.toString());
        assertThat(result.diagnostics())
                .singleElement()
                .satisfies(
                        diagnostic -> {
                            assertThat(diagnostic.line()).isEqualTo(1001);
                            assertThat(diagnostic.message())
                                    .isEqualTo(
                                            "a header has more than 1,000 fields, the limit; the"
                                                    + " message cannot be read");
                        });
    }

    @Test
    void aHeaderFieldOver256KibibytesIsAnErrorAtItsFirstLine() {
        StringBuilder message = new StringBuilder(HEADER).append("References:");
        for (int i = 0; i < 300; i++) {
            message.append(" <").append("m".repeat(1000)).append(i).append("@example.org>\n");
        }
        message.append("\nThe body.\n");
        ParseResult result = parse("long-field.eml", message.toString());
        assertThat(result.diagnostics())
                .singleElement()
                .satisfies(
                        diagnostic -> {
                            assertThat(diagnostic.line()).isEqualTo(5);
                            assertThat(diagnostic.message())
                                    .isEqualTo(
                                            "a header field is longer than 256 KiB (262,144"
                                                    + " bytes), the limit; the message cannot be"
                                                    + " read");
                        });
    }

    @Test
    void pastTenThousandPartsAnErrorSaysSoAndTheFirstTenThousandAreKept() {
        StringBuilder message =
                new StringBuilder(HEADER).append("Content-Type: multipart/mixed; boundary=b\n\n");
        for (int i = 1; i <= 10_001; i++) {
            message.append("--b\n\nNote ").append(i).append(".\n");
        }
        message.append("--b--\n");
        ParseResult result = parse("many-parts.eml", message.toString());
        String text = result.issue().introText();
        assertThat(text).contains("Note 1.").contains("Note 10000.").doesNotContain("Note 10001.");
        assertThat(result.diagnostics())
                .singleElement()
                .satisfies(
                        diagnostic -> {
                            assertThat(diagnostic.severity()).isEqualTo(Severity.ERROR);
                            assertThat(diagnostic.line()).isEqualTo(7 + 10_000 * 3 + 1);
                            assertThat(diagnostic.message())
                                    .isEqualTo(
                                            "the message has more than 10,000 parts, the limit;"
                                                    + " part 10001 and the parts after it are not"
                                                    + " read");
                        });
    }
}
