package dev.newsletter.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code build -o} replaces only what it built: every destructive output of issue 10 is refused
 * with one line and leaves the folder byte for byte as it was.
 */
class OutputGuardTest {

    private static final String BASE = "https://harborlab.example.org/";

    /** The user's home: the archive, notes, photos. */
    @TempDir Path home;

    private Path archive;

    @BeforeEach
    void usersFiles() throws IOException {
        archive = Files.createDirectories(home.resolve("arch"));
        try (Stream<Path> samples = Files.list(Path.of("sample-archive"))) {
            for (Path sample : samples.toList()) {
                Files.copy(sample, archive.resolve(sample.getFileName().toString()));
            }
        }
        Files.writeString(home.resolve("todo.txt"), "call the printer\n");
        Path notes = Files.createDirectories(home.resolve("notes/photos"));
        Files.writeString(home.resolve("notes/notes.txt"), "ideas for March\n");
        Files.write(notes.resolve("harbour.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2, 3});
    }

    private record Run(int status, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = NewsletterCommand.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(status, out.toString(), err.toString());
    }

    private Run build(Path output, String... more) {
        List<String> args =
                new ArrayList<>(
                        List.of(
                                "build",
                                archive.toString(),
                                "-o",
                                output.toString(),
                                "--base-url",
                                BASE,
                                "--quiet"));
        args.addAll(List.of(more));
        return run(args.toArray(String[]::new));
    }

    /** Builds into {@code output} and checks it was refused with one line, home untouched. */
    private void assertRefused(Path output, String because, String... more) throws IOException {
        Map<String, String> before = TreeSnapshot.of(home);
        Run run = build(output, more);
        assertThat(run.status()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).hasLineCount(1).startsWith("newsletter: ").contains(because);
        assertThat(TreeSnapshot.of(home)).as("the user's files").isEqualTo(before);
    }

    @Test
    void theArchiveItselfIsRefusedEvenWithForce() throws IOException {
        assertRefused(archive, "it is the archive " + archive);
        assertRefused(archive, "it is the archive", "--force");
    }

    @Test
    void aFolderHoldingTheArchiveIsRefused() throws IOException {
        assertRefused(home, "it holds the archive " + archive, "--force");
    }

    @Test
    void aFolderInsideTheArchiveIsRefused() throws IOException {
        assertRefused(archive.resolve("site"), "it is inside the archive", "--force");
        assertThat(archive.resolve("site")).doesNotExist();
    }

    @Test
    void aLinkToTheArchiveIsRefusedEvenWithForce() throws IOException {
        Path link = Files.createSymbolicLink(home.resolve("published"), archive);
        assertRefused(link, "it is the archive", "--force");
    }

    @Test
    void aFolderOfTheUsersFilesIsRefusedWithTheWayOut() throws IOException {
        assertRefused(
                home.resolve("notes"),
                "will not replace "
                        + home.resolve("notes")
                        + ": it is a folder this tool did not build (it has no"
                        + " .newsletter-manifest); give another folder, or --force");
    }

    @Test
    void theCurrentFolderIsRefusedWhenItHoldsTheArchiveOrIsTheUsers() throws Exception {
        Map<String, String> before = TreeSnapshot.of(home);
        CommandProcess.Outcome holding =
                CommandProcess.run(home, "build", "arch", "-o", ".", "--base-url", BASE);
        assertThat(holding.status()).isEqualTo(1);
        assertThat(holding.err())
                .isEqualTo(
                        "newsletter: will not build into .: it holds the archive arch, which the"
                                + " build would replace; give a folder outside the archive\n");

        CommandProcess.Outcome notes =
                CommandProcess.run(
                        home.resolve("notes"), "build", "../arch", "-o", ".", "--base-url", BASE);
        assertThat(notes.status()).isEqualTo(1);
        assertThat(notes.err())
                .isEqualTo(
                        "newsletter: will not build into .: it is or holds the current folder;"
                                + " give another folder, or run from outside it\n");
        assertThat(TreeSnapshot.of(home)).isEqualTo(before);
    }

    @Test
    void aFileOrAPathThroughAFileIsOneClearLine() throws IOException {
        assertRefused(home.resolve("todo.txt"), "todo.txt is a file, not a folder", "--force");
        assertRefused(
                home.resolve("todo.txt/site"),
                "cannot build "
                        + home.resolve("todo.txt/site")
                        + ": "
                        + home.resolve("todo.txt")
                        + " is a file, not a folder");
    }

    @Test
    void aLinkThisToolDidNotMakeIsReplacedOnlyWithForceAndNeverWhatItPointsTo() throws IOException {
        Path link = Files.createSymbolicLink(home.resolve("site"), home.resolve("notes"));
        assertRefused(link, "it is a symbolic link to " + home.resolve("notes"));

        Map<String, String> notes = TreeSnapshot.of(home.resolve("notes"));
        Run forced = build(link, "--force");
        assertThat(forced.status()).as(forced.err()).isZero();
        assertThat(link.resolve("index.html")).exists();
        assertThat(link.toRealPath().getParent()).isEqualTo(home.resolve(".site.newsletter"));
        assertThat(TreeSnapshot.of(home.resolve("notes"))).isEqualTo(notes);
    }

    @Test
    void aFileAddedToABuiltSiteIsThePersonsAndStopsTheNextBuild() throws IOException {
        Path site = home.resolve("site");
        assertThat(build(site).status()).isZero();
        Files.writeString(site.resolve("issues/draft.txt"), "my draft\n");
        assertRefused(site, "it holds " + site.resolve("issues/draft.txt") + ", which no build");

        Run forced = build(site, "--force");
        assertThat(forced.status()).as(forced.err()).isZero();
        assertThat(site.resolve("issues/draft.txt")).doesNotExist();
        assertThat(stateFolder(site)).containsExactlyInAnyOrder("lock", current(site));
    }

    @Test
    void aMissingOrEmptyFolderOrAnEarlierBuildIsReplacedAndOnlyTheNewBuildRemains()
            throws IOException {
        Path site = home.resolve("public/site"); // parents are created
        Run first = build(site);
        assertThat(first.status()).as(first.err()).isZero();
        assertThat(Files.isSymbolicLink(site)).isTrue();
        assertThat(Files.readSymbolicLink(site).toString())
                .matches("\\.site\\.newsletter/b-\\d{8}T\\d{6}Z-[0-9a-f]{8}");
        Map<String, String> built = TreeSnapshot.of(site);
        assertThat(site.resolve(".newsletter-manifest"))
                .content()
                .startsWith("newsletter-manifest 1\n")
                .contains("\nfile issues/2024-01.html\n", "\nfile feed.json\n")
                .endsWith("\ncomplete\n");

        Run second = build(site);
        assertThat(second.status()).as(second.err()).isZero();
        assertThat(TreeSnapshot.of(site)).isEqualTo(built); // the same archive, the same bytes
        assertThat(stateFolder(site)).containsExactlyInAnyOrder("lock", current(site));

        Path empty = Files.createDirectories(home.resolve("empty"));
        assertThat(build(empty).status()).isZero();
        assertThat(Files.isSymbolicLink(empty)).isTrue();
        assertThat(TreeSnapshot.of(empty)).isEqualTo(built);
        assertThat(stateFolder(empty)).containsExactlyInAnyOrder("lock", current(empty));
    }

    @Test
    void onlyLeftoversThatAreProvablyOursAreRemoved() throws IOException {
        Path site = home.resolve("site");
        assertThat(build(site).status()).isZero();
        Path state = home.resolve(".site.newsletter");
        Path killed = Files.createDirectories(state.resolve("b-20240101T000000Z-0000000a/issues"));
        Files.writeString(
                killed.resolveSibling(".newsletter-manifest"),
                "newsletter-manifest 1\ntool newsletter 0\nfile issues/a.html\n");
        Files.writeString(killed.resolve("a.html"), "<p>half a page");
        Path unmarked = Files.createDirectories(state.resolve("b-20240101T000000Z-0000000b"));
        Files.writeString(unmarked.resolve("mine.txt"), "not a build's\n");
        Path added = Files.createDirectories(state.resolve("b-20240101T000000Z-0000000c"));
        Files.writeString(
                added.resolve(".newsletter-manifest"), "newsletter-manifest 1\ncomplete\n");
        Files.writeString(added.resolve("mine.txt"), "added by a person\n");
        Files.writeString(state.resolve("readme.txt"), "a person's note\n");
        Files.createSymbolicLink(
                state.resolve("link-b-20240101T000000Z-0000000d"),
                Path.of(".site.newsletter/b-20240101T000000Z-0000000d"));

        Run run = build(site);
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(killed.getParent()).doesNotExist();
        assertThat(state.resolve("link-b-20240101T000000Z-0000000d"))
                .matches(path -> !Files.exists(path, LinkOption.NOFOLLOW_LINKS));
        assertThat(unmarked.resolve("mine.txt")).hasContent("not a build's");
        assertThat(added.resolve("mine.txt")).hasContent("added by a person");
        assertThat(state.resolve("readme.txt")).hasContent("a person's note");
        assertThat(run.err())
                .contains("warning: left " + unmarked + " in place")
                .contains("warning: left " + added + " in place: it holds mine.txt");
    }

    @Test
    void aCompanionFolderThatIsNotOursIsRefused() throws IOException {
        Files.createDirectories(home.resolve(".site.newsletter"));
        Files.writeString(home.resolve(".site.newsletter/plans.txt"), "mine\n");
        assertRefused(home.resolve("site"), ".site.newsletter beside it holds files", "--force");
    }

    private static String current(Path site) throws IOException {
        return site.toRealPath().getFileName().toString();
    }

    private static List<String> stateFolder(Path site) throws IOException {
        try (Stream<Path> entries =
                Files.list(site.resolveSibling("." + site.getFileName() + ".newsletter"))) {
            return entries.map(path -> path.getFileName().toString()).toList();
        }
    }
}
