package dev.newsletter.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The command's failure paths, as a table: each failing invocation prints exactly one line per
 * problem on standard error (never the same problem twice), nothing on standard output, no Java
 * class name and no stack trace, and exits 1 for a problem of the input or output, 2 for a usage
 * error.
 */
class FailureMessagesTest {

    private static final String URL = "https://harborlab.example.org/";
    private static final Pattern DIAGNOSTIC =
            Pattern.compile("^\\S.*:\\d+:\\d+: (error|warning): .+");
    private static final Pattern ONE_OF_OURS = Pattern.compile("^newsletter( \\w+)?: .+");

    @TempDir static Path folder;

    private static String ok;
    private static String samples;

    @BeforeAll
    static void inputs() throws IOException {
        // a copy: some rows aim builds at the archive itself, which must never touch the repository
        Path copy = Files.createDirectories(folder.resolve("samples"));
        try (Stream<Path> files = Files.list(Path.of("sample-archive"))) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve(file.getFileName().toString()));
            }
        }
        ok = copy.resolve("2024-01.md").toString();
        samples = copy.toString();
        Files.writeString(folder.resolve("broken.json"), "{\n  \"sections\": [\n  oops\n}");
        Files.writeString(folder.resolve("bad.md"), "---\ntitle: [unclosed\n---\n\nHello.\n");
        Files.writeString(
                folder.resolve("odd-date.md"),
                "---\ntitle: Odd\ndate: 2024-13-45\n---\n\nA date that is not one.\n");
        Path twoBroken = Files.createDirectories(folder.resolve("two-broken"));
        Files.writeString(twoBroken.resolve("a.md"), "---\ntitle: [a\n---\n\nA.\n");
        Files.writeString(twoBroken.resolve("b.json"), "{\"sections\": [");
        Files.createDirectories(folder.resolve("empty"));
        Files.writeString(folder.resolve("file.txt"), "a person's file\n");
    }

    static Stream<Arguments> failures() {
        String broken = folder.resolve("broken.json").toString();
        String bad = folder.resolve("bad.md").toString();
        String oddDate = folder.resolve("odd-date.md").toString();
        String twoBroken = folder.resolve("two-broken").toString();
        String empty = folder.resolve("empty").toString();
        String file = folder.resolve("file.txt").toString();
        String site = folder.resolve("site").toString();
        String missing = folder.resolve("missing.md").toString();
        return Stream.of(
                failure(1, 1, "inspect", missing),
                failure(1, 1, "inspect", folder.toString()),
                failure(1, 1, "inspect", broken),
                failure(1, 1, "inspect", bad),
                failure(1, 1, "inspect", "--strict", oddDate),
                failure(1, 1, "convert", bad, "--to", "html"),
                failure(1, 1, "convert", broken, "--to", "json", "-o", site + "/out.json"),
                failure(1, 1, "convert", ok, "--to", "html", "-o", file + "/out.html"),
                failure(1, 1, "convert", ok, "--to", "html", "-o", folder.toString()),
                failure(1, 2, "feed", twoBroken, "--base-url", URL),
                failure(1, 1, "feed", empty, "--base-url", URL),
                failure(1, 1, "feed", missing, "--base-url", URL),
                failure(1, 1, "feed", samples, "--base-url", URL, "-o", file + "/atom.xml"),
                failure(1, 2, "build", twoBroken, "-o", site, "--base-url", URL),
                failure(1, 1, "build", samples, "-o", samples, "--base-url", URL),
                failure(1, 1, "build", samples, "-o", samples + "/site", "--base-url", URL),
                failure(1, 1, "build", samples, "-o", folder.toString(), "--base-url", URL),
                failure(1, 1, "build", samples, "-o", file, "--base-url", URL),
                failure(1, 1, "build", samples, "-o", file + "/site", "--base-url", URL),
                failure(1, 1, "build", missing, "-o", site, "--base-url", URL),
                failure(2, 1, "build", samples, "-o", site, "--base-url", "ht tp://x"),
                failure(2, 1, "build", samples, "-o", site, "--base-url", "example.org"),
                failure(2, 1, "build", samples, "-o", site, "--base-url", "ftp://example.org/"),
                failure(2, 1, "build", samples, "-o", site, "--base-url", URL, "--title", " "),
                failure(2, 1, "build", samples),
                failure(2, 1, "build"),
                failure(2, 1, "convert", ok, "--to", "pdf"),
                failure(2, 1, "convert", ok),
                failure(2, 1, "convert", ok, "--to", "text", "--width", "5"),
                failure(2, 1, "convert", ok, "--to", "text", "--width", "wide"),
                failure(2, 1, "convert", ok, "--to", "html", "--base-url", "ht tp://x"),
                failure(2, 1, "convert", ok, "--to", "html", "--base-url", "images/"),
                failure(2, 1, "feed", samples),
                failure(2, 1, "feed", samples, "--base-url", URL, "--limit", "-1"),
                failure(2, 1, "feed", samples, "--base-url", URL, "--limit", "many"),
                failure(2, 1, "feed", samples, "--base-url", URL, "--format", "xml"),
                failure(2, 1, "feed", samples, "--base-url", URL, "--per", "week"),
                failure(2, 1, "feed", samples, "--base-url", URL, "--title", ""),
                failure(2, 1, "inspect"),
                failure(2, 1, "inspect", "a\u0000b.md"),
                failure(2, 1, "inspect", ok, "--pretty"),
                failure(2, 1, "inspect", ok, "extra.md"),
                failure(2, 1, "biuld"),
                failure(2, 1, "--nope"));
    }

    private static Arguments failure(int status, int lines, String... args) {
        return Arguments.of(status, lines, List.of(args));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("failures")
    void eachProblemIsOneLine(int status, int lines, List<String> args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int actual =
                NewsletterCommand.run(
                        args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        String printed = err.toString();
        assertThat(actual).as(printed).isEqualTo(status);
        assertThat(out.toString()).isEmpty();
        assertThat(printed).hasLineCount(lines).endsWith("\n");
        assertThat(printed)
                .doesNotContain("Exception")
                .doesNotContain("java.")
                .doesNotContain("\tat ");
        for (String line : printed.split("\n")) {
            assertThat(DIAGNOSTIC.matcher(line).matches() || ONE_OF_OURS.matcher(line).matches())
                    .as("a diagnostic or one line of ours: %s", line)
                    .isTrue();
        }
        if (status == 2) {
            assertThat(printed).contains("--help'");
        }
    }
}
