package dev.newsletter.render.internal.markdown;

import dev.newsletter.DatePrecision;
import dev.newsletter.Issue;
import dev.newsletter.Person;
import dev.newsletter.Publication;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The YAML front matter of an issue written as Markdown: title, date (or the instant it was
 * published, in an offset that keeps its day), edition, authors, tags, summary, publication and the
 * metadata the parser reads back. A concept of its own beside the body's writer.
 */
final class FrontMatterWriter {

    private static final Set<String> FIELD_KEYS =
            Set.of("title", "date", "authors", "tags", "summary");

    private FrontMatterWriter() {}

    /**
     * The publication as a front-matter table, or null when nothing is known of it: an email's
     * sender and tagline have no other place in Markdown.
     */
    private static Map<String, Object> publicationValue(Publication publication) {
        if (publication.isUnknown()) {
            return null;
        }
        Map<String, Object> parts = new LinkedHashMap<>();
        if (publication.name() != null) {
            parts.put("name", publication.name());
        }
        if (publication.tagline() != null) {
            parts.put("tagline", publication.tagline());
        }
        if (publication.homepage() != null) {
            parts.put("homepage", publication.homepage().toString());
        }
        return parts;
    }

    /** Writes the front matter of {@code issue}, fences included, to {@code out}. */
    static void write(Issue issue, StringBuilder out) {
        Map<String, Object> fields = new LinkedHashMap<>();
        if (!issue.title().isEmpty()) {
            fields.put("title", issue.title());
        }
        String date = dateValue(issue);
        if (date != null) {
            fields.put("date", date);
        }
        if (!issue.authors().isEmpty()) {
            List<Object> authors = new ArrayList<>();
            for (Person author : issue.authors()) {
                if (author.uri() == null) {
                    authors.add(author.name());
                } else {
                    Map<String, Object> person = new LinkedHashMap<>();
                    person.put("name", author.name());
                    person.put("url", author.uri().toString());
                    authors.add(person);
                }
            }
            fields.put("authors", authors);
        }
        if (!issue.tags().isEmpty()) {
            fields.put("tags", issue.tags());
        }
        if (issue.summary() != null) {
            fields.put("summary", issue.summary());
        }
        // an edition that is not a month ("Vol 12, Issue 3") is read from this key; a month is read
        // from the edition heading or the date
        String edition = issue.edition() == null ? null : issue.edition().strip();
        boolean editionKey = edition != null && !edition.isEmpty() && !isMonthEdition(edition);
        if (editionKey) {
            fields.put("edition", edition);
        }
        Map<String, Object> publication = publicationValue(issue.publication());
        if (publication != null) {
            fields.put("publication", publication);
        }
        for (Map.Entry<String, Object> entry : issue.metadata().asMap().entrySet()) {
            if (!FIELD_KEYS.contains(entry.getKey())
                    && !(editionKey && entry.getKey().equals("edition"))
                    && !(publication != null && entry.getKey().equals("publication"))) {
                fields.put(entry.getKey(), entry.getValue());
            }
        }
        if (fields.isEmpty()) {
            return;
        }
        out.append("---\n");
        YamlWriter yaml = new YamlWriter(out);
        for (Map.Entry<String, Object> field : fields.entrySet()) {
            // the date stays a plain scalar so YAML reads it as a timestamp, as authors write it
            if (field.getKey().equals("date")) {
                out.append("date: ").append(field.getValue()).append('\n');
            } else {
                yaml.entry(field.getKey(), field.getValue(), 0);
            }
        }
        out.append("---\n\n");
    }

    /**
     * The front-matter date, or null for none: the publication instant, written in an offset that
     * keeps the issue's day (a reader takes the day from the text as written); else the day; else,
     * for a month, nothing when the edition heading names that month, or {@code yyyy-MM}.
     */
    private static String dateValue(Issue issue) {
        LocalDate date = issue.date();
        Instant published = issue.published();
        if (published != null) {
            ZoneOffset offset = date == null ? ZoneOffset.UTC : offsetKeepingDay(published, date);
            return published.atOffset(offset).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        }
        if (date == null) {
            return null;
        }
        if (issue.datePrecision() == DatePrecision.DAY) {
            return date.toString();
        }
        String month = date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        boolean headingNamesMonth =
                issue.edition() != null
                        && issue.edition().strip().equalsIgnoreCase(month + " " + date.getYear());
        return headingNamesMonth ? null : date.toString().substring(0, 7);
    }

    /** Whether {@code edition} is a month and year such as "June 2021", as an edition heading. */
    private static boolean isMonthEdition(String edition) {
        String[] words = edition.split(" ");
        if (words.length != 2 || !words[1].matches("\\d{4}")) {
            return false;
        }
        for (java.time.Month month : java.time.Month.values()) {
            if (month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).equals(words[0])) {
                return true;
            }
        }
        return false;
    }

    /** UTC if the instant falls on {@code date} there, else the nearest offset where it does. */
    private static ZoneOffset offsetKeepingDay(Instant published, LocalDate date) {
        for (int quarters = 0; quarters <= 18 * 4; quarters++) {
            for (int sign : new int[] {1, -1}) {
                ZoneOffset offset = ZoneOffset.ofTotalSeconds(sign * quarters * 15 * 60);
                if (published.atOffset(offset).toLocalDate().equals(date)) {
                    return offset;
                }
            }
        }
        return ZoneOffset.UTC; // the instant is more than a day away from the date
    }
}
