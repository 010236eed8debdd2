package dev.newsletter.parser.internal.email;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An edition line naming a month, such as "February 2022", "Feb. 2022" or "February, 2022": the
 * issue's edition, dated the first of that month.
 */
final class EditionLine {

    private static final Pattern MONTH_YEAR =
            Pattern.compile("(?i)([a-z]{3,9})\\.?,?\\s+((?:19|20)\\d{2})");

    private EditionLine() {}

    /**
     * The first day of the month the line names, or {@code null} when it is not an edition line.
     */
    static LocalDate parse(String line) {
        Matcher matcher = MONTH_YEAR.matcher(line.strip());
        if (!matcher.matches()) {
            return null;
        }
        Month month = month(matcher.group(1));
        return month == null ? null : LocalDate.of(Integer.parseInt(matcher.group(2)), month, 1);
    }

    /** The edition name the date gives when no line names one: "February 2022". */
    static String of(LocalDate date) {
        return date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                + " "
                + date.getYear();
    }

    private static Month month(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        for (Month month : Month.values()) {
            String full =
                    month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
            if (full.equals(lower)
                    || (lower.length() >= 3 && full.startsWith(lower) && lower.length() <= 4)) {
                return month;
            }
        }
        return null;
    }
}
