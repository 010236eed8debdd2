package dev.newsletter.parser.internal.email;

import dev.newsletter.DatePrecision;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An edition line: a month ("February 2022", "Feb. 2022"), a day ("March 3, 2024", "3 March 2024",
 * "2024-03-03"), an issue number ("Issue #42", "No. 7", "Vol. 3, Issue 2", "Edition 82"), or an
 * issue number or month together with the date it went out ("Issue #42 - March 3, 2024", "June 2021
 * · 8 July 2021").
 */
final class EditionLine {

    /**
     * What an edition line says.
     *
     * @param name the edition as the issue names it: the issue number, else the whole line
     * @param date the date, or {@code null} when the line names none
     * @param precision day or month
     */
    record Edition(String name, LocalDate date, DatePrecision precision) {}

    private static final int MAX_LENGTH = 80;
    private static final String MONTH = "([A-Za-z]{3,9})\\.?";
    private static final Pattern MONTH_YEAR = Pattern.compile(MONTH + ",?\\s+((?:19|20)\\d{2})");
    private static final Pattern MONTH_DAY_YEAR =
            Pattern.compile(MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})");
    private static final Pattern DAY_MONTH_YEAR =
            Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+((?:19|20)\\d{2})");
    private static final Pattern ISO = Pattern.compile("((?:19|20)\\d{2})-(\\d{2})-(\\d{2})");
    private static final Pattern NUMBER =
            Pattern.compile(
                    "(?i)(?<![\\p{L}\\d])((?:vol(?:ume)?\\.?\\s*\\d+,?\\s*)?(?:issue|no\\.|number|edition|#)\\s*#?\\d+)");
    private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:[-–—|:,·•]\\s*)+");

    private EditionLine() {}

    /** What the line says, or {@code null} when it is not an edition line. */
    static Edition parse(String line) {
        String text = line.strip();
        if (text.isEmpty() || text.length() > MAX_LENGTH) {
            return null;
        }
        Dated dated = date(text);
        if (dated != null) {
            return new Edition(text, dated.date(), dated.precision());
        }
        Matcher month = MONTH_YEAR.matcher(text);
        if (month.lookingAt() && month(month.group(1)) != null) {
            // "June 2021 · 8 July 2021": a month's edition sent in the next one
            String rest = afterSeparator(text.substring(month.end()));
            Dated sent = rest == null || rest.isBlank() ? null : date(rest.strip());
            return sent == null
                    ? null
                    : new Edition(text.substring(0, month.end()), sent.date(), sent.precision());
        }
        Matcher number = NUMBER.matcher(text);
        if (!number.lookingAt()) {
            return null;
        }
        String rest = text.substring(number.end());
        Matcher separator = SEPARATOR.matcher(rest);
        if (separator.lookingAt()) {
            rest = rest.substring(separator.end());
        }
        if (rest.isBlank()) {
            return new Edition(number.group(1), null, DatePrecision.DAY);
        }
        Dated restDate = date(rest.strip());
        return restDate == null
                ? null
                : new Edition(number.group(1), restDate.date(), restDate.precision());
    }

    /** The text after a leading separator ("· 8 July 2021"), or {@code null} when none leads. */
    private static String afterSeparator(String text) {
        Matcher separator = SEPARATOR.matcher(text);
        return separator.lookingAt() && separator.end() > 0
                ? text.substring(separator.end())
                : null;
    }

    /**
     * The issue number a title names, such as "edition 82" in "[ANNOUNCE] Git Rev News edition 82",
     * or {@code null}.
     */
    static String numberIn(String title) {
        if (title == null || title.length() > 300) {
            return null;
        }
        Matcher number = NUMBER.matcher(title);
        return number.find() ? number.group(1).strip() : null;
    }

    /** The edition name the date gives when no line names one: "February 2022". */
    static String of(LocalDate date) {
        return date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                + " "
                + date.getYear();
    }

    private record Dated(LocalDate date, DatePrecision precision) {}

    private static Dated date(String text) {
        try {
            Matcher matcher = MONTH_YEAR.matcher(text);
            if (matcher.matches()) {
                Month month = month(matcher.group(1));
                return month == null
                        ? null
                        : new Dated(
                                LocalDate.of(Integer.parseInt(matcher.group(2)), month, 1),
                                DatePrecision.MONTH);
            }
            matcher = MONTH_DAY_YEAR.matcher(text);
            if (matcher.matches()) {
                Month month = month(matcher.group(1));
                return month == null
                        ? null
                        : new Dated(
                                LocalDate.of(
                                        Integer.parseInt(matcher.group(3)),
                                        month,
                                        Integer.parseInt(matcher.group(2))),
                                DatePrecision.DAY);
            }
            matcher = DAY_MONTH_YEAR.matcher(text);
            if (matcher.matches()) {
                Month month = month(matcher.group(2));
                return month == null
                        ? null
                        : new Dated(
                                LocalDate.of(
                                        Integer.parseInt(matcher.group(3)),
                                        month,
                                        Integer.parseInt(matcher.group(1))),
                                DatePrecision.DAY);
            }
            matcher = ISO.matcher(text);
            if (matcher.matches()) {
                return new Dated(
                        LocalDate.of(
                                Integer.parseInt(matcher.group(1)),
                                Integer.parseInt(matcher.group(2)),
                                Integer.parseInt(matcher.group(3))),
                        DatePrecision.DAY);
            }
        } catch (DateTimeException e) {
            return null; // "February 30, 2024" names no day
        }
        return null;
    }

    private static Month month(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        for (Month month : Month.values()) {
            String full =
                    month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
            if (full.equals(lower)
                    || (lower.length() >= 3 && lower.length() <= 4 && full.startsWith(lower))) {
                return month;
            }
        }
        return null;
    }
}
