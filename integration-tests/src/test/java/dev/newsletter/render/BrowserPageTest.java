package dev.newsletter.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.newsletter.Issue;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Opens standalone pages in headless Chromium, as a reader would, and requires that the browser
 * logs no console message (no script error, no blocked inline style) and draws the page. Skips
 * where Chromium is not installed (Debian: {@code apt-get install -y chromium}); the README's
 * developer section gives the same command by hand.
 */
class BrowserPageTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path SEED =
            Path.of("..", "..", "shared", "corpus", "seeds", "000_48259c53c273ff4d.txt");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"monthly", "hostile", "seed 000"})
    void standalonePageRendersWithoutConsoleMessages(String name, @TempDir Path dir)
            throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed at " + CHROMIUM);
        Issue issue;
        if (name.equals("seed 000")) {
            assumeTrue(Files.isRegularFile(SEED), "corpus not present at " + SEED.toAbsolutePath());
            issue = Issue.parse(SEED);
        } else {
            issue = SampleIssues.all().get(name);
        }
        Path page = dir.resolve("page.html");
        Files.writeString(
                page,
                HtmlRenderer.builder()
                        .standalone(true)
                        .baseUri(URI.create("https://notes.example.org/"))
                        .build()
                        .render(issue),
                StandardCharsets.UTF_8);
        Path screenshot = dir.resolve("page.png");
        Path log = dir.resolve("chromium.log");

        List<String> command =
                new ArrayList<>(
                        List.of(
                                CHROMIUM.toString(),
                                "--headless",
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-quic",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--no-first-run",
                                "--user-data-dir=" + dir.resolve("profile"),
                                "--enable-logging=stderr",
                                "--v=0",
                                "--screenshot=" + screenshot,
                                "--window-size=1280,1600",
                                page.toUri().toString()));
        Process chromium =
                new ProcessBuilder(command)
                        .redirectErrorStream(true)
                        .redirectOutput(log.toFile())
                        .start();
        boolean finished = chromium.waitFor(90, TimeUnit.SECONDS);
        if (!finished) {
            chromium.destroyForcibly();
        }

        assertThat(finished).as("Chromium finished within 90 s").isTrue();
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(output.lines().filter(line -> line.contains("CONSOLE")))
                .as("console messages of %s", name)
                .isEmpty();
        assertThat(screenshot).exists();
        assertThat(Files.size(screenshot)).isGreaterThan(10_000);
    }
}
