package dev.newsletter.parser.internal.markdown;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The words of a template tag: {@code figure src="/a.png" caption='A "b"'} or {@code youtube
 * dQw4w9WgXcQ} or {@code include note.html text="hi"}: a name, positional values and {@code
 * key=value} pairs, values bare or quoted with {@code "}, {@code '} or {@code `}. Immutable.
 */
record TagArguments(String name, List<String> positional, Map<String, String> named) {

    TagArguments {
        positional = List.copyOf(positional);
        named = Map.copyOf(named);
    }

    static TagArguments parse(String text) {
        List<String> words = new ArrayList<>();
        Map<String, String> named = new LinkedHashMap<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int start = i;
            String key = null;
            if (!isQuote(text.charAt(i))) {
                while (i < n
                        && !Character.isWhitespace(text.charAt(i))
                        && text.charAt(i) != '='
                        && !isQuote(text.charAt(i))) {
                    i++;
                }
                if (i < n && text.charAt(i) == '=') {
                    key = text.substring(start, i);
                    i++;
                } else {
                    words.add(text.substring(start, i));
                    continue;
                }
            }
            String value;
            if (i < n && isQuote(text.charAt(i))) {
                char quote = text.charAt(i);
                int close = text.indexOf(quote, i + 1);
                int end = close < 0 ? n : close;
                value = text.substring(i + 1, end);
                i = close < 0 ? n : close + 1;
            } else {
                int valueStart = i;
                while (i < n && !Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
                value = text.substring(valueStart, i);
            }
            if (key == null) {
                words.add(value);
            } else if (!key.isEmpty()) {
                named.putIfAbsent(key, value);
            }
        }
        String name = words.isEmpty() ? "" : words.remove(0);
        return new TagArguments(name, words, named);
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '\'' || c == '`';
    }

    /** The named value {@code key}, else the positional value at {@code index}, else null. */
    String value(String key, int index) {
        String value = named.get(key);
        if (value != null) {
            return value;
        }
        return index < positional.size() ? positional.get(index) : null;
    }
}
