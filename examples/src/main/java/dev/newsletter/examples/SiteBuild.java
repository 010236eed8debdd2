package dev.newsletter.examples;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One build of a site: written in full into a fresh build folder beside the site, then swapped in
 * by {@link SiteSwap}, so the site's path always holds a whole site, the previous one until the new
 * one is complete. A failed build removes its folder; a killed one leaves it, and the next build
 * removes it ({@link SiteLeftovers}).
 *
 * <p>The build holds an exclusive lock on {@code .SITE.newsletter/lock} from start to end. A second
 * build of the same site does not wait: it stops at once with one line saying so, so two builds
 * never write, swap or clean up the same site together.
 */
final class SiteBuild implements AutoCloseable {

    private final SiteLayout layout;
    private final boolean force;
    private final FileChannel lock;
    private final SiteLeftovers leftovers;
    private final String name;
    private final Path folder;
    private final BuildManifest manifest;
    private boolean published;

    private SiteBuild(
            SiteLayout layout,
            boolean force,
            FileChannel lock,
            SiteLeftovers leftovers,
            String name,
            BuildManifest manifest) {
        this.layout = layout;
        this.force = force;
        this.lock = lock;
        this.leftovers = leftovers;
        this.name = name;
        this.folder = layout.state().resolve(name);
        this.manifest = manifest;
    }

    /**
     * Starts a build of the site at {@code layout}: takes the lock, finishes what an interrupted
     * build left, checks again (now under the lock) that the site may be replaced, and creates the
     * build folder with its manifest.
     *
     * @param force replace the site even if it is not one this tool built
     * @param err where warnings about leftovers go
     * @throws CommandFailure if another build holds the lock, or the site may not be replaced
     */
    static SiteBuild start(SiteLayout layout, boolean force, PrintWriter err) throws IOException {
        FileChannel lock = lock(layout);
        try {
            SiteLeftovers leftovers = new SiteLeftovers(layout, err);
            leftovers.recover();
            SiteState state = layout.inspect();
            OutputGuard.allow(layout, state, force);
            leftovers.clean(state.build());
            String name = SiteLayout.newBuildName();
            Path folder = Files.createDirectory(layout.state().resolve(name));
            BuildManifest manifest = BuildManifest.create(folder, NewsletterCommand.version());
            BuildHooks.checkpoint.reached("started");
            return new SiteBuild(layout, force, lock, leftovers, name, manifest);
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw failure(layout, e);
        }
    }

    private static FileChannel lock(SiteLayout layout) throws CommandFailure {
        FileChannel channel = null;
        try {
            Files.createDirectories(layout.state());
            channel =
                    FileChannel.open(
                            layout.lockFile(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock held;
            try {
                held = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                held = null; // this very process is building the site already
            }
            if (held == null) {
                channel.close();
                throw CommandFailure.of(
                        "another build of "
                                + layout.given()
                                + " is running (it holds "
                                + layout.lockFile()
                                + "); wait for it to end, or build into another folder");
            }
            return channel;
        } catch (IOException e) {
            closeQuietly(channel);
            throw failure(layout, e);
        }
    }

    /**
     * Writes {@code relative} (such as {@code issues/2024-01.html}) in the new site.
     *
     * @throws CommandFailure naming the file under the site's path, never the build folder
     */
    void write(String relative, AtomicOutput.Content content) throws IOException {
        manifest.add(relative);
        Path file = folder.resolve(relative);
        try {
            Files.createDirectories(file.getParent());
            try (Writer out =
                    AtomicOutput.writer(
                            Files.newOutputStream(file, StandardOpenOption.CREATE_NEW))) {
                content.writeTo(out);
            }
        } catch (IOException e) {
            throw AtomicOutput.cannotWrite(layout.shown(relative), e);
        }
        BuildHooks.checkpoint.reached("wrote");
    }

    /**
     * Completes the manifest and puts the new site in place of the old one, which is then deleted
     * with every leftover of earlier builds.
     *
     * @return whether the site is a symbolic link (false on a file system without them, where the
     *     swap took two renames)
     */
    boolean publish() throws IOException {
        try {
            manifest.complete();
            BuildHooks.checkpoint.reached("complete");
            SiteState state = layout.inspect(); // a person may have changed it meanwhile
            OutputGuard.allow(layout, state, force);
            boolean linked = SiteSwap.putInPlace(layout, state, name);
            published = true;
            BuildHooks.checkpoint.reached("published");
            if (force && state.kind() == SiteState.Kind.BUILT_LINK && state.build() != null) {
                SiteLeftovers.deleteTree(state.build()); // with the files --force said may go
            }
            leftovers.clean(linked ? folder : null);
            return linked;
        } catch (IOException | RuntimeException e) {
            throw failure(layout, e);
        }
    }

    /** Releases the lock, first removing the build folder unless the site was published. */
    @Override
    public void close() throws IOException {
        try {
            if (!published) {
                manifest.close();
                SiteLeftovers.deleteTree(folder);
            }
        } finally {
            lock.close();
        }
    }

    private static CommandFailure failure(SiteLayout layout, Exception e) {
        if (e instanceof CommandFailure failure) {
            return failure;
        }
        String why =
                e instanceof IOException io ? OneLineErrors.reason(io) : OneLineErrors.describe(e);
        String where =
                e instanceof FileSystemException fileSystem && fileSystem.getFile() != null
                        ? " (" + fileSystem.getFile() + ")"
                        : "";
        return CommandFailure.of("cannot build " + layout.given() + ": " + why + where);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // already failing; the first problem is the one to report
            }
        }
    }
}
