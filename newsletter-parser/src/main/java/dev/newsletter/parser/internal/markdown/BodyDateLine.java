package dev.newsletter.parser.internal.markdown;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date the body states in its first lines, as a mailing does: "Sent on 12 March 2020", "Published
 * March 12, 2020", "*Posted on 2020-03-12*". Only the first {@link #MAX_LINES} non-blank lines are
 * read, each at most {@link #MAX_LINE_CHARS} long, and only after a word that says the line dates
 * the issue (sent, published, posted, issued, dated), so that a date in an entry is not taken for
 * the issue's.
 */
final class BodyDateLine {

    static final int MAX_LINES = 5;
    static final int MAX_LINE_CHARS = 200;

    private static final String MONTH =
            "(January|February|March|April|May|June|July|August|September|October|November|December"
                    + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?";
    private static final Pattern LEAD =
            Pattern.compile("(?i)\\b(?:sent|published|posted|issued|dated)(?:\\s+on)?\\s*:?\\s+");
    private static final Pattern DAY_FIRST =
            Pattern.compile("(?i)(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+(\\d{4})\\b");
    private static final Pattern MONTH_FIRST =
            Pattern.compile("(?i)" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})\\b");

    /** A date and the 1-based line of the body it is on. */
    record Found(LocalDate date, int line) {}

    private BodyDateLine() {}

    /** The first stated date in the first lines of {@code body}, or null. */
    static Found of(String body) {
        int seen = 0;
        int lineNumber = 0;
        for (String line : (Iterable<String>) body.lines()::iterator) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            if (++seen > MAX_LINES) {
                return null;
            }
            if (line.length() > MAX_LINE_CHARS) {
                continue;
            }
            Matcher lead = LEAD.matcher(line);
            if (lead.find()) {
                LocalDate date = date(line.substring(lead.end()));
                if (date != null) {
                    return new Found(date, lineNumber);
                }
            }
        }
        return null;
    }

    private static LocalDate date(String text) {
        try {
            Matcher dayFirst = DAY_FIRST.matcher(text);
            if (dayFirst.lookingAt()) {
                return LocalDate.of(
                        Integer.parseInt(dayFirst.group(3)),
                        month(dayFirst.group(2)),
                        Integer.parseInt(dayFirst.group(1)));
            }
            Matcher monthFirst = MONTH_FIRST.matcher(text);
            if (monthFirst.lookingAt()) {
                return LocalDate.of(
                        Integer.parseInt(monthFirst.group(3)),
                        month(monthFirst.group(1)),
                        Integer.parseInt(monthFirst.group(2)));
            }
            Matcher iso = ISO.matcher(text);
            if (iso.lookingAt()) {
                return LocalDate.of(
                        Integer.parseInt(iso.group(1)),
                        Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3)));
            }
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }

    private static Month month(String name) {
        String prefix = name.substring(0, 3).toLowerCase(Locale.ROOT);
        for (Month month : Month.values()) {
            if (month.name().toLowerCase(Locale.ROOT).startsWith(prefix)) {
                return month;
            }
        }
        throw new DateTimeException(name);
    }
}
