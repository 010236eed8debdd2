package dev.newsletter.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.newsletter.Issue;
import dev.newsletter.IssueReader;
import dev.newsletter.ParseInput;
import dev.newsletter.ParseResult;
import dev.newsletter.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonRoundTripTest {

    private final JsonRenderer renderer = JsonRenderer.create();
    private final JsonIssueParser parser = JsonIssueParser.create();

    private Issue roundTrip(Issue issue, JsonRenderer with) {
        String json = with.render(issue);
        ParseResult result = parser.parse(ParseInput.of("issue.json", json), null);
        assertThat(result.diagnostics()).isEmpty();
        return result.issue();
    }

    @Test
    void everyBlockAndInlineKindSurvives() {
        Issue issue = ExchangeSamples.everything();
        assertThat(roundTrip(issue, renderer)).isEqualTo(issue);
        assertThat(roundTrip(issue, JsonRenderer.builder().pretty(false).build())).isEqualTo(issue);
    }

    @Test
    void thousandsOfRandomIssuesSurvive() {
        qt().withFixedSeed(2022L)
                .withExamples(2000)
                .forAll(RandomIssues.issue())
                .checkAssert(issue -> assertThat(roundTrip(issue, renderer)).isEqualTo(issue));
    }

    @Test
    void absentValuesAreNullNeverMissing() {
        Issue bare = ExchangeSamples.bare();
        String json = renderer.render(bare);
        assertThat(json)
                .contains(
                        "\"edition\" : null",
                        "\"date\" : null",
                        "\"datePrecision\" : null",
                        "\"published\" : null",
                        "\"format\" : null",
                        "\"source\" : null",
                        "\"name\" : null",
                        "\"tagline\" : null",
                        "\"homepage\" : null");
        assertThat(roundTrip(bare, renderer)).isEqualTo(bare);
    }

    @Test
    void aStatedSummarySurvivesAndADerivedOneStaysDerived() {
        Issue stated = ExchangeSamples.bare().toBuilder().summary("Stated.").build();
        assertThat(roundTrip(stated, renderer).summary()).isEqualTo("Stated.");
        Issue derived = ExchangeSamples.everything();
        assertThat(renderer.render(derived)).contains("\"summaryOrigin\" : \"more\"");
        assertThat(roundTrip(derived, renderer).summary()).isNull();
    }

    @Test
    void registeredSoIssueParseReadsJsonFiles(@TempDir Path folder) throws IOException {
        Issue issue = ExchangeSamples.everything();
        Path file = folder.resolve("issue.json");
        Files.writeString(file, renderer.render(issue), StandardCharsets.UTF_8);
        assertThat(Issue.parse(file)).isEqualTo(issue);
        assertThat(IssueReader.create().parsers()).extracting(p -> p.name()).contains("json");
    }

    @Test
    void brokenJsonIsAnErrorWithLineAndColumn() {
        ParseResult result =
                parser.parse(ParseInput.of("bad.json", "{\n  \"title\": \"x\",\n  oops\n}"), null);
        assertThat(result.hasErrors()).isTrue();
        assertThat(result.diagnostics().get(0).toString())
                .startsWith("bad.json:3:")
                .contains("not valid JSON");
    }

    @Test
    void wrongShapeIsAnErrorNamingThePath() {
        String json =
                "{\"title\": \"x\", \"sections\": [{\"kind\": \"reading\", \"entries\": ["
                        + "{\"title\": \"t\", \"blocks\": [{\"type\": \"marquee\"}]}]}]}";
        ParseResult result = parser.parse(ParseInput.of("shape.json", json), null);
        assertThat(result.diagnostics())
                .singleElement()
                .satisfies(
                        d -> {
                            assertThat(d.severity()).isEqualTo(Severity.ERROR);
                            assertThat(d.message())
                                    .contains("sections[0].entries[0].blocks[0].type")
                                    .contains("unknown block type 'marquee'");
                            assertThat(d.line()).isEqualTo(1);
                        });
    }

    @Test
    void recognisesIssueJsonOnlyByContent() {
        String json = renderer.render(ExchangeSamples.bare());
        assertThat(parser.confidence(ParseInput.of("issue.txt", json))).isGreaterThan(90);
        assertThat(parser.confidence(ParseInput.of("notes.txt", "Hello {world}"))).isZero();
        assertThat(parser.confidence(ParseInput.of("other.json", "{\"a\": 1}"))).isBetween(1, 50);
    }

    @Test
    void writesTheDesignShapeKeysInOrder() {
        String json = renderer.render(ExchangeSamples.everything());
        List<String> keys =
                List.of(
                        "\"title\"",
                        "\"edition\"",
                        "\"date\"",
                        "\"datePrecision\"",
                        "\"published\"",
                        "\"summary\"",
                        "\"wordCount\"",
                        "\"readingMinutes\"",
                        "\"publication\"",
                        "\"format\"",
                        "\"intro\"",
                        "\"sections\"",
                        "\"metadata\"");
        int last = -1;
        for (String key : keys) {
            int at = json.indexOf(key);
            assertThat(at).as(key).isGreaterThan(last);
            last = at;
        }
    }
}
