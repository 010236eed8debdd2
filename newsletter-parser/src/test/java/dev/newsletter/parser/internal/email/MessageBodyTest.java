package dev.newsletter.parser.internal.email;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsletter.Section;
import org.junit.jupiter.api.Test;

/** {@link MessageBody}: after a digest's first headers, everything is a message's text. */
class MessageBodyTest {

    @Test
    void aLineInCapitalsInsideAMessageIsTheWritersText() {
        RuleTrace trace = RuleTrace.text(DigestMessageTest.DIGEST);

        assertThat(trace.ruleOf("GLAZE NOTES")).isEqualTo(MessageBody.class);
        assertThat(trace.ruleOf("Mine crawled at the rim.")).isEqualTo(MessageBody.class);
        assertThat(trace.body().sections()).hasSize(1);
        assertThat(RuleTrace.plain(trace.body().sections().get(0).entries().get(0).blocks()))
                .containsExactly(
                        "Has anyone fired the new cone 6 glazes yet?",
                        "GLAZE NOTES",
                        "Mine crawled at the rim.");
    }

    @Test
    void theSameLineOutsideADigestOpensASection() {
        RuleTrace trace =
                RuleTrace.text(
                        """
                        Has anyone fired the new cone 6 glazes yet?

                        GLAZE NOTES

                        Mine crawled at the rim.
                        """);

        assertThat(trace.ruleOf("GLAZE NOTES")).isEqualTo(SectionHeadingLine.class);
        assertThat(trace.body().sections())
                .extracting(Section::heading)
                .containsExactly("GLAZE NOTES");
    }
}
