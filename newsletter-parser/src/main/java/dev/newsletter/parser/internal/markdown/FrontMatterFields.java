package dev.newsletter.parser.internal.markdown;

import dev.newsletter.Person;
import dev.newsletter.Publication;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The metadata keys that have a field in the model, taken out of the header's values; every other
 * key stays, in order, as metadata. Keys match in any case ({@code Title} in a Pelican header).
 * Authors, editors and the edition may also sit in a nested {@code extra} or {@code params} table,
 * where Zola and Hugo put site-specific keys.
 *
 * @param title the title, or null
 * @param date the date as written, or null
 * @param dateKey the key the date was found under
 * @param edition an edition such as "April 2020" ({@code month} or {@code edition} key) or "Vol 12,
 *     Issue 3" (an {@code edition} key names any edition, a month only in a nested table), or null
 * @param authors the authors, then the editors
 * @param tags the tags
 * @param summary the summary, or null
 * @param publication the publication a {@code publication} key names (a name, or a table of {@code
 *     name}, {@code tagline} and {@code homepage}), or null
 * @param metadata the remaining keys
 */
record FrontMatterFields(
        String title,
        String date,
        String dateKey,
        String edition,
        List<Person> authors,
        List<String> tags,
        String summary,
        Publication publication,
        Map<String, Object> metadata) {

    private static final List<String> NESTED_TABLES = List.of("extra", "params");

    static FrontMatterFields of(Map<String, Object> values) {
        return of(values, false);
    }

    /**
     * The fields of {@code values}; when {@code editionElsewhere} (the body has an edition
     * heading), {@code edition} and {@code month} keys stay metadata, so both are kept.
     */
    static FrontMatterFields of(Map<String, Object> values, boolean editionElsewhere) {
        Map<String, Object> rest = new LinkedHashMap<>(values);
        String title = text(take(rest, "title"));
        String dateKey = keyOf(rest, "date");
        if (dateKey == null) {
            dateKey = keyOf(rest, "published");
        }
        String date = dateKey == null ? null : text(rest.remove(dateKey));
        List<Person> authors = new ArrayList<>();
        for (String key : List.of("authors", "author", "editors", "editor")) {
            authors.addAll(people(take(rest, key)));
        }
        List<String> tags = strings(take(rest, "tags"));
        String summary = text(take(rest, "summary"));
        Publication publication = publication(rest);
        String edition = editionElsewhere ? null : text(take(rest, "edition"));
        for (String table : NESTED_TABLES) {
            String tableKey = keyOf(rest, table);
            if (tableKey == null || !(rest.get(tableKey) instanceof Map<?, ?> nested)) {
                continue;
            }
            Map<String, Object> inner = new LinkedHashMap<>();
            nested.forEach((key, value) -> inner.put(String.valueOf(key), value));
            if (authors.isEmpty()) {
                for (String key : List.of("authors", "author", "editors", "editor")) {
                    authors.addAll(people(take(inner, key)));
                }
            }
            if (edition == null && !editionElsewhere) {
                String month = text(inner.get(keyOf(inner, "month")));
                if (month == null) {
                    month = text(inner.get(keyOf(inner, "edition")));
                }
                if (month != null && MonthNames.edition(month) != null) {
                    edition = month;
                    take(inner, "month");
                    take(inner, "edition");
                }
            }
            if (inner.isEmpty()) {
                rest.remove(tableKey); // every key went to a field
            } else {
                rest.put(tableKey, inner);
            }
        }
        return new FrontMatterFields(
                blankToNull(title),
                blankToNull(date),
                dateKey == null ? "date" : dateKey,
                edition,
                authors,
                tags,
                blankToNull(summary),
                publication,
                rest);
    }

    /**
     * The publication of a {@code publication} key, taken out when it reads as one; a value of
     * another shape stays metadata.
     */
    private static Publication publication(Map<String, Object> rest) {
        String key = keyOf(rest, "publication");
        if (key == null) {
            return null;
        }
        Object value = rest.get(key);
        Publication publication = null;
        if (value instanceof Map<?, ?> table) {
            Map<String, Object> parts = new LinkedHashMap<>();
            table.forEach((part, text) -> parts.put(String.valueOf(part), text));
            String name = blankToNull(text(take(parts, "name")));
            String tagline = blankToNull(text(take(parts, "tagline")));
            String homepage = blankToNull(text(take(parts, "homepage")));
            URI home = homepage == null ? null : uri(homepage);
            if (parts.isEmpty() && (homepage == null || home != null)) {
                publication = new Publication(name, tagline, home);
            }
        } else {
            String name = blankToNull(text(value));
            publication = name == null ? null : Publication.of(name);
        }
        if (publication != null) {
            rest.remove(key);
        }
        return publication;
    }

    private static String keyOf(Map<String, Object> map, String key) {
        for (String candidate : map.keySet()) {
            if (candidate.toLowerCase(Locale.ROOT).equals(key)) {
                return candidate;
            }
        }
        return null;
    }

    private static Object take(Map<String, Object> map, String key) {
        String actual = keyOf(map, key);
        return actual == null ? null : map.remove(actual);
    }

    private static String text(Object value) {
        if (value == null || value instanceof Map || value instanceof List) {
            return null;
        }
        return value.toString().strip();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /** Tags as a list, or a comma-separated string ("this-week-in-rust, programming"). */
    private static List<String> strings(Object value) {
        List<String> out = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object element : list) {
                String text = text(element);
                if (text != null && !text.isEmpty()) {
                    out.add(text);
                }
            }
        } else if (value != null) {
            for (String part : value.toString().split(",")) {
                if (!part.isBlank()) {
                    out.add(part.strip());
                }
            }
        }
        return out;
    }

    /** People as names, lists of names, or maps with {@code name} and {@code url}/{@code uri}. */
    private static List<Person> people(Object value) {
        List<Person> out = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object element : list) {
                out.addAll(people(element));
            }
        } else if (value instanceof Map<?, ?> map) {
            Object name = map.get("name");
            if (name != null && !name.toString().isBlank()) {
                Object link = map.get("url") != null ? map.get("url") : map.get("uri");
                out.add(
                        new Person(
                                name.toString().strip(),
                                link == null ? null : uri(link.toString())));
            }
        } else if (value != null) {
            for (String name : value.toString().split(",")) {
                if (!name.isBlank()) {
                    out.add(Person.of(name.strip()));
                }
            }
        }
        return out;
    }

    private static URI uri(String text) {
        try {
            return new URI(text.strip());
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
