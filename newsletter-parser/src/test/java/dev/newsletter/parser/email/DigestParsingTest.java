package dev.newsletter.parser.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsletter.Entry;
import dev.newsletter.Issue;
import dev.newsletter.Section;
import dev.newsletter.content.ListBlock;
import dev.newsletter.content.Quote;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A mailing-list digest: table of contents, message boundaries, footer. */
class DigestParsingTest {

    private static final String FIXTURE = "text/sensor-dev-digest.txt";

    private final Issue issue = Fixtures.parse(FIXTURE);

    @Test
    void digestNameAndList() {
        assertThat(issue.title()).isEqualTo("sensor-dev Digest, Vol 12, Issue 3");
        assertThat(issue.edition()).isEqualTo("Vol 12, Issue 3");
        assertThat(issue.publication().name()).isEqualTo("sensor-dev");
        assertThat(issue.date()).isEqualTo(LocalDate.of(2023, 10, 4));
        assertThat(issue.introText()).startsWith("Send sensor-dev mailing list submissions to");
    }

    @Test
    void tableOfContentsLeadsTheSectionAndEachMessageIsAnEntry() {
        Section topics = issue.sections().get(0);
        assertThat(topics.heading()).isEqualTo("Today's Topics");
        assertThat(topics.blocks()).singleElement().isInstanceOf(ListBlock.class);
        assertThat(topics.entries())
                .extracting(
                        Entry::title,
                        entry -> entry.contributor() == null ? null : entry.contributor().name())
                .containsExactly(
                        tuple("Calibrating cheap humidity sensors", "Ana Lopez"),
                        tuple("Re: Firmware 2.1 release notes", "Kwame Mensah"),
                        tuple("Digest Footer", null));
    }

    @Test
    void messageBodiesKeepTheirOwnMarkupAsContent() {
        List<Entry> entries = issue.sections().get(0).entries();
        assertThat(entries.get(0).plainText()).contains("### Results").contains("Four drifted");
        assertThat(entries.get(1).blocks().get(0)).isInstanceOf(Quote.class);
        assertThat(issue.sections()).hasSize(1);
    }

    @Test
    void messageHeadersAreKeptAsMetadata() {
        List<?> messages = (List<?>) issue.metadata().get("messages").orElseThrow();
        assertThat(messages).hasSize(3);
        Map<?, ?> first = (Map<?, ?>) messages.get(0);
        assertThat(first.get("message-id")).isEqualTo("<ana-001@example.org>");
        assertThat(first.get("date")).isEqualTo("Tue, 3 Oct 2023 14:02:11 +0200");
    }

    @Test
    void nothingIsLost() {
        assertThat(ModelWords.missing(Fixtures.text(FIXTURE), issue)).isEmpty();
    }
}
