package dev.newsletter.parser.internal.markdown;

import java.util.List;
import java.util.Map;

/**
 * What the template step of one parse knows: the site's configuration and the caller's site
 * variables, the page's front matter, the file's extension, and where diagnostics go (naming lines
 * of the file, through the {@link LineMap} of the steps before). Not thread-safe: one per parse.
 */
final class TemplateContext {

    private final DiagnosticSink diagnostics;
    private final int bodyLineOffset;
    private final SiteConfig site;
    private final Map<String, String> siteVariables;
    private final Map<String, Object> page;
    private final String extension;
    private LineMap lines = LineMap.identity();

    TemplateContext(
            DiagnosticSink diagnostics,
            int bodyLineOffset,
            SiteConfig site,
            Map<String, String> siteVariables,
            Map<String, Object> page,
            String extension) {
        this.diagnostics = diagnostics;
        this.bodyLineOffset = bodyLineOffset;
        this.site = site;
        this.siteVariables = siteVariables;
        this.page = page;
        this.extension = extension;
    }

    SiteConfig site() {
        return site;
    }

    String extension() {
        return extension;
    }

    void lines(LineMap lines) {
        this.lines = lines;
    }

    /**
     * The value of a Liquid variable such as {@code site.github.url} or {@code page.title}: the
     * caller's site variables first (named with or without {@code site.}), then {@code
     * _config.yml}; the front matter for {@code page.}. Null when unset or not a single value.
     */
    String variable(String path) {
        if (path.startsWith("site.")) {
            String key = path.substring("site.".length());
            String given = siteVariables.get(key);
            if (given == null) {
                given = siteVariables.get(path);
            }
            return given != null ? given : lookup(site.values(), key);
        }
        if (path.startsWith("page.")) {
            return lookup(page, path.substring("page.".length()));
        }
        return null;
    }

    /** A value of the front matter, for Hugo's {@code param}; null when unset. */
    String pageValue(String key) {
        String value = lookup(page, key);
        if (value == null && page.get("params") instanceof Map<?, ?>) {
            value = lookup(page, "params." + key);
        }
        return value;
    }

    private static String lookup(Map<String, Object> values, String dotted) {
        Object value = values;
        for (String part : dotted.split("\\.", -1)) {
            if (!(value instanceof Map<?, ?> map) || part.isEmpty()) {
                return null;
            }
            value = map.get(part);
        }
        if (value instanceof String || value instanceof Number || value instanceof Boolean) {
            return String.valueOf(value);
        }
        if (value instanceof List<?> list
                && list.stream().allMatch(element -> element instanceof String)) {
            return String.join(", ", list.stream().map(String::valueOf).toList());
        }
        return null;
    }

    /** A warning at 0-based {@code line} and 1-based {@code column} of the current step's text. */
    void warning(int line, int column, String message) {
        diagnostics.warning(fileLine(line), column, message);
    }

    void info(int line, int column, String message) {
        diagnostics.info(fileLine(line), column, message);
    }

    private int fileLine(int line) {
        return bodyLineOffset + lines.sourceLine(line) + 1;
    }
}
