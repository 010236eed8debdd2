package dev.newsletter.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs {@link ModularConsumer} as a user's modular application runs: {@code java --module-path … -m
 * dev.newsletter.consumer/…}, with only the run-time dependencies on the module path. Only the
 * modules the consumer requires, what they require and the service providers they bind are
 * resolved, so a module the library forgets to require fails here with the class it could not load.
 */
class ModulePathTest {

    private static final Path ARCHIVE = resource("archive");

    @Test
    void aModularApplicationReadsEveryFormatAndWritesEveryFeed() throws Exception {
        Run run =
                run(
                        ARCHIVE.resolve("2024-04.md"),
                        ARCHIVE.resolve("2024-05.txt"),
                        ARCHIVE.resolve("2024-06.eml"),
                        ARCHIVE.resolve("2024-q3.mbox"));

        assertThat(run.status()).as(run.output()).isZero();
        assertThat(run.lines())
                .contains("module dev.newsletter.consumer")
                .anyMatch(line -> line.matches("parser .* in dev\\.newsletter\\.parser"))
                .anyMatch(line -> line.matches("parser .* in dev\\.newsletter\\.render"))
                .anyMatch(line -> line.startsWith("read 2024-04.md as markdown: "))
                .anyMatch(line -> line.startsWith("read 2024-05.txt as text: "))
                .anyMatch(line -> line.startsWith("read 2024-06.eml as eml: "))
                .anyMatch(line -> line.startsWith("feed ATOM per ISSUE: "))
                .anyMatch(line -> line.startsWith("feed RSS per ENTRY: "))
                .anyMatch(line -> line.startsWith("feed JSON_FEED per ENTRY: "));
        assertThat(run.lines().stream().filter(line -> line.startsWith("read 2024-q3.mbox as eml")))
                .hasSize(2);
        assertThat(run.lines().stream().filter(line -> line.startsWith("feed "))).hasSize(6);
    }

    private record Run(int status, String output) {
        List<String> lines() {
            return output.lines().toList();
        }
    }

    private static Run run(Path... files) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("--module-path");
        command.add(modulePath());
        command.add("--module");
        command.add("dev.newsletter.consumer/" + ModularConsumer.class.getName());
        for (Path file : files) {
            command.add(file.toString());
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        return new Run(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }

    /** This module's classes and the run-time dependencies Maven listed for the build. */
    private static String modulePath() throws IOException {
        String dependencies =
                Files.readString(Path.of(System.getProperty("consumer.modulePath"))).strip();
        return System.getProperty("consumer.classes") + File.pathSeparator + dependencies;
    }

    private static Path resource(String name) {
        try {
            return Path.of(ModulePathTest.class.getResource("/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
