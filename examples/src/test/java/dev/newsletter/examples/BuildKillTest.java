package dev.newsletter.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills real builds with SIGKILL ({@link Process#destroyForcibly}) at several moments, over a
 * generated archive large enough that a build takes a while, and checks that the site's path still
 * holds the previous site byte for byte (or, once the link was switched, the new one), and that the
 * next complete build leaves nothing behind.
 */
class BuildKillTest {

    private static final int ISSUES = 300;
    private static final String BASE = "https://fieldnotes.example.org/";

    @TempDir Path folder;

    private Path archive;
    private Path site;
    private final List<Process> started = new ArrayList<>();
    private int references;

    @BeforeEach
    void archive() throws IOException {
        archive = folder.resolve("archive");
        site = folder.resolve("site");
        GeneratedArchive.write(archive, ISSUES, 1);
    }

    @AfterEach
    void killLeftOverProcesses() throws InterruptedException {
        for (Process process : started) {
            process.destroyForcibly();
            process.waitFor();
        }
        BuildHooks.links = (link, target) -> Files.createSymbolicLink(link, target);
    }

    @Test
    void aKilledBuildLeavesThePreviousSiteAndTheNextBuildCleansUp() throws Exception {
        assertThat(inProcess(site).status()).isZero();
        Map<String, String> previous = TreeSnapshot.of(site);
        GeneratedArchive.write(archive, ISSUES, 2); // every issue changes
        Map<String, String> next = reference();
        assertThat(next).isNotEqualTo(previous);

        for (String[] moment :
                new String[][] {{"started", "1"}, {"wrote", "" + ISSUES / 2}, {"complete", "1"}}) {
            killAt(moment[0], Integer.parseInt(moment[1]));
            assertThat(Files.isSymbolicLink(site)).isTrue();
            assertThat(TreeSnapshot.of(site))
                    .as("killed at %s", (Object) moment)
                    .isEqualTo(previous);
            assertThat(buildFolders()).as("the killed build's folder").hasSizeGreaterThan(1);
        }

        // The command itself, killed while it writes pages, as a person would with kill -9.
        Process plain = startBuild(NewsletterCommand.class, List.of());
        waitForNewBuildListing(100);
        plain.destroyForcibly().waitFor();
        assertThat(TreeSnapshot.of(site)).isEqualTo(previous);

        // Killed just after the switch: the path holds the new site, whole.
        killAt("published", 1);
        assertThat(TreeSnapshot.of(site)).isEqualTo(next);

        assertThat(inProcess(site).status()).isZero();
        assertThat(TreeSnapshot.of(site)).isEqualTo(next);
        assertNothingLeftBehind();
    }

    @Test
    void aSiteMovedInFromACopyIsSwappedOnceAndAKillMidSwapIsPutRightByTheNextBuild()
            throws Exception {
        Path built = folder.resolve("built");
        assertThat(inProcess(built).status()).isZero();
        copyTree(built.toRealPath(), site); // a real folder with a manifest, as rsync would leave
        Map<String, String> previous = TreeSnapshot.of(site);
        GeneratedArchive.write(archive, ISSUES, 3);
        Map<String, String> next = reference();

        killAt("complete", 1);
        assertThat(Files.isSymbolicLink(site)).isFalse();
        assertThat(TreeSnapshot.of(site)).isEqualTo(previous);

        killAt("moved-aside", 1); // between the two renames a real folder needs
        assertThat(site).doesNotExist();

        Run recovery = inProcess(site);
        assertThat(recovery.status()).as(recovery.err()).isZero();
        assertThat(recovery.err())
                .contains("put back the site an interrupted build was swapping in");
        assertThat(Files.isSymbolicLink(site)).isTrue();
        assertThat(TreeSnapshot.of(site)).isEqualTo(next);
        assertNothingLeftBehind();
    }

    @Test
    void withoutSymbolicLinksTheSiteIsAFolderSwappedByTwoRenamesAndRecovered() throws Exception {
        BuildHooks.links =
                (link, target) -> {
                    throw new UnsupportedOperationException("no links");
                };
        Run first = inProcess(site);
        assertThat(first.status()).as(first.err()).isZero();
        assertThat(first.err()).contains("this file system has no symbolic links");
        assertThat(Files.isDirectory(site, LinkOption.NOFOLLOW_LINKS)).isTrue();
        Map<String, String> previous = TreeSnapshot.of(site);
        GeneratedArchive.write(archive, ISSUES, 4);

        killAt(List.of("no-links", "complete", "1"));
        assertThat(TreeSnapshot.of(site)).isEqualTo(previous);

        killAt(List.of("no-links", "moved-aside", "1"));
        assertThat(site).doesNotExist();

        Run recovery = inProcess(site);
        assertThat(recovery.status()).as(recovery.err()).isZero();
        assertThat(recovery.err()).contains("put back the site");
        assertThat(Files.isDirectory(site, LinkOption.NOFOLLOW_LINKS)).isTrue();
        BuildHooks.links = (link, target) -> Files.createSymbolicLink(link, target);
        assertThat(TreeSnapshot.of(site)).isEqualTo(reference());
        assertThat(stateFolderEntries()).containsExactly("lock");
    }

    @Test
    void aSecondBuildOfTheSameSiteStopsWhileTheFirstRunsEvenUnderAnotherName() throws Exception {
        assertThat(inProcess(site).status()).isZero();
        Map<String, String> previous = TreeSnapshot.of(site);
        Process first = startBuild(KillPoint.class, List.of("wrote", "1"));
        awaitStop(first);

        Path alias = Files.createSymbolicLink(folder.resolve("alias"), folder);
        Run second = inProcess(alias.resolve("site"));
        assertThat(second.status()).isEqualTo(1);
        assertThat(second.err())
                .startsWith("newsletter: another build of " + alias.resolve("site") + " is running")
                .hasLineCount(1);
        assertThat(TreeSnapshot.of(site)).isEqualTo(previous);

        first.destroyForcibly().waitFor();
        assertThat(inProcess(site).status()).isZero();
        assertNothingLeftBehind();
    }

    private void killAt(String moment, int times) throws Exception {
        killAt(List.of(moment, "" + times));
    }

    /** Runs a build that stops at a moment, and kills it there with SIGKILL. */
    private void killAt(List<String> stop) throws Exception {
        Process process = startBuild(KillPoint.class, stop);
        awaitStop(process);
        process.destroyForcibly().waitFor();
        assertThat(process.exitValue()).isNotZero();
    }

    private Process startBuild(Class<?> main, List<String> before) throws IOException {
        List<String> args = new ArrayList<>(before);
        args.addAll(
                List.of("build", archive.toString(), "-o", site.toString(), "--base-url", BASE));
        Process process = CommandProcess.start(folder, main, args);
        started.add(process);
        process.getOutputStream().close();
        return process;
    }

    private static void awaitStop(Process process) throws Exception {
        CompletableFuture<String> err = CommandProcess.readAll(process.getErrorStream());
        BufferedReader out =
                new BufferedReader(
                        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        if (line == null || !line.startsWith("stopped at ")) {
            process.waitFor(1, TimeUnit.MINUTES);
            throw new AssertionError("the build did not stop where asked: " + err.join());
        }
    }

    /** Waits until the build in progress has listed {@code files} files in its manifest. */
    private void waitForNewBuildListing(int files) throws Exception {
        Path current = site.toRealPath();
        for (int tries = 0; tries < 60_000; tries++) {
            for (Path build : buildFolders()) {
                Path manifest = build.resolve(BuildManifest.FILE_NAME);
                if (!build.equals(current) && Files.exists(manifest)) {
                    try (Stream<String> lines = Files.lines(manifest)) {
                        if (lines.filter(line -> line.startsWith("file ")).count() >= files) {
                            return;
                        }
                    }
                }
            }
            Thread.sleep(2);
        }
        throw new AssertionError("the build never got to " + files + " files");
    }

    private Map<String, String> reference() throws IOException {
        Path reference = folder.resolve("reference-" + references++);
        Run run = inProcess(reference);
        assertThat(run.status()).as(run.err()).isZero();
        return TreeSnapshot.of(reference);
    }

    private void assertNothingLeftBehind() throws IOException {
        assertThat(stateFolderEntries())
                .containsExactlyInAnyOrder("lock", site.toRealPath().getFileName().toString());
        try (Stream<Path> entries = Files.list(folder)) {
            assertThat(entries.map(path -> path.getFileName().toString()))
                    .allMatch(name -> !name.contains(".tmp") && !name.startsWith(".site.b"));
        }
    }

    private List<String> stateFolderEntries() throws IOException {
        try (Stream<Path> entries = Files.list(folder.resolve(".site.newsletter"))) {
            return entries.map(path -> path.getFileName().toString()).toList();
        }
    }

    private List<Path> buildFolders() throws IOException {
        try (Stream<Path> entries = Files.list(folder.resolve(".site.newsletter"))) {
            return entries.filter(path -> path.getFileName().toString().startsWith("b-")).toList();
        }
    }

    private record Run(int status, String err) {}

    private Run inProcess(Path output) {
        StringWriter err = new StringWriter();
        int status =
                NewsletterCommand.run(
                        new String[] {
                            "build", archive.toString(), "-o", output.toString(), "--base-url", BASE
                        },
                        new PrintWriter(new StringWriter()),
                        new PrintWriter(err));
        return new Run(status, err.toString());
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }
}
