package dev.newsletter.parser.internal.markdown;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** English month names: edition lines such as "February 2022", and months named in prose. */
final class MonthNames {

    private static final Pattern EDITION =
            Pattern.compile(
                    "(?i)(January|February|March|April|May|June|July|August|September|October|November|December"
                            + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?,?\\s+(\\d{4})");

    private static final Pattern MONTH_WORD =
            Pattern.compile(
                    "\\b(January|February|March|April|May|June|July|August|September|October|November|December)"
                            + "\\b");

    private MonthNames() {}

    /** The month of an edition line such as "February 2022", or {@code null}. */
    static YearMonth edition(String text) {
        Matcher matcher = EDITION.matcher(text.strip());
        if (!matcher.matches()) {
            return null;
        }
        return YearMonth.of(Integer.parseInt(matcher.group(2)), month(matcher.group(1)));
    }

    /** "June 2021". */
    static String editionOf(LocalDate date) {
        return date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                + " "
                + date.getYear();
    }

    /** "June 2021". */
    static String editionOf(YearMonth month) {
        return editionOf(month.atDay(1));
    }

    /** The first capitalised full month name in {@code text}, or {@code null}. */
    static Month firstMonthIn(String text, Month other) {
        Matcher matcher = MONTH_WORD.matcher(text);
        Month first = null;
        while (matcher.find()) {
            Month month = month(matcher.group(1));
            if (month == other) {
                return other;
            }
            if (first == null) {
                first = month;
            }
        }
        return first;
    }

    static String name(Month month) {
        return month.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static Month month(String name) {
        String prefix = name.substring(0, 3).toLowerCase(Locale.ROOT);
        for (Month month : Month.values()) {
            if (month.name().toLowerCase(Locale.ROOT).startsWith(prefix)) {
                return month;
            }
        }
        throw new IllegalArgumentException(name);
    }
}
