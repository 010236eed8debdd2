package dev.newsletter.parser.internal.markdown;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The Jekyll site an issue file belongs to: the nearest folder at or above the file (at most {@link
 * #MAX_LEVELS} up) holding a {@code _config.yml}, read as plain data with the front matter's safe
 * loader, and its {@code _includes/} folder. An issue given as a string, or a file outside any
 * site, has {@link #NONE}. Immutable.
 */
final class SiteConfig {

    /** How far up from the folder a {@code _config.yml} is looked for. */
    static final int MAX_LEVELS = 4;

    /** The largest {@code _config.yml} read, in characters. */
    static final int MAX_CONFIG_CHARS = 256 * 1024;

    /** The largest included file, in bytes. */
    static final int MAX_INCLUDE_BYTES = 64 * 1024;

    static final SiteConfig NONE = new SiteConfig(null, Map.of());

    /** The text of an include, or why there is none. */
    record Include(String text, String problem) {}

    private final Path root;
    private final Map<String, Object> values;

    private SiteConfig(Path root, Map<String, Object> values) {
        this.root = root;
        this.values = values;
    }

    /**
     * The site of the source named {@code sourceName} when that names a readable file; problems
     * reading the configuration are warnings on {@code diagnostics}.
     */
    static SiteConfig find(String sourceName, DiagnosticSink diagnostics) {
        Path folder;
        try {
            Path file = Path.of(sourceName);
            if (!Files.isRegularFile(file)) {
                return NONE;
            }
            folder = file.toAbsolutePath().getParent();
        } catch (InvalidPathException | SecurityException e) {
            return NONE;
        }
        for (int level = 0; folder != null && level < MAX_LEVELS; level++) {
            Path config = folder.resolve("_config.yml");
            if (Files.isRegularFile(config)) {
                return read(folder, config, diagnostics);
            }
            folder = folder.getParent();
        }
        return NONE;
    }

    private static SiteConfig read(Path root, Path config, DiagnosticSink diagnostics) {
        try {
            if (Files.size(config) > MAX_CONFIG_CHARS * 4L) {
                diagnostics.warning(
                        1,
                        1,
                        "the site configuration "
                                + config
                                + " is too large to read; its variables are not used");
                return new SiteConfig(root, Map.of());
            }
            String text = Files.readString(config, StandardCharsets.UTF_8);
            Object loaded = FrontMatterReader.safeYaml(MAX_CONFIG_CHARS).load(text);
            if (loaded instanceof Map<?, ?>) {
                @SuppressWarnings("unchecked")
                Map<String, Object> plain = (Map<String, Object>) FrontMatterReader.plain(loaded);
                return new SiteConfig(root, plain);
            }
            return new SiteConfig(root, Map.of());
        } catch (IOException | YAMLException | IllegalArgumentException | StackOverflowError e) {
            diagnostics.warning(
                    1,
                    1,
                    "the site configuration "
                            + config
                            + " cannot be read, so its variables are not used: "
                            + e.getClass().getSimpleName());
            return new SiteConfig(root, Map.of());
        }
    }

    /** Whether the issue belongs to a site. */
    boolean exists() {
        return root != null;
    }

    /** The configuration's values, plain data. */
    Map<String, Object> values() {
        return values;
    }

    /**
     * The file {@code name} of the site's {@code _includes/}: only a relative path that stays
     * inside that folder (links resolved), a regular file of at most {@link #MAX_INCLUDE_BYTES}.
     */
    Include include(String name) {
        if (root == null) {
            return new Include(null, "there is no _config.yml beside the issue to find _includes/");
        }
        try {
            Path includes = root.resolve("_includes");
            if (!Files.isDirectory(includes)) {
                return new Include(null, "the site has no _includes/ folder");
            }
            Path relative = Path.of(name);
            if (relative.isAbsolute() || name.contains("..")) {
                return new Include(null, "the include is not a path inside _includes/");
            }
            Path file = includes.resolve(relative).normalize();
            if (!Files.isRegularFile(file)) {
                return new Include(null, "_includes/" + name + " does not exist");
            }
            Path real = file.toRealPath();
            if (!real.startsWith(includes.toRealPath())
                    || !Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
                return new Include(null, "_includes/" + name + " leads outside _includes/");
            }
            if (Files.size(real) > MAX_INCLUDE_BYTES) {
                return new Include(
                        null,
                        "_includes/" + name + " is larger than " + MAX_INCLUDE_BYTES + " bytes");
            }
            return new Include(Files.readString(real, StandardCharsets.UTF_8), null);
        } catch (IOException | InvalidPathException | SecurityException e) {
            return new Include(null, "_includes/" + name + " cannot be read");
        }
    }
}
