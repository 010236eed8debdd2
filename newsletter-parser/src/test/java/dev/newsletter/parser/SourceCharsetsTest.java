package dev.newsletter.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsletter.Diagnostic;
import dev.newsletter.IssueReader;
import dev.newsletter.ParseResult;
import dev.newsletter.Severity;
import dev.newsletter.SourceFormat;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Files saved with a byte-order mark (as Windows editors save UTF-16) read as the same issue as
 * their UTF-8 original, through both parsers; bytes that are not UTF-8 are located.
 */
class SourceCharsetsTest {

    private static final String MARKDOWN =
            """
            ---
            title: "Caf\u00e9 notes \uD83D\uDE80"
            date: 2022-02-17
            ---

            Gr\u00fc\u00dfe from the team: na\u00efve Bayes, \u65e5\u672c\u8a9e and more.

            ## New research!

            - [Zebra stripes](https://example.org/zebra) \u2014 why they are there.
            - [Caf\u00e9 tables](https://example.org/cafe) are rounder than you think.

            ## Recommended reading

            - [A long read](https://example.org/read) about \u00e9l\u00e8ves. - *[Zo\u00eb](https://example.org/zoe)*
            """;

    private static final String TEXT_BODY =
            """
            The Caf\u00e9 Letter
            February 2022

            Gr\u00fc\u00dfe! This month: na\u00efve Bayes \uD83D\uDE80 and zebras.

            Recommended reading

            Why zebras have stripes
            A fine essay on \u00e9l\u00e8ves and stripes.
            https://example.org/zebra
            """;

    private static final String HTML =
            """
            <!DOCTYPE html>
            <html><head><title>Caf\u00e9 letter</title></head>
            <body><h1>The Caf\u00e9 Letter</h1><p>February 2022</p>
            <h2>Recommended reading</h2>
            <p><a href="https://example.org/zebra">Zebra stripes \uD83D\uDE80</a></p>
            <p>Na\u00efve and gr\u00fc\u00dfe.</p></body></html>
            """;

    private static final String MESSAGE =
            """
            From: The Caf\u00e9 Letter <letter@example.org>
            Subject: February 2022
            Date: Thu, 17 Feb 2022 10:00:00 +0000
            MIME-Version: 1.0
            Content-Type: text/plain; charset=utf-8
            Content-Transfer-Encoding: 8bit

            Gr\u00fc\u00dfe! This month: zebras.

            Recommended reading

            Why zebras have stripes
            A fine essay.
            https://example.org/zebra
            """;

    @TempDir Path folder;

    @ParameterizedTest
    @ValueSource(strings = {"UTF-8", "UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE"})
    void markdownWithAByteOrderMarkIsTheSameIssue(String charset) throws IOException {
        assertSameIssueInEveryCharset("2022-02-17.md", MARKDOWN, charset, SourceFormat.MARKDOWN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-8", "UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE"})
    void aPlainTextIssueWithAByteOrderMarkIsTheSameIssue(String charset) throws IOException {
        assertSameIssueInEveryCharset("letter.txt", TEXT_BODY, charset, SourceFormat.TEXT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-8", "UTF-16LE", "UTF-32BE"})
    void anHtmlIssueWithAByteOrderMarkIsTheSameIssue(String charset) throws IOException {
        assertSameIssueInEveryCharset("letter.html", HTML, charset, SourceFormat.HTML);
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-8", "UTF-16LE"})
    void aRawMessageSavedWithAByteOrderMarkIsTheSameMessage(String charset) throws IOException {
        assertSameIssueInEveryCharset("letter.eml", MESSAGE, charset, SourceFormat.EML);
    }

    @Test
    void aMalformedByteInMarkdownIsOneWarningWithItsOffsetLineAndColumn() throws IOException {
        byte[] good = MARKDOWN.getBytes(StandardCharsets.UTF_8);
        // Line 6 is "Grüße from the team: naïve Bayes, ...": the B is its 28th character.
        String before = MARKDOWN.substring(0, MARKDOWN.indexOf("Bayes"));
        int at = before.getBytes(StandardCharsets.UTF_8).length;
        byte[] bad = good.clone();
        bad[at] = (byte) 0xC3; // a lead byte before ASCII: malformed
        bad[at + 10] = (byte) 0xFF; // and another fault later: still one warning
        Path file = Files.write(folder.resolve("2022-02-17.md"), bad);

        ParseResult result = IssueReader.create().read(file);

        List<Diagnostic> decoding =
                result.diagnostics().stream()
                        .filter(d -> d.message().startsWith("not valid UTF-8"))
                        .toList();
        assertThat(decoding)
                .singleElement()
                .hasToString(
                        file
                                + ":6:28: warning: not valid UTF-8 at byte "
                                + at
                                + " (line 6, column 28); malformed bytes read as U+FFFD");
        assertThat(result.issue().title()).isEqualTo("Caf\u00e9 notes \uD83D\uDE80");
    }

    @Test
    void aUtf8TextBodyWithOneDamagedByteStaysUtf8() throws IOException {
        byte[] bytes = TEXT_BODY.getBytes(StandardCharsets.UTF_8);
        int at = TEXT_BODY.indexOf("zebras.");
        int byteAt = TEXT_BODY.substring(0, at).getBytes(StandardCharsets.UTF_8).length;
        bytes[byteAt] = (byte) 0xE9; // a Latin-1 'é' pasted into UTF-8 text
        // Line 4: "Grüße! This month: naïve Bayes 🚀 and zebras.", the z its 38th code point
        Path file = Files.write(folder.resolve("letter.txt"), bytes);

        ParseResult result = IssueReader.create().read(file);

        assertThat(result.issue().toString()).contains("Gr\u00fc\u00dfe").doesNotContain("Ã");
        assertThat(result.diagnostics())
                .filteredOn(d -> d.severity() == Severity.WARNING)
                .extracting(Diagnostic::message)
                .contains(
                        "not valid UTF-8 at byte "
                                + byteAt
                                + " (line 4, column 38); malformed bytes read as U+FFFD");
    }

    private void assertSameIssueInEveryCharset(
            String name, String text, String charsetName, SourceFormat format) throws IOException {
        Path original = Files.createDirectories(folder.resolve("original")).resolve(name);
        Files.writeString(original, text);
        Path encoded = Files.createDirectories(folder.resolve(charsetName)).resolve(name);
        Files.write(encoded, ("\uFEFF" + text).getBytes(Charset.forName(charsetName)));

        ParseResult expected = IssueReader.create().read(original);
        ParseResult actual = IssueReader.create().read(encoded);

        assertThat(expected.issue().source().format()).isEqualTo(format);
        assertThat(expected.issue().toString()).contains("Caf\u00e9").doesNotContain("\uFFFD");
        assertThat(actual.issue().toBuilder().source(expected.issue().source()).build())
                .isEqualTo(expected.issue());
        assertThat(actual.diagnostics())
                .extracting(Diagnostic::message)
                .isEqualTo(expected.diagnostics().stream().map(Diagnostic::message).toList());
    }
}
