package dev.newsletter.parser.email;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsletter.Issue;
import dev.newsletter.IssueParser;
import dev.newsletter.IssueReader;
import dev.newsletter.ParseInput;
import dev.newsletter.parser.EmailIssueParser;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Recognition by content, and registration with the service loader. */
class FormatRecognitionTest {

    private static int confidence(String name, String text) {
        return Fixtures.PARSER.confidence(ParseInput.of(name, text));
    }

    @Test
    void rawMessagesMboxAndHtmlAreRecognisedWithHighConfidence() {
        assertThat(Fixtures.PARSER.confidence(Fixtures.input("mbox/2023-q4.mbox"))).isEqualTo(95);
        assertThat(Fixtures.PARSER.confidence(Fixtures.input("eml/2023-06-base64-latin1.eml")))
                .isEqualTo(90);
        assertThat(Fixtures.PARSER.confidence(Fixtures.input("html/2023-04-signal-notes.html")))
                .isEqualTo(90);
        assertThat(confidence("fragment.txt", "<div><p>Hello <a href=\"x\">there</a></p></div>"))
                .isEqualTo(75);
    }

    @Test
    void plainTextIsModerateAndMarkdownIsLeftToTheMarkdownParser() {
        assertThat(Fixtures.PARSER.confidence(Fixtures.input("text/2023-04-signal-notes.txt")))
                .isEqualTo(60);
        assertThat(Fixtures.PARSER.confidence(Fixtures.input("text/sensor-dev-digest.txt")))
                .isEqualTo(70);
        assertThat(confidence("note.txt", "Just a few words of plain text.\n")).isEqualTo(30);
        assertThat(confidence("issue.txt", "---\ntitle: June\n---\n\n# June 2021\n"))
                .isLessThan(10);
        assertThat(confidence("empty.txt", "")).isZero();
        assertThat(confidence("index.xml", "<?xml version=\"1.0\"?>\n<rss version=\"2.0\">"))
                .isZero();
    }

    @Test
    void anEmlWhoseFirstHeaderIsFromIsNotAnMbox() {
        Issue issue = Issue.parse("From: Ana <ana@example.org>\nSubject: Hello\n\nHi.\n");
        assertThat(issue.title()).isEqualTo("Hello");
        assertThat(issue.source().format().id()).isEqualTo("eml");
    }

    @Test
    void registeredForTheServiceLoader() throws Exception {
        try (InputStream services =
                EmailIssueParser.class.getResourceAsStream(
                        "/META-INF/services/dev.newsletter.IssueParser")) {
            assertThat(services).isNotNull();
            assertThat(new String(services.readAllBytes(), StandardCharsets.UTF_8))
                    .contains(EmailIssueParser.class.getName());
        }
        assertThat(IssueReader.create().parsers()).extracting(IssueParser::name).contains("email");
        assertThat(EmailIssueParser.create().name()).isEqualTo("email");
    }
}
