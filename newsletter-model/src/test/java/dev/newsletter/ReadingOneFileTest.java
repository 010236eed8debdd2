package dev.newsletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading one file: refused before parsing when it is no newsletter, bounded however it reads. */
class ReadingOneFileTest {

    @TempDir Path folder;

    @Test
    void binaryFilesAreAnErrorNamingTheFirstNul() throws IOException {
        Path png = Files.write(folder.resolve("photo.png"), TestBytes.PNG);
        Path elf = Files.write(folder.resolve("program"), TestBytes.ELF);

        assertThatThrownBy(() -> Issue.parse(png))
                .isInstanceOf(ParseException.class)
                .hasMessage(png + ":0:0: binary content (NUL bytes at offset 8), not a newsletter");
        assertThatThrownBy(() -> IssueReader.create().read(elf))
                .isInstanceOf(ParseException.class)
                .hasMessage(elf + ":0:0: binary content (NUL bytes at offset 7), not a newsletter");
    }

    @Test
    void textPaddedWithZerosIsBinaryTooButAStrayNulFarInIsNot() {
        byte[] padded = new byte[20_000];
        byte[] title = "title: Padded\n".getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < 10_000; i++) {
            padded[i] = (byte) 'x';
        }
        System.arraycopy(title, 0, padded, 0, title.length);
        assertThatThrownBy(() -> IssueReader.create().read(ParseInput.of("padded.md", padded)))
                .hasMessageContaining("binary content (NUL bytes at offset 10000)");

        byte[] stray =
                ("title: Stray\n\n" + "text ".repeat(2000)).getBytes(StandardCharsets.US_ASCII);
        stray[9000] = 0;
        assertThat(IssueReader.create().read(ParseInput.of("stray.md", stray)).issue().title())
                .isEqualTo("Stray");
    }

    @Test
    void anEmptyFileIsAnError() throws IOException {
        Path empty = Files.write(folder.resolve("empty.md"), new byte[0]);

        assertThatThrownBy(() -> Issue.parse(empty))
                .isInstanceOf(ParseException.class)
                .hasMessage(empty + ":0:0: the file is empty");
    }

    @Test
    void devZeroIsRefusedAtTheLimitInsteadOfFillingMemory() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.isReadable(zero), "no /dev/zero here");
        IssueReader small =
                IssueReader.builder()
                        .options(ParseOptions.builder().maxInputBytes(1000).build())
                        .build();

        // Before the bound, this read the device until the heap ran out.
        assertThatThrownBy(() -> small.read(zero))
                .isInstanceOf(ParseException.class)
                .hasMessage(
                        "/dev/zero:0:0: the input is over the size limit of 1000 bytes"
                                + "; it is not parsed");
        assertThatThrownBy(() -> Issue.parse(zero))
                .hasMessageContaining("over the size limit of 32 MiB; it is not parsed");
    }

    @Test
    void aFifoIsReadThroughTheBound() throws Exception {
        Path fifo = folder.resolve("issue.md");
        assumeTrue(TestBytes.mkfifo(fifo), "mkfifo is not available");
        CompletableFuture<Void> writer =
                CompletableFuture.runAsync(
                        () -> write(fifo, "title: From a pipe\ndate: 2022-05-01\n".getBytes()));

        Issue issue = Issue.parse(fifo);

        assertThat(issue.title()).isEqualTo("From a pipe");
        writer.get(60, TimeUnit.SECONDS);
    }

    @Test
    void anEndlessFifoIsReadNoFurtherThanTheLimitAndOneByte() throws Exception {
        Path fifo = folder.resolve("endless.md");
        assumeTrue(TestBytes.mkfifo(fifo), "mkfifo is not available");
        long offered = 16L * 1024 * 1024;
        CompletableFuture<Long> writer =
                CompletableFuture.supplyAsync(() -> writeZeros(fifo, offered));
        IssueReader small =
                IssueReader.builder()
                        .options(ParseOptions.builder().maxInputBytes(1000).build())
                        .build();

        assertThatThrownBy(() -> small.read(fifo))
                .hasMessageContaining("over the size limit of 1000");

        // The writer gets through what the reader took, the pipe's buffer and one chunk, no more.
        long written = writer.get(60, TimeUnit.SECONDS);
        assertThat(written).isLessThan(1024L * 1024).isLessThan(offered);
    }

    @Test
    void aFolderIsAnIoExceptionAndAMissingFileToo() {
        assertThatThrownBy(() -> Issue.parse(folder))
                .isInstanceOf(IOException.class)
                .hasMessage(folder + " is a folder, not a file");
        assertThatThrownBy(() -> Issue.parse(folder.resolve("missing.md")))
                .isInstanceOf(IOException.class);
    }

    private static void write(Path fifo, byte[] bytes) {
        try (OutputStream out = Files.newOutputStream(fifo)) {
            out.write(bytes);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes zeros until {@code total} or until the reader closes the pipe; what got through. */
    private static long writeZeros(Path fifo, long total) {
        byte[] chunk = new byte[8192];
        long written = 0;
        try (OutputStream out = Files.newOutputStream(fifo)) {
            while (written < total) {
                out.write(chunk);
                written += chunk.length;
            }
        } catch (IOException e) {
            // Broken pipe: the reader stopped, as it should.
        }
        return written;
    }
}
