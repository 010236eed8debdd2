package dev.newsletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IssueReaderTest {

    @TempDir Path folder;

    @Test
    void findsInstalledParsersWithServiceLoader() {
        assertThat(IssueReader.create().parsers())
                .extracting(IssueParser::name)
                .containsExactly("fallback", "header-line"); // sorted by name
    }

    @Test
    void picksTheParserThatRecognisesTheContentBest() {
        assertThat(Issue.parse("title: Hello\n\nbody").title()).isEqualTo("Hello");
        assertThat(Issue.parse("Hello\n\nbody").title()).isEqualTo("fallback");
    }

    @Test
    void recognisesByContentNotByExtension() throws IOException {
        Path txt = Files.writeString(folder.resolve("issue.txt"), "title: In a txt file\n");
        assertThat(Issue.parse(txt).title()).isEqualTo("In a txt file");
        assertThat(Issue.parse(txt).source().location()).isEqualTo(txt.toString());
    }

    @Test
    void strictModeTurnsWarningsIntoAParseExceptionNamingFileLineAndColumn() throws IOException {
        Path file = Files.writeString(folder.resolve("bad.md"), "title: X\nno blank line\n");
        assertThat(Issue.parse(file).title()).isEqualTo("X"); // lenient by default
        ParseOptions strict = ParseOptions.builder().strict(true).build();
        assertThatThrownBy(() -> Issue.parse(file, strict))
                .isInstanceOf(ParseException.class)
                .hasMessage(file + ":2:1: expected a blank line after the title")
                .satisfies(e -> assertThat(((ParseException) e).diagnostics()).hasSize(1));
        ParseResult result = IssueReader.create().read(file);
        assertThat(result.hasWarnings()).isTrue();
        assertThat(result.hasErrors()).isFalse();
        assertThat(result.diagnostics().get(0).toString())
                .isEqualTo(file + ":2:1: warning: expected a blank line after the title");
    }

    @Test
    void unrecognisedInputIsAParseExceptionListingTheParsers() {
        assertThatThrownBy(() -> Issue.parse("   \n"))
                .isInstanceOf(ParseException.class)
                .hasMessage(
                        "<string>:1:1: not a newsletter this library can read"
                                + " (tried the parsers [fallback, header-line])");
    }

    @Test
    void withoutAnyParserTheErrorNamesTheArtifactToAdd() {
        IssueReader none = IssueReader.builder().parsers(List.of()).build();
        assertThatThrownBy(() -> none.parse("title: x"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("add the dependency dev.newsletter:newsletter-parser");
    }

    @Test
    void aProgramWithOnlyTheModelOnItsPathGetsTheClearError() throws Exception {
        Path modelClasses =
                Path.of(Issue.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path issue = Files.writeString(folder.resolve("issue.md"), "---\ntitle: x\n---\n");
        Path program =
                Files.writeString(
                        folder.resolve("Probe.java"),
                        """
        public class Probe {
          public static void main(String[] args) throws Exception {
            try {
              dev.newsletter.Issue.parse(java.nio.file.Path.of(args[0]));
            } catch (IllegalStateException e) {
              System.out.println("ERROR " + e.getMessage());
            }
          }
        }
        """);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process =
                new ProcessBuilder(
                                java.toString(),
                                "-cp",
                                modelClasses.toString(),
                                program.toString(),
                                issue.toString())
                        .redirectErrorStream(true)
                        .start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(output)
                .startsWith("ERROR No newsletter parser is installed")
                .contains("dev.newsletter:newsletter-parser")
                .doesNotContain("Exception");
    }

    @Test
    void parseAllReadsAFolderInDateOrderSkippingHiddenAndUnrecognisedFiles() throws IOException {
        Files.writeString(folder.resolve("b.md"), "title: March\ndate: 2022-03-01\n");
        Files.writeString(folder.resolve("a.md"), "title: April\ndate: 2022-04-01\n");
        Files.createDirectories(folder.resolve("2021"));
        Files.writeString(folder.resolve("2021/c.txt"), "title: December\ndate: 2021-12-01\n");
        Files.writeString(folder.resolve("undated.md"), "title: Undated\n");
        Files.writeString(folder.resolve(".draft.md"), "title: Draft\ndate: 2020-01-01\n");
        Files.write(folder.resolve("empty.png"), new byte[0]);
        List<Issue> issues = Issue.parseAll(folder);
        assertThat(issues)
                .extracting(Issue::title)
                .containsExactly("December", "March", "April", "Undated");
        assertThat(issues.get(0).date()).isEqualTo(LocalDate.of(2021, 12, 1));
    }

    @Test
    void parseAllSplitsAMultiIssueFile() throws IOException {
        Path file =
                Files.writeString(
                        folder.resolve("all.txt"),
                        "title: Two\ndate: 2022-02-01\n===\ntitle: One\ndate: 2022-01-01\n");
        List<Issue> issues = Issue.parseAll(file);
        assertThat(issues).extracting(Issue::title).containsExactly("One", "Two");
        assertThat(issues)
                .extracting(issue -> issue.source().location())
                .containsExactly(file + "#2", file + "#1");
    }

    @Test
    void inputsOverTheSizeLimitAreRefusedBeforeParsing() throws IOException {
        Path file = Files.writeString(folder.resolve("big.md"), "title: " + "x".repeat(200));
        ParseOptions small = ParseOptions.builder().maxInputBytes(100).build();
        assertThatThrownBy(() -> Issue.parse(file, small))
                .isInstanceOf(ParseException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("over the size limit of 100 bytes");
    }

    @Test
    void aMissingFileIsAnIoException() {
        assertThatThrownBy(() -> Issue.parse(folder.resolve("missing.md")))
                .isInstanceOf(IOException.class);
    }
}
