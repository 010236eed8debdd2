package dev.newsletter.parser.email;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsletter.Issue;
import dev.newsletter.ParseInput;
import dev.newsletter.ParseOptions;
import dev.newsletter.parser.GoldenOutline;
import dev.newsletter.render.JsonRenderer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each parsed issue's JSON (newsletter-render's {@link JsonRenderer}, the project's exchange shape)
 * equals its golden file under {@code src/test/resources/email/golden/}, read and checked by hand
 * against the source: the fixtures of this package in full; the plain-text seeds 002 and 003 and
 * one corpus issue of each email archive as a {@link GoldenOutline} (their text is not ours to
 * copy). Run with {@code -Dgolden.update=true} to rewrite them after a deliberate change, then read
 * the diff. Corpus cases skip when the corpus is absent.
 */
class GoldenJsonTest {

    private static final Path GOLDEN = Path.of("src", "test", "resources", "email", "golden");

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "text/2023-04-signal-notes.txt",
        "html/2023-04-signal-notes.html",
        "html/garden-club-spring.html",
        "eml/2023-05-quoted-printable.eml",
        "eml/2023-06-base64-latin1.eml",
        "eml/2023-09-html-only.eml",
        "text/sensor-dev-digest.txt",
        "text/weekly-wrench-42.txt"
    })
    void fixtureMatchesItsGoldenJson(String fixture) throws IOException {
        Issue issue = Fixtures.parse(fixture);
        assertGolden(issue, GOLDEN.resolve(fixture.replace('/', '_') + ".json"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        SeedAcceptanceTest.FEBRUARY,
        SeedAcceptanceTest.NOVEMBER,
        "fastforward/email-html/2022-02.html",
        "fastforward/email-html/2022-11.html",
        "gitrevnews/eml/2021-12-31_announce-git-rev-news-edition-82.eml",
        "git-whats-cooking/eml/2007-11-08_whats-cooking-in-git.git-topics.eml",
        "bitcoin-dev-digest/mailman-digest-text/bitcoin-dev_Digest_Vol_99_Issue_20.md"
    })
    void corpusIssueMatchesItsGoldenJson(String path) throws IOException {
        Path file = Fixtures.corpus(path);
        // Named by its path under the corpus, so the JSON does not depend on where it lies.
        ParseInput input = ParseInput.of(path, Files.readAllBytes(file));
        Issue issue = Fixtures.PARSER.parse(input, ParseOptions.defaults()).issue();
        assertGolden(
                GoldenOutline.of(issue),
                GOLDEN.resolve("corpus").resolve(path.replace('/', '_') + ".outline.json"));
    }

    private static void assertGolden(Issue issue, Path golden) throws IOException {
        assertGolden(JsonRenderer.create().render(issue) + "\n", golden);
    }

    private static void assertGolden(String json, Path golden) throws IOException {
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, json, StandardCharsets.UTF_8);
        }
        assertThat(golden).as("golden file; run with -Dgolden.update=true to create it").exists();
        assertThat(json).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
