package dev.newsletter.parser.internal.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The value of a Liquid output such as {@code {{ site.github.url }}}, {@code {{ "/a.png" |
 * relative_url }}} or {@code {{ include.text | default: "More" }}}: a string literal or a variable,
 * then filters. The URL filters ({@code relative_url}, {@code absolute_url}) and the string filters
 * {@code default}, {@code prepend}, {@code append}, {@code strip}, {@code upcase}, {@code downcase}
 * are applied; other filters are left out, which leaves the value as it is.
 *
 * @param value the text to show; empty when the variable is not set
 * @param unresolved the variable that is not set, or null
 * @param skippedFilters filters not applied
 */
record LiquidOutput(String value, String unresolved, List<String> skippedFilters) {

    static LiquidOutput evaluate(
            String expression, TemplateContext context, Map<String, String> includeParameters) {
        List<String> parts = splitPipes(trimControl(expression));
        String head = parts.get(0).strip();
        String value;
        String unresolved = null;
        if (isQuoted(head)) {
            value = head.substring(1, head.length() - 1);
        } else if (head.matches("-?[0-9]+(\\.[0-9]+)?")) {
            value = head;
        } else if (head.startsWith("include.")) {
            value = includeParameters.get(head.substring("include.".length()));
        } else {
            value = context.variable(head);
        }
        if (value == null) {
            unresolved = head;
        }
        List<String> skipped = new ArrayList<>();
        for (String filter : parts.subList(1, parts.size())) {
            int colon = filter.indexOf(':');
            String name = (colon < 0 ? filter : filter.substring(0, colon)).strip();
            String argument = colon < 0 ? "" : unquote(filter.substring(colon + 1).strip());
            switch (name) {
                case "default" -> {
                    if (value == null || value.isEmpty()) {
                        value = argument;
                        unresolved = null;
                    }
                }
                case "relative_url" -> value = relative(nonNull(value), context);
                case "absolute_url" -> {
                    String url = context.variable("site.url");
                    value = stripSlash(url == null ? "" : url) + relative(nonNull(value), context);
                }
                case "prepend" -> value = argument + nonNull(value);
                case "append" -> value = nonNull(value) + argument;
                case "strip" -> value = nonNull(value).strip();
                case "upcase" -> value = nonNull(value).toUpperCase(java.util.Locale.ROOT);
                case "downcase" -> value = nonNull(value).toLowerCase(java.util.Locale.ROOT);
                default -> skipped.add(name);
            }
        }
        return new LiquidOutput(nonNull(value), unresolved, skipped);
    }

    /** Jekyll's {@code relative_url}: the site's {@code baseurl}, then the path. */
    private static String relative(String path, TemplateContext context) {
        String base = context.variable("site.baseurl");
        String prefix = stripSlash(base == null ? "" : base);
        if (path.isEmpty()) {
            return prefix;
        }
        return prefix + (path.startsWith("/") ? path : "/" + path);
    }

    private static String stripSlash(String text) {
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    /** Without Liquid's whitespace-control dashes: {@code {{- x -}}}. */
    private static String trimControl(String expression) {
        String text = expression.strip();
        if (text.startsWith("-")) {
            text = text.substring(1);
        }
        if (text.endsWith("-")) {
            text = text.substring(0, text.length() - 1);
        }
        return text.strip();
    }

    private static boolean isQuoted(String text) {
        return text.length() >= 2
                && (text.charAt(0) == '"' || text.charAt(0) == '\'')
                && text.charAt(text.length() - 1) == text.charAt(0);
    }

    private static String unquote(String text) {
        return isQuoted(text) ? text.substring(1, text.length() - 1) : text;
    }

    /** Splits at the pipes that are not inside quotes. */
    private static List<String> splitPipes(String text) {
        List<String> parts = new ArrayList<>();
        char quote = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '|') {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        return parts;
    }
}
