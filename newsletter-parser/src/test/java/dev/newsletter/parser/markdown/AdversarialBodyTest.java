package dev.newsletter.parser.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.newsletter.ParseResult;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Bodies built to break a parser end in a result, never in an exception or a hang. */
class AdversarialBodyTest {

    private static final Duration HANG = Duration.ofSeconds(60);

    private static ParseResult parse(String markdown) {
        return assertTimeoutPreemptively(
                HANG, () -> Fixtures.parseText("adversarial.md", markdown));
    }

    @Test
    void deeplyNestedQuotes() {
        ParseResult result = parse(">".repeat(50_000) + " deep\n");

        assertThat(result.issue()).isNotNull();
    }

    @Test
    void deeplyNestedLists() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {
            text.append("  ".repeat(i)).append("- item ").append(i).append('\n');
        }
        ParseResult result = parse(text.toString());

        assertThat(result.issue()).isNotNull();
    }

    @Test
    void deeplyNestedEmphasisAndLinks() {
        String text =
                "*_".repeat(20_000)
                        + "x"
                        + "_*".repeat(20_000)
                        + "\n\n"
                        + "[".repeat(20_000)
                        + "a"
                        + "](u)".repeat(20_000)
                        + "\n";
        ParseResult result = parse(text);

        assertThat(result.issue()).isNotNull();
    }

    @Test
    void manyParagraphsBeforeTheFirstEntry() {
        String text =
                "## News\n\n"
                        + "Plain paragraph.\n\n".repeat(50_000)
                        + "[Entry](https://example.com)\n";
        ParseResult result = parse(text);

        assertThat(result.issue().sections().get(0).blocks()).hasSize(50_000);
        assertThat(result.issue().sections().get(0).entries()).hasSize(1);
    }

    @Test
    void manyLiquidOpenersOnOneLine() {
        ParseResult result = parse("{{ {% ".repeat(50_000) + "\n");

        assertThat(result.issue().introText()).contains("{{");
    }
}
