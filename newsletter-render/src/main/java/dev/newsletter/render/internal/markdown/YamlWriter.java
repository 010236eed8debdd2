package dev.newsletter.render.internal.markdown;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes plain metadata values (null, strings, booleans, longs, doubles, lists and maps of them) as
 * block-style YAML. Every string is double-quoted, so no value is read back as something else (YAML
 * 1.1 turns a bare {@code no} into false and {@code 12:30} into a number).
 */
final class YamlWriter {

    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

    private final StringBuilder out;

    YamlWriter(StringBuilder out) {
        this.out = out;
    }

    /** Writes {@code key: value} at the given indentation, the value nested below when needed. */
    void entry(String key, Object value, int indent) {
        out.append(" ".repeat(indent)).append(key(key)).append(':');
        if (value instanceof Map<?, ?> map && !map.isEmpty()) {
            out.append('\n');
            for (Map.Entry<?, ?> child : map.entrySet()) {
                entry(String.valueOf(child.getKey()), child.getValue(), indent + 2);
            }
        } else if (value instanceof List<?> list && !list.isEmpty()) {
            out.append('\n');
            for (Object item : list) {
                item(item, indent + 2);
            }
        } else {
            out.append(' ').append(scalar(value)).append('\n');
        }
    }

    private void item(Object value, int indent) {
        if (value instanceof Map<?, ?> map && !map.isEmpty()) {
            // the first key shares the line of the dash
            StringBuilder nested = new StringBuilder();
            YamlWriter writer = new YamlWriter(nested);
            for (Map.Entry<?, ?> child : map.entrySet()) {
                writer.entry(String.valueOf(child.getKey()), child.getValue(), indent + 2);
            }
            out.append(" ".repeat(indent)).append("- ").append(nested, indent + 2, nested.length());
        } else if (value instanceof List<?> list && !list.isEmpty()) {
            out.append(" ".repeat(indent)).append("-\n");
            for (Object item : list) {
                item(item, indent + 2);
            }
        } else {
            out.append(" ".repeat(indent)).append("- ").append(scalar(value)).append('\n');
        }
    }

    private static String key(String key) {
        return PLAIN_KEY.matcher(key).matches() && !isReserved(key) ? key : quote(key);
    }

    private static boolean isReserved(String word) {
        return switch (word.toLowerCase(java.util.Locale.ROOT)) {
            case "y", "n", "yes", "no", "on", "off", "true", "false", "null" -> true;
            default -> false;
        };
    }

    private static String scalar(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Boolean || value instanceof Long) {
            return value.toString();
        }
        if (value instanceof Double d) {
            if (d.isNaN()) {
                return ".nan";
            }
            if (d.isInfinite()) {
                return d > 0 ? ".inf" : "-.inf";
            }
            // YAML 1.1 wants a sign on the exponent: 1.0E+10, not 1.0E10
            String text = d.toString();
            int e = text.indexOf('E');
            return e >= 0 && text.charAt(e + 1) != '-' ? text.replace("E", "E+") : text;
        }
        if (value instanceof Map<?, ?>) {
            return "{}";
        }
        if (value instanceof List<?>) {
            return "[]";
        }
        return quote(value.toString());
    }

    /** {@code text} as a double-quoted YAML scalar. */
    static String quote(String text) {
        StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\t' -> quoted.append("\\t");
                case '\r' -> quoted.append("\\r");
                case '\u0085' -> quoted.append("\\N");
                case '\u2028' -> quoted.append("\\L");
                case '\u2029' -> quoted.append("\\P");
                default -> {
                    boolean printable =
                            (c >= 0x20 && c < 0x7F)
                                    || (c >= 0xA0 && c <= 0xD7FF)
                                    || (c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF);
                    if (printable) {
                        quoted.append(c);
                    } else if (Character.isHighSurrogate(c)
                            && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        quoted.append(c).append(text.charAt(++i));
                    } else {
                        quoted.append(String.format("\\u%04X", (int) c));
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
