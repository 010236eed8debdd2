package dev.newsletter.parser.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsletter.ParseResult;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every word of every fixture is somewhere in its parsed issue. */
class FixtureWordsKeptTest {

    static Stream<String> fixtures() {
        return Fixtures.ISSUES.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void keepsEveryWord(String name) {
        ParseResult result = Fixtures.parse(name);
        Map<String, Integer> missing =
                WordInventory.ofSource(Fixtures.text(name))
                        .missingFrom(WordInventory.ofIssue(result.issue()));
        if (System.getProperty("fixture.dump") != null) {
            System.out.println(
                    "=== " + name + "\n" + StructureDump.of(result.issue()) + result.diagnostics());
        }
        assertThat(missing).as(StructureDump.of(result.issue())).isEmpty();
        assertThat(result.hasErrors()).as("%s", result.diagnostics()).isFalse();
    }
}
