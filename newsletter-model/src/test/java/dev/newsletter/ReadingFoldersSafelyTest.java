package dev.newsletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a folder: what is read, what is skipped and how the skipping is reported. */
class ReadingFoldersSafelyTest {

    private static final String SECRET = "title: SECRET deploy key 4f9c\ndate: 2022-01-01\n";

    @TempDir Path temp;
    private Path archive;

    @BeforeEach
    void anArchiveBesideAFileItMustNotPublish() throws IOException {
        archive = Files.createDirectories(temp.resolve("archive"));
        Files.writeString(archive.resolve("2022-02.md"), "title: February\ndate: 2022-02-01\n");
        Files.writeString(temp.resolve("secret.txt"), SECRET);
        Path outside = Files.createDirectories(temp.resolve("outside"));
        Files.writeString(outside.resolve("notes.md"), SECRET);
    }

    @Test
    void aLinkToAFileOutsideTheFolderIsSkippedWithAWarningAndReadNowhere() throws IOException {
        Path leak = Files.createSymbolicLink(archive.resolve("leak.md"), Path.of("../secret.txt"));

        List<Issue> issues = Issue.parseAll(archive);

        assertThat(issues).extracting(Issue::title).containsExactly("February");
        assertThat(issues.toString()).doesNotContain("SECRET");
        ArchiveResult read = IssueReader.create().readAll(archive);
        assertThat(read.skipped())
                .singleElement()
                .hasToString(
                        leak
                                + ":0:0: warning: skipped: a link that leads outside the folder (to "
                                + temp.resolve("secret.txt").toRealPath()
                                + ")");
    }

    @Test
    void aLinkToAFolderOutsideIsSkippedWithAWarningUnlessAllowed() throws IOException {
        Path more = Files.createSymbolicLink(archive.resolve("more"), Path.of("../outside"));

        ArchiveResult read = IssueReader.create().readAll(archive);

        assertThat(read.results()).extracting(r -> r.issue().title()).containsExactly("February");
        assertThat(read.results().toString()).doesNotContain("SECRET");
        assertThat(read.skipped())
                .singleElement()
                .satisfies(
                        skipped -> {
                            assertThat(skipped.severity()).isEqualTo(Severity.WARNING);
                            assertThat(skipped.source()).isEqualTo(more.toString());
                            assertThat(skipped.message())
                                    .startsWith("skipped: a link that leads outside the folder");
                        });

        IssueReader trusting = IssueReader.builder().followLinksOutside(true).build();
        assertThat(trusting.readAll(archive).results())
                .extracting(r -> r.issue().source().location()) // "#1": the test parser's parseAll
                .containsExactly(more.resolve("notes.md") + "#1", archive + "/2022-02.md#1");
    }

    @Test
    void linksInsideTheFolderAreFollowedButEachRealFileIsReadOnce() throws IOException {
        Files.createDirectories(archive.resolve("2021"));
        Files.writeString(archive.resolve("2021/12.md"), "title: December\ndate: 2021-12-01\n");
        Files.createSymbolicLink(archive.resolve("a-latest.md"), Path.of("2022-02.md"));
        Files.createSymbolicLink(archive.resolve("last-year"), Path.of("2021"));
        Files.createSymbolicLink(archive.resolve("2021/loop"), Path.of(".."));
        Files.createDirectories(archive.resolve(".drafts"));
        Files.writeString(archive.resolve(".drafts/next.md"), "title: Next\ndate: 2022-03-01\n");
        Files.createSymbolicLink(archive.resolve("next.md"), Path.of(".drafts/next.md"));

        ArchiveResult read = IssueReader.create().readAll(archive);

        assertThat(read.results())
                .extracting(r -> r.issue().source().location()) // "#1": the test parser's parseAll
                .containsExactly(
                        archive + "/2021/12.md#1",
                        archive + "/2022-02.md#1",
                        archive + "/next.md#1");
        assertThat(read.skipped()).isEmpty();
    }

    @Test
    void binaryFilesAreRefusedBeforeAnyParserSeesThem() throws IOException {
        Files.write(archive.resolve("photo.png"), TestBytes.PNG);
        Files.write(archive.resolve("program"), TestBytes.ELF);
        Files.write(archive.resolve("renamed.md"), TestBytes.PNG);

        ArchiveResult read = IssueReader.create().readAll(archive);

        assertThat(read.results()).extracting(r -> r.issue().title()).containsExactly("February");
        assertThat(read.skipped())
                .extracting(Diagnostic::toString)
                .containsExactly(
                        archive
                                + "/photo.png:0:0: info: skipped: a .png file is not read as an issue",
                        archive
                                + "/program:0:0: warning: skipped: binary content (NUL bytes at"
                                + " offset 7), not a newsletter",
                        archive
                                + "/renamed.md:0:0: warning: skipped: binary content (NUL bytes at"
                                + " offset 8), not a newsletter");
    }

    @Test
    void emptyAndUnrecognisedFilesAreSkippedWithAWarning() throws IOException {
        Files.write(archive.resolve("empty.md"), new byte[0]);
        Files.writeString(archive.resolve("README"), "Notes about this archive.\n");
        Files.writeString(archive.resolve("2022-03"), "title: March\ndate: 2022-03-01\n");

        ArchiveResult read = IssueReader.create().readAll(archive);

        // The fallback parser would take the README; without an extension it needs confidence.
        assertThat(read.results())
                .extracting(r -> r.issue().title())
                .containsExactly("February", "March");
        assertThat(read.skipped())
                .extracting(Diagnostic::toString)
                .containsExactly(
                        archive
                                + "/README:0:0: warning: skipped: not a newsletter (no newsletter"
                                + " extension, and no parser recognises the content)",
                        archive + "/empty.md:0:0: warning: skipped: the file is empty");
    }

    @Test
    void aFifoInAFolderIsSkippedWithoutBlockingTheWalk() throws IOException {
        Path fifo = archive.resolve("pipe.md");
        assumeTrue(TestBytes.mkfifo(fifo), "mkfifo is not available");

        ArchiveResult read = IssueReader.create().readAll(archive);

        assertThat(read.results()).hasSize(1);
        assertThat(read.skipped())
                .singleElement()
                .hasToString(fifo + ":0:0: warning: skipped: a FIFO (named pipe), not read");
    }

    @Test
    void aFileOverTheLimitIsAnErrorForThatFileAndTheOthersAreStillRead() throws IOException {
        Path big = Files.writeString(archive.resolve("big.md"), "title: Big\n" + "x".repeat(2000));
        IssueReader reader =
                IssueReader.builder()
                        .options(ParseOptions.builder().maxInputBytes(1024).build())
                        .build();

        ArchiveResult read = reader.readAll(archive);

        assertThat(read.results()).extracting(r -> r.issue().title()).containsExactly("February");
        assertThat(read.hasErrors()).isTrue();
        assertThat(read.skipped())
                .singleElement()
                .hasToString(
                        big
                                + ":0:0: error: the input is 2 KiB, over the size limit of 1 KiB"
                                + "; it is not parsed");
        assertThatThrownBy(() -> reader.parseAll(archive))
                .isInstanceOf(ParseException.class)
                .hasMessageStartingWith(big + ":0:0: the input is 2 KiB");
    }

    @Test
    void anUnreadableFileIsAnErrorForThatFileNotAFailureOfTheWalk() throws IOException {
        Path locked = Files.writeString(archive.resolve("locked.md"), "title: Locked\n");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        assumeTrue(!Files.isReadable(locked), "this user reads files without permission");

        ArchiveResult read = IssueReader.create().readAll(archive);

        assertThat(read.results()).hasSize(1);
        assertThat(read.skipped())
                .singleElement()
                .hasToString(locked + ":0:0: error: cannot read it: permission denied");
    }

    @Test
    void strictParseAllFailsOnASkippedFileLenientDoesNot() throws IOException {
        Files.createSymbolicLink(archive.resolve("leak.md"), Path.of("../secret.txt"));
        assertThat(Issue.parseAll(archive)).hasSize(1);
        ParseOptions strict = ParseOptions.builder().strict(true).build();
        assertThatThrownBy(() -> IssueReader.builder().options(strict).build().parseAll(archive))
                .isInstanceOf(ParseException.class)
                .hasMessageContaining("leak.md:0:0: skipped: a link that leads outside");
    }
}
