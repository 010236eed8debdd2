package dev.newsletter.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where a site and its builds live. {@code SITE} is a symbolic link to the newest build; the
 * builds, the lock and the swap journal live in a companion folder beside it:
 *
 * <pre>
 * SITE -> .SITE.newsletter/b-20240301T101500Z-1a2b3c4d
 * .SITE.newsletter/
 *     lock                               held for the whole of a build
 *     b-20240301T101500Z-1a2b3c4d/       the site: index.html, issues/, feeds, manifest
 * </pre>
 *
 * @param given the path as the user gave it, for messages
 * @param location where it really is: its folder's real path and its own name
 * @param state the companion folder
 */
record SiteLayout(Path given, Path location, Path state) {

    static final String LOCK = "lock";
    static final String JOURNAL = "swap";

    private static final Pattern BUILD = Pattern.compile("b-\\d{8}T\\d{6}Z-[0-9a-f]{8}");
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The layout of the site at {@code given}. */
    static SiteLayout of(Path given) throws IOException {
        Path location = RealPaths.location(given);
        if (location.getParent() == null) {
            throw CommandFailure.of("will not build into " + given + ": give a folder, not /");
        }
        Path state = location.resolveSibling("." + location.getFileName() + ".newsletter");
        return new SiteLayout(given, location, state);
    }

    /** A fresh build folder name: when it began, and a random part so that names never clash. */
    static String newBuildName() {
        byte[] random = new byte[4];
        RANDOM.nextBytes(random);
        return "b-" + STAMP.format(Instant.now()) + "-" + HexFormat.of().formatHex(random);
    }

    static boolean isBuildName(String name) {
        return BUILD.matcher(name).matches();
    }

    Path lockFile() {
        return state.resolve(LOCK);
    }

    Path journal() {
        return state.resolve(JOURNAL);
    }

    /** What the link {@code SITE} holds for a build: relative, so the pair can move together. */
    Path linkTarget(String build) {
        return Path.of(state.getFileName().toString(), build);
    }

    /** A file of the site as the user would name it. */
    String shown(String relative) {
        return given.resolve(relative).toString();
    }

    /** Whether the companion folder is absent, or one this tool made. */
    boolean stateFolderIsOurs() throws IOException {
        if (!Files.exists(state, LinkOption.NOFOLLOW_LINKS)) {
            return true;
        }
        if (!Files.isDirectory(state, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(state)) {
            return Files.exists(lockFile()) || entries.findAny().isEmpty();
        }
    }

    /** What is at the site's path now. */
    SiteState inspect() throws IOException {
        if (Files.isSymbolicLink(location)) {
            Path target = Files.readSymbolicLink(location);
            if (isOurs(target)) {
                Path build = state.resolve(target.getFileName());
                return new SiteState(SiteState.Kind.BUILT_LINK, build, firstAdded(build));
            }
            return new SiteState(SiteState.Kind.FOREIGN_LINK, null, target.toString());
        }
        if (!Files.exists(location, LinkOption.NOFOLLOW_LINKS)) {
            return SiteState.of(SiteState.Kind.ABSENT);
        }
        if (!Files.isDirectory(location, LinkOption.NOFOLLOW_LINKS)) {
            return SiteState.of(SiteState.Kind.NOT_A_FOLDER);
        }
        try (Stream<Path> entries = Files.list(location)) {
            if (entries.findAny().isEmpty()) {
                return SiteState.of(SiteState.Kind.EMPTY_FOLDER);
            }
        }
        if (BuildManifest.read(location) == null) {
            return SiteState.of(SiteState.Kind.FOREIGN_FOLDER);
        }
        return new SiteState(SiteState.Kind.BUILT_FOLDER, null, firstAdded(location));
    }

    private boolean isOurs(Path target) {
        return !target.isAbsolute()
                && target.getNameCount() == 2
                && target.getName(0).toString().equals(state.getFileName().toString())
                && isBuildName(target.getName(1).toString());
    }

    /** The first file of a built site that no build wrote, or null. */
    private static String firstAdded(Path site) throws IOException {
        if (!Files.isDirectory(site, LinkOption.NOFOLLOW_LINKS)) {
            return null; // the link's build folder is gone: nothing there to lose
        }
        BuildManifest.Listing listing = BuildManifest.read(site);
        return BuildManifest.firstUnlisted(
                site, listing != null ? listing : new BuildManifest.Listing(Set.of(), false));
    }
}
