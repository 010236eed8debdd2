package dev.newsletter.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every failed write is an error, status 1, in one line that names the path the user gave (or
 * standard output), never a temporary file; and a device or a pipe given with {@code -o} is
 * written, never replaced.
 */
class WriteFailuresTest {

    private static final Path ISSUE = Path.of("sample-archive", "2024-01.md");
    private static final Path ARCHIVE = Path.of("sample-archive");
    private static final Path FULL = Path.of("/dev/full");

    @TempDir Path folder;

    private record Run(int status, String out, String err) {}

    private static Run run(PrintWriter out, String... args) {
        StringWriter err = new StringWriter();
        int status = NewsletterCommand.run(args, out, new PrintWriter(err));
        return new Run(status, "", err.toString());
    }

    private static Run run(String... args) {
        return run(new PrintWriter(new StringWriter()), args);
    }

    private static void assumeFullDevice() {
        assumeTrue(
                Files.exists(FULL) && !Files.isRegularFile(FULL),
                "/dev/full is a device on this system");
    }

    @Test
    void aFullDeviceGivenWithOutputIsWrittenNotReplacedAndFails() {
        assumeFullDevice();
        Run convert = run("convert", ISSUE.toString(), "--to", "html", "-o", FULL.toString());
        assertThat(convert.status()).isEqualTo(1);
        assertThat(convert.err())
                .isEqualTo("newsletter: cannot write /dev/full: no space left on device\n");
        Run feed =
                run("feed", ARCHIVE.toString(), "--base-url", "https://e.org/", "-o", "/dev/full");
        assertThat(feed.status()).isEqualTo(1);
        assertThat(feed.err())
                .isEqualTo("newsletter: cannot write /dev/full: no space left on device\n");
        assertThat(Files.isRegularFile(FULL)).as("still a device").isFalse();
    }

    @Test
    void aFullStandardOutputIsAnError() throws IOException {
        assumeFullDevice();
        try (OutputStream full = new FileOutputStream(FULL.toFile())) {
            for (String[] args :
                    new String[][] {
                        {"convert", ISSUE.toString(), "--to", "html"},
                        {"inspect", ISSUE.toString()},
                        {"feed", ARCHIVE.toString(), "--base-url", "https://e.org/"}
                    }) {
                Run run = run(StandardOutput.of(full), args);
                assertThat(run.status()).as(args[0]).isEqualTo(1);
                assertThat(run.err())
                        .isEqualTo(
                                "newsletter: cannot write standard output: no space left on"
                                        + " device\n");
            }
        }
    }

    @Test
    void aClosedPipeIsAnError() {
        OutputStream closed =
                new OutputStream() {
                    @Override
                    public void write(int b) throws IOException {
                        throw new IOException("Broken pipe");
                    }
                };
        Run run =
                run(
                        StandardOutput.of(closed),
                        "feed",
                        ARCHIVE.toString(),
                        "--base-url",
                        "https://e.org/");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("newsletter: cannot write standard output: broken pipe\n");

        // Any PrintWriter that swallowed an error counts, even without the reason.
        PrintWriter swallowing = new PrintWriter(closed);
        Run plain = run(swallowing, "inspect", ISSUE.toString());
        assertThat(plain.status()).isEqualTo(1);
        assertThat(plain.err())
                .isEqualTo("newsletter: cannot write standard output: write error\n");
    }

    @Test
    void aNamedPipeGivenWithOutputIsWrittenNotReplaced() throws Exception {
        Path fifo = folder.resolve("pipe");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo works here");
        CompletableFuture<byte[]> read =
                CompletableFuture.supplyAsync(
                        () -> {
                            try {
                                return Files.readAllBytes(fifo);
                            } catch (IOException e) {
                                throw new IllegalStateException(e);
                            }
                        });
        Run run = run("convert", ISSUE.toString(), "--to", "text", "-o", fifo.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(new String(read.get(), java.nio.charset.StandardCharsets.UTF_8))
                .startsWith("Harbor Lab Notes: January 2024");
        assertThat(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS)).isFalse();
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).containsExactly(fifo);
        }
    }

    @Test
    void anOutputWhoseParentIsAFileNamesBoth() throws IOException {
        Path file = Files.writeString(folder.resolve("notes.txt"), "mine\n");
        Path target = file.resolve("out.html");
        Run convert = run("convert", ISSUE.toString(), "--to", "html", "-o", target.toString());
        assertThat(convert.status()).isEqualTo(1);
        assertThat(convert.err())
                .isEqualTo(
                        "newsletter: cannot write "
                                + target
                                + ": "
                                + file
                                + " is a file, not a folder\n");
        Run feed =
                run(
                        "feed",
                        ARCHIVE.toString(),
                        "--base-url",
                        "https://e.org/",
                        "-o",
                        file.resolve("deeper/atom.xml").toString());
        assertThat(feed.status()).isEqualTo(1);
        assertThat(feed.err()).hasLineCount(1).contains(file + " is a file, not a folder");
        assertThat(file).hasContent("mine");
    }

    @Test
    void aReadOnlyFolderNamesThePathGivenNotATemporaryFile() throws IOException {
        // root ignores permissions, so this runs only as another user; as root the failing
        // write is shown by the parent-is-a-file and failing-content tests instead
        assumeFalse("root".equals(System.getProperty("user.name")), "not running as root");
        Path locked = Files.createDirectories(folder.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Path target = locked.resolve("page.html");
            Run run = run("convert", ISSUE.toString(), "--to", "html", "-o", target.toString());
            assertThat(run.status()).isEqualTo(1);
            assertThat(run.err())
                    .isEqualTo("newsletter: cannot write " + target + ": permission denied\n");
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aWriteThatFailsMidwayNamesTheTargetAndLeavesTheOldFile() throws IOException {
        Path target = Files.writeString(folder.resolve("page.html"), "the old page\n");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r-----"));
        CommandFailure failure = null;
        try {
            AtomicOutput.write(
                    target,
                    out -> {
                        out.write("<p>half");
                        out.flush();
                        throw new IOException("No space left on device");
                    });
        } catch (CommandFailure e) {
            failure = e;
        }
        assertThat(failure).hasMessage("cannot write " + target + ": no space left on device");
        assertThat(target).hasContent("the old page");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).containsExactly(target); // no temporary file left behind
        }

        AtomicOutput.write(target, out -> out.write("the new page\n"));
        assertThat(target).hasContent("the new page");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target)))
                .isEqualTo("rw-r-----");
    }

    @Test
    void aLinkToAFileIsFollowedSoTheFileItNamesIsReplaced() throws IOException {
        Path real = Files.writeString(folder.resolve("real.xml"), "old\n");
        Path link = Files.createSymbolicLink(folder.resolve("atom.xml"), real);
        AtomicOutput.write(link, out -> out.write("new\n"));
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(real).hasContent("new");
    }

    @Test
    void aFolderGivenAsTheOutputFileIsOneLine() throws IOException {
        Path target = Files.createDirectories(folder.resolve("out"));
        Run run = run("convert", ISSUE.toString(), "--to", "html", "-o", target.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err())
                .isEqualTo(
                        "newsletter: "
                                + target
                                + " is a folder; give the path of a file to write\n");
    }
}
