package dev.newsletter.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsletter.Issue;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewsletterCommandTest {

    @TempDir Path folder;

    private record Run(int status, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = NewsletterCommand.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void versionAndHelp() {
        Run version = run("--version");
        assertThat(version.status()).isZero();
        assertThat(version.out()).startsWith("newsletter ").contains("Java ");
        Run help = run("--help");
        assertThat(help.status()).isZero();
        assertThat(help.out()).contains("Usage: newsletter").contains("inspect");
    }

    @Test
    void inspectPrintsTheIssueAsJson() throws IOException {
        Issue issue = Issue.builder().title("Hello").build();
        Path file = folder.resolve("hello.json");
        Files.writeString(file, dev.newsletter.render.JsonRenderer.create().render(issue));
        Run run = run("inspect", file.toString());
        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(Issue.parse(run.out())).isEqualTo(issue);
    }

    @Test
    void aMissingFileIsOneClearLineAndStatusOne() {
        Path missing = folder.resolve("missing.md");
        Run run = run("inspect", missing.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("newsletter: " + missing + ": no such file\n");
    }

    @Test
    void aFolderIsRefusedClearly() {
        Run run = run("inspect", folder.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err())
                .isEqualTo("newsletter: " + folder + " is a folder; inspect reads one file\n");
    }

    @Test
    void brokenInputNamesFileLineAndColumn() throws IOException {
        Path file =
                Files.writeString(folder.resolve("broken.json"), "{\n  \"sections\": [\n  oops\n}");
        Run run = run("inspect", file.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err())
                .contains(file + ":3:")
                .contains("not valid JSON")
                .doesNotContain("\tat ");
    }

    @Test
    void aMissingArgumentIsAUsageError() {
        Run run = run("inspect");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("Missing required parameter: 'FILE'");
    }
}
