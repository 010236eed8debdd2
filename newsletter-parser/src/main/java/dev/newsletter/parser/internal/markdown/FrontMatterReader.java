package dev.newsletter.parser.internal.markdown;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.representer.Representer;

/**
 * Reads a metadata header into plain values: YAML with a safe loader (plain data only, bounded
 * aliases, nesting and size), TOML, or Pelican {@code Key: value} lines. A header that cannot be
 * read is an error diagnostic and yields no values; it never yields an object of another type.
 */
final class FrontMatterReader {

    /** The largest header read, in characters; front matter is a few lines. */
    static final int MAX_HEADER_CHARS = 256 * 1024;

    private static final int MAX_ALIASES = 20;
    private static final int MAX_NESTING = 20;

    private static final TypeReference<LinkedHashMap<String, Object>> MAP =
            new TypeReference<>() {};

    /** Thread-safe once configured, so shared. */
    private static final TomlMapper TOML = new TomlMapper();

    private FrontMatterReader() {}

    /**
     * The header's values in order, or {@code null} when the header cannot be read (reported as an
     * error): the caller then keeps it as raw text, never as metadata.
     */
    static Map<String, Object> read(FrontMatter header, DiagnosticSink diagnostics) {
        int errors = diagnostics.errorCount();
        Map<String, Object> values = readValues(header, diagnostics);
        return diagnostics.errorCount() > errors ? null : values;
    }

    private static Map<String, Object> readValues(FrontMatter header, DiagnosticSink diagnostics) {
        if (header.syntax() == FrontMatter.Syntax.NONE || header.text().isBlank()) {
            return Map.of();
        }
        if (header.text().length() > MAX_HEADER_CHARS) {
            diagnostics.error(
                    header.firstLine(),
                    1,
                    "the front matter is "
                            + header.text().length()
                            + " characters long, more than the "
                            + MAX_HEADER_CHARS
                            + " allowed; it is kept as raw text, not read as metadata");
            return Map.of();
        }
        return switch (header.syntax()) {
            case YAML -> readYaml(header, diagnostics);
            case TOML -> readToml(header, diagnostics);
            case PELICAN -> readPelican(header);
            case NONE -> Map.of();
        };
    }

    /**
     * A loader of plain data only: the safe constructor, no global tags, no duplicate or recursive
     * keys, bounded aliases, nesting and size ({@code maxChars}). Also reads a site's {@code
     * _config.yml} ({@link SiteConfig}). Not thread-safe: one per load.
     */
    static Yaml safeYaml(int maxChars) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(MAX_NESTING);
        options.setCodePointLimit(maxChars);
        options.setTagInspector(tag -> false); // no global tags, whatever the constructor
        return new Yaml(
                new SafeConstructor(options),
                new Representer(new DumperOptions()),
                new DumperOptions(),
                options,
                new PlainDataResolver());
    }

    private static Map<String, Object> readYaml(FrontMatter header, DiagnosticSink diagnostics) {
        Yaml yaml = safeYaml(MAX_HEADER_CHARS);
        Object loaded;
        try {
            loaded = yaml.load(header.text());
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? header.firstLine() : header.firstLine() + mark.getLine();
            int column = mark == null ? 1 : mark.getColumn() + 1;
            diagnostics.error(
                    line,
                    column,
                    "the YAML front matter cannot be read, so it is kept as raw text, not read as metadata: "
                            + oneLine(e.getProblem() != null ? e.getProblem() : e.getMessage()));
            return Map.of();
        } catch (YAMLException | IllegalArgumentException | IllegalStateException e) {
            diagnostics.error(
                    header.firstLine(),
                    1,
                    "the YAML front matter cannot be read, so it is kept as raw text, not read as metadata: "
                            + oneLine(e.getMessage()));
            return Map.of();
        } catch (StackOverflowError e) {
            diagnostics.error(
                    header.firstLine(),
                    1,
                    "the YAML front matter is nested too deeply, so it is kept as raw text, not read as metadata");
            return Map.of();
        }
        if (loaded == null) {
            return Map.of();
        }
        if (!(loaded instanceof Map<?, ?> map)) {
            diagnostics.error(
                    header.firstLine(),
                    1,
                    "the YAML front matter is not a mapping of keys to values, so it is kept as raw text, not read as metadata");
            return Map.of();
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            values.put(String.valueOf(entry.getKey()), plain(entry.getValue()));
        }
        return values;
    }

    private static Map<String, Object> readToml(FrontMatter header, DiagnosticSink diagnostics) {
        try {
            Map<String, Object> values = TOML.readValue(header.text(), MAP);
            return values == null ? Map.of() : plainMap(values);
        } catch (JacksonException e) {
            JsonLocation location = e.getLocation();
            int line =
                    location == null || location.getLineNr() <= 0
                            ? header.firstLine()
                            : header.firstLine() + location.getLineNr() - 1;
            int column =
                    location == null || location.getColumnNr() <= 0 ? 1 : location.getColumnNr();
            diagnostics.error(
                    line,
                    column,
                    "the TOML front matter cannot be read, so it is kept as raw text, not read as metadata: "
                            + oneLine(e.getOriginalMessage()));
            return Map.of();
        }
    }

    private static Map<String, Object> readPelican(FrontMatter header) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (String line : header.text().split("\n")) {
            int colon = FrontMatterSplitter.pelicanKeyEnd(line);
            if (colon > 0) {
                values.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
            }
        }
        return values;
    }

    /**
     * A plain copy: maps with string keys, lists, strings, booleans and numbers. SnakeYAML's safe
     * constructor already builds nothing else; binary scalars become strings.
     */
    static Object plain(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                copy.put(String.valueOf(entry.getKey()), plain(entry.getValue()));
            }
            return Collections.unmodifiableMap(copy);
        }
        if (value instanceof Iterable<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(element -> copy.add(plain(element)));
            return Collections.unmodifiableList(copy);
        }
        if (value == null
                || value instanceof String
                || value instanceof Boolean
                || value instanceof Number) {
            return value;
        }
        if (value instanceof byte[] bytes) {
            return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        }
        return String.valueOf(value);
    }

    private static Map<String, Object> plainMap(Map<String, Object> map) {
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((key, value) -> copy.put(key, plain(value)));
        return copy;
    }

    /** Where {@code key} is set in the header: its 1-based line and the column of its value. */
    static int[] keyPosition(FrontMatter header, String key) {
        String[] lines = header.text().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.regionMatches(true, 0, key, 0, key.length()) && line.length() > key.length()) {
                String rest = line.substring(key.length());
                String trimmed = rest.stripLeading();
                if (trimmed.startsWith(":") || trimmed.startsWith("=")) {
                    int valueColumn = key.length() + (rest.length() - trimmed.length()) + 1;
                    while (valueColumn < line.length() && line.charAt(valueColumn) == ' ') {
                        valueColumn++;
                    }
                    return new int[] {header.firstLine() + i, valueColumn + 1};
                }
            }
        }
        return new int[] {header.firstLine(), 1};
    }

    private static String oneLine(String message) {
        if (message == null) {
            return "unknown problem";
        }
        String line = message.strip().replaceAll("\\s+", " ");
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }
}
