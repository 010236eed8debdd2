package dev.newsletter.parser.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.newsletter.Issue;
import dev.newsletter.ParseInput;
import dev.newsletter.ParseOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Parsed issues against golden JSON files under {@code src/test/resources/email/golden/}, read and
 * checked by a person. Write missing or changed files with {@code -Dgolden.update=true}, then read
 * the diff. Golden files of corpus issues hold the structure only (no prose of the corpus).
 */
class GoldenJsonTest {

    private static final Path GOLDEN = Path.of("src", "test", "resources", "email", "golden");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "text/2023-04-signal-notes.txt, text-2023-04-signal-notes.json",
        "html/2023-04-signal-notes.html, html-2023-04-signal-notes.json",
        "eml/2023-05-quoted-printable.eml, eml-2023-05-quoted-printable.json",
        "eml/2023-09-html-only.eml, eml-2023-09-html-only.json",
        "text/sensor-dev-digest.txt, text-sensor-dev-digest.json",
        "text/weekly-wrench-42.txt, text-weekly-wrench-42.json"
    })
    void fixtureMatchesItsGoldenJson(String fixture, String golden) throws IOException {
        Issue issue = Fixtures.parse(fixture);
        compare(golden, GoldenJson.of(issue, true));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        SeedAcceptanceTest.FEBRUARY + ", seed-002-february-2022.json",
        SeedAcceptanceTest.NOVEMBER + ", seed-003-november-2022.json",
        "fastforward/email-html/2022-02.html, fastforward-email-html-2022-02.json",
        "git-whats-cooking/eml/2007-11-08_whats-cooking-in-git.git-topics.eml,"
                + " git-whats-cooking-2007-11-08.json",
        "bitcoin-dev-digest/mailman-digest-text/bitcoin-dev_Digest_Vol_101_Issue_11.md,"
                + " bitcoin-dev-digest-vol-101-issue-11.json"
    })
    void corpusIssueMatchesItsGoldenStructure(String file, String golden) throws IOException {
        Path path = Fixtures.corpus(file);
        Issue issue = Fixtures.PARSER.parse(ParseInput.of(path), ParseOptions.defaults()).issue();
        compare(golden, GoldenJson.of(issue, false));
    }

    private static void compare(String golden, String actual) throws IOException {
        Path file = GOLDEN.resolve(golden);
        if (UPDATE) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assumeTrue(Files.exists(file), "no golden file yet: run with -Dgolden.update=true");
        assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }
}
