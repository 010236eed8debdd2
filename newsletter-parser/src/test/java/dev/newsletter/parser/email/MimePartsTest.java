package dev.newsletter.parser.email;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsletter.Diagnostic;
import dev.newsletter.Entry;
import dev.newsletter.Issue;
import dev.newsletter.ParseInput;
import dev.newsletter.ParseOptions;
import dev.newsletter.ParseResult;
import dev.newsletter.SectionKind;
import dev.newsletter.Severity;
import dev.newsletter.render.JsonRenderer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which MIME parts of a raw message are read: every text part, one alternative of each alternative,
 * attached messages; what is not read is named; damaged encodings are decoded around the damage
 * with a warning naming the part.
 */
class MimePartsTest {

    static final String HEADER =
            """
            From: Signal Lab <notes@signal.example.org>
            Subject: Notes
            Date: Tue, 3 Oct 2023 07:30:00 +0100
            MIME-Version: 1.0
            """;

    static ParseResult parse(String name, String message) {
        return Fixtures.PARSER.parse(
                ParseInput.of(name, message.getBytes(StandardCharsets.UTF_8)),
                ParseOptions.defaults());
    }

    /** Diagnostics speak words: no Java class names, no stack traces. */
    static void assertPlainWords(List<Diagnostic> diagnostics) {
        assertThat(diagnostics)
                .extracting(Diagnostic::message)
                .allSatisfy(
                        message ->
                                assertThat(message)
                                        .doesNotContain("Exception", "org.apache", "java.", "\n"));
    }

    @Test
    void aThousandTextPartsAreAllKeptInOrder() {
        StringBuilder message =
                new StringBuilder(HEADER)
                        .append("Content-Type: multipart/mixed; boundary=\"digest-part\"\n\n");
        int words = words("Notes");
        for (int i = 1; i <= 1000; i++) {
            String text =
                    "Part "
                            + i
                            + " of the digest brings news from corner "
                            + i
                            + "\nof the archive, in a sentence of two lines.\n";
            words += words(text);
            message.append("--digest-part\nContent-Type: text/plain; charset=utf-8\n\n")
                    .append(text)
                    .append('\n');
        }
        message.append("--digest-part--\n");
        ParseResult result = parse("digest.eml", message.toString());
        assertThat(result.diagnostics()).isEmpty();
        Issue issue = result.issue();
        assertThat(issue.wordCount()).isEqualTo(words);
        assertThat(ModelWords.missing(message.toString().replaceAll("(?m)^.*: .*$", ""), issue))
                .isEmpty();
        String text = issue.introText();
        assertThat(text.indexOf("Part 1 of")).isGreaterThanOrEqualTo(0);
        assertThat(text.indexOf("Part 999 of")).isLessThan(text.indexOf("Part 1000 of"));
    }

    @Test
    void mixedPartsAreAllReadAndOneAlternativeOfEach() {
        ParseResult result = Fixtures.read("eml/2023-10-mixed-parts.eml");
        Issue issue = result.issue();
        assertThat(issue.introText())
                .contains("Welcome to the October notes, written between two conferences.")
                .doesNotContain("HTML dress"); // the alternative not chosen
        assertThat(issue.entries(SectionKind.RESEARCH))
                .extracting(Entry::title)
                .containsExactly("Counting Queues Twice");
        String all = allText(issue);
        assertThat(all)
                .contains("the Harbour Lab lends us its cluster every autumn") // inline HTML part
                .contains("one of us will answer within the week"); // closing text part
        assertThat(all.indexOf("Counting Queues Twice"))
                .isLessThan(all.indexOf("Harbour Lab lends us"));
        assertThat(all.indexOf("Harbour Lab lends us"))
                .isLessThan(all.indexOf("answer within the week"));
        assertThat(issue.metadata().getString("bodyFormat")).contains("mixed");
    }

    @Test
    void attachmentsAndPicturesAreNamedInOneInfoButNotThePicturesTheHtmlShows() {
        ParseResult result = Fixtures.read("eml/2023-10-mixed-parts.eml");
        assertThat(result.diagnostics())
                .singleElement()
                .satisfies(
                        diagnostic -> {
                            assertThat(diagnostic.severity()).isEqualTo(Severity.INFO);
                            assertThat(diagnostic.line()).isEqualTo(54);
                            assertThat(diagnostic.message())
                                    .isEqualTo(
                                            "2 parts not read as content: part 3 'team.jpg'"
                                                    + " (image/jpeg, 790 bytes), part 4"
                                                    + " 'programme.pdf' (attachment,"
                                                    + " application/pdf, 1 KiB)");
                        });
    }

    @Test
    void anAttachedMessageIsReadAsAMessageOfTheIssue() {
        ParseResult result = Fixtures.read("eml/2023-11-forwarded.eml");
        assertThat(result.diagnostics()).isEmpty();
        Issue issue = result.issue();
        assertThat(issue.title()).isEqualTo("Fwd: Harbour Lab bulletin");
        assertThat(issue.introText()).contains("Worth a read before Friday's meeting");
        assertThat(issue.entries())
                .singleElement()
                .satisfies(
                        entry -> {
                            assertThat(entry.title()).isEqualTo("Harbour Lab bulletin, November");
                            assertThat(entry.contributor().name()).isEqualTo("Harbour Lab");
                            assertThat(entry.plainText())
                                    .contains("with twice the memory it had in the summer")
                                    .contains("new jobs wait until those are done");
                        });
    }

    @Test
    void aMimeDigestGivesOneEntryPerMessage() {
        String message =
                """
                From: sensor-dev-request@lists.example.org
                Subject: sensor-dev Digest, Vol 4, Issue 7
                Date: Mon, 6 Nov 2023 12:00:00 +0000
                MIME-Version: 1.0
                Content-Type: multipart/digest; boundary="digest-4-7"

                --digest-4-7

                From: Priya Nair <priya@example.org>
                Subject: Calibrating the humidity probe
                Date: Sun, 5 Nov 2023 09:14:00 +0000

                The probe reads four percent high until it has been on for ten minutes.

                --digest-4-7

                From: Tom Berg <tom@example.org>
                Subject: Re: Calibrating the humidity probe
                Date: Sun, 5 Nov 2023 11:02:00 +0000
                Content-Type: text/plain; charset=utf-8
                Content-Transfer-Encoding: quoted-printable

                Same here; a warm-up delay in the firmware fixed it for us =E2=80=93 see =
                the patch on the list.

                --digest-4-7--
                """;
        ParseResult result = parse("digest.eml", message);
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.issue().entries())
                .extracting(entry -> entry.title(), entry -> entry.contributor().name())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "Calibrating the humidity probe", "Priya Nair"),
                        org.assertj.core.groups.Tuple.tuple(
                                "Re: Calibrating the humidity probe", "Tom Berg"));
        assertThat(result.issue().entries().get(1).plainText())
                .contains("a warm-up delay in the firmware fixed it for us – see the patch");
    }

    @Test
    void theBodyOfASinglePartMessageIsReadEvenMarkedAsAnAttachment() {
        String message =
                HEADER
                        + """
                        Content-Type: text/plain; charset=utf-8
                        Content-Disposition: attachment; filename="notes.txt"

                        Some mailers mark the only body of a message as an attachment.
                        """;
        ParseResult result = parse("attached-body.eml", message);
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.issue().introText())
                .isEqualTo("Some mailers mark the only body of a message as an attachment.");
    }

    @Test
    void alternativesOfHtmlOnlyMailGiveTheHtmlAndItsPicturesStaySilent() {
        String message =
                HEADER
                        + """
                        Content-Type: multipart/alternative; boundary="alt"

                        --alt
                        Content-Type: multipart/related; boundary="rel"

                        --rel
                        Content-Type: text/html; charset=utf-8

                        <html><body><p>Only the HTML tells of the harbour this month.</p>
                        <img src="cid:map" alt="A map of the harbour"></body></html>
                        --rel
                        Content-Type: image/gif
                        Content-ID: <map>
                        Content-Transfer-Encoding: base64

                        R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7
                        --rel--
                        --alt
                        Content-Type: text/calendar; charset=utf-8

                        BEGIN:VCALENDAR
                        END:VCALENDAR
                        --alt--
                        """;
        ParseResult result = parse("html-only.eml", message);
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.issue().introText())
                .contains("Only the HTML tells of the harbour this month.");
        assertThat(result.issue().metadata().getString("bodyFormat")).contains("html");
    }

    @Test
    void diagnosticsOfALaterPartPointAtTheirLineEvenAfterAnEncodedPart() {
        String encoded =
                Base64.getMimeEncoder()
                        .encodeToString(
                                ("A first part sent in base64, long enough to take two lines of"
                                                + " the encoding and a little more.\n")
                                        .getBytes(StandardCharsets.UTF_8))
                        .replace("\r\n", "\n");
        String message =
                HEADER
                        + "Content-Type: multipart/mixed; boundary=\"b\"\n"
                        + "\n"
                        + "--b\n"
                        + "Content-Type: text/plain; charset=utf-8\n"
                        + "Content-Transfer-Encoding: base64\n"
                        + "\n"
                        + encoded
                        + "\n"
                        + "--b\n"
                        + "Content-Type: text/plain; charset=utf-8\n"
                        + "\n"
                        + "July 2021\n"
                        + "\n"
                        + "Welcome to the June edition of the notes.\n"
                        + "--b--\n";
        int line =
                (int) message.lines().takeWhile(l -> !l.startsWith("Welcome to the June")).count()
                        + 1;
        ParseResult result = parse("parts.eml", message);
        assertThat(result.diagnostics())
                .singleElement()
                .satisfies(
                        diagnostic -> {
                            assertThat(diagnostic.line()).isEqualTo(line);
                            assertThat(diagnostic.message()).contains("June");
                        });
        assertThat(result.issue().introText()).contains("A first part sent in base64");
    }

    @Test
    void aMultipartWhoseBoundaryNeverComesIsReadAsText() {
        String message =
                HEADER
                        + """
                        Content-Type: multipart/mixed; boundary="never-written"

                        The sender forgot the parts: this text stands where they should be,
                        and it is kept.
                        """;
        ParseResult result = parse("partless.eml", message);
        assertThat(result.issue().introText()).contains("The sender forgot the parts");
        assertThat(result.diagnostics())
                .singleElement()
                .satisfies(
                        diagnostic -> {
                            assertThat(diagnostic.severity()).isEqualTo(Severity.WARNING);
                            assertThat(diagnostic.line()).isEqualTo(7);
                            assertThat(diagnostic.message())
                                    .contains("has no part")
                                    .contains("read as plain text");
                        });
    }

    /** Everything the issue holds, in order, as its JSON. */
    static String allText(Issue issue) {
        return JsonRenderer.create().render(issue);
    }

    /** Words as the model counts them: runs of non-space holding a letter or digit. */
    static int words(String text) {
        int count = 0;
        for (String run : text.split("\\s+")) {
            count += run.codePoints().anyMatch(Character::isLetterOrDigit) ? 1 : 0;
        }
        return count;
    }
}
