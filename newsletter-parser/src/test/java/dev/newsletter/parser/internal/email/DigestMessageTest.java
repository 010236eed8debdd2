package dev.newsletter.parser.internal.email;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsletter.Entry;
import dev.newsletter.Person;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link DigestMessage}: a digest message's headers open an entry credited to its sender. */
class DigestMessageTest {

    /** A small mailing-list digest: its contents, then two messages. */
    static final String DIGEST =
            """
            Send kiln-l mailing list submissions to
            \tkiln-l@lists.example.org

            Today's Topics:

               1. Cone 6 glazes (Ana Ruiz)
               2. Re: Kiln wash (Bo Lindqvist)

            ----------------------------------------------------------------------

            Message: 1
            Date: Tue, 4 Mar 2025 09:12:00 +0000
            From: Ana Ruiz <ana@example.org>
            To: kiln-l@lists.example.org
            Subject: [kiln-l] Cone 6 glazes

            Has anyone fired the new cone 6 glazes yet?

            GLAZE NOTES

            Mine crawled at the rim.

            ------------------------------

            Message: 2
            Date: Wed, 5 Mar 2025 18:40:00 +0000
            From: Bo Lindqvist <bo@example.net>
            To: kiln-l@lists.example.org
            Subject: Re: [kiln-l] Kiln wash

            I paint two thin coats, never one thick one.

            End of kiln-l Digest, Vol 12, Issue 3
            *************************************
            """;

    @Test
    void eachMessageIsAnEntryTitledBySubjectWithoutListTagAndCreditedToItsSender() {
        RuleTrace trace = RuleTrace.text(DIGEST);

        assertThat(trace.ruleOfUnitStarting("Message: 1")).isEqualTo(DigestMessage.class);
        assertThat(trace.ruleOfUnitStarting("Message: 2")).isEqualTo(DigestMessage.class);
        List<Entry> entries = trace.body().sections().get(0).entries();
        assertThat(entries)
                .extracting(Entry::title)
                .containsExactly("Cone 6 glazes", "Re: Kiln wash");
        assertThat(entries)
                .extracting(Entry::contributor)
                .containsExactly(Person.of("Ana Ruiz"), Person.of("Bo Lindqvist"));
    }

    @Test
    void theHeadersAreKeptAndTheLatestMessageDatesTheDigest() {
        AssembledBody body = RuleTrace.text(DIGEST).body();

        assertThat(body.latestMessage()).isEqualTo(OffsetDateTime.parse("2025-03-05T18:40:00Z"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> messages =
                (List<Map<String, Object>>) body.metadata().get("messages");
        assertThat(messages).hasSize(2);
        assertThat(messages.get(0))
                .containsEntry("subject", "[kiln-l] Cone 6 glazes")
                .containsEntry("from", "Ana Ruiz <ana@example.org>");
    }
}
