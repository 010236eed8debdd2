package dev.newsletter.parser.internal.markdown;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.SignStyle;
import java.time.temporal.ChronoField;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates front matter holds: ISO instants and offsets ({@code 2021-06-25T14:49:47Z}),
 * plain dates ({@code 2021-11-17}), Jekyll's {@code 2021-06-27 12:06:51 +0100}, Pelican's {@code
 * 2013-06-15 22:00}, and month-first US dates ({@code 06-27-2023}). A date without an offset is in
 * the configured zone.
 */
final class DateReader {

    /**
     * A date read from metadata.
     *
     * @param date the day as the author wrote it
     * @param published the instant, when the date names one or is a day in the configured zone
     */
    record ReadDate(LocalDate date, Instant published) {}

    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern SLASHED_DATE = Pattern.compile("(\\d{4})/(\\d{1,2})/(\\d{1,2})");
    private static final Pattern MONTH_FIRST =
            Pattern.compile("(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})");
    private static final Pattern DATE_TIME =
            Pattern.compile(
                    "(\\d{4}-\\d{1,2}-\\d{1,2})[T ](\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?)"
                            + "\\s*(Z|[+-]\\d{2}:?\\d{2}|[+-]\\d{2})?");

    private static final DateTimeFormatter TIME =
            new DateTimeFormatterBuilder()
                    .appendValue(ChronoField.HOUR_OF_DAY, 1, 2, SignStyle.NEVER)
                    .appendLiteral(':')
                    .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
                    .optionalStart()
                    .appendLiteral(':')
                    .appendValue(ChronoField.SECOND_OF_MINUTE, 2)
                    .optionalStart()
                    .appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true)
                    .toFormatter();

    private DateReader() {}

    /** The date in {@code text}, or {@code null} when it cannot be read. */
    static ReadDate read(String text, ZoneId zone) {
        String value = text.strip();
        try {
            Matcher dateTime = DATE_TIME.matcher(value);
            if (dateTime.matches()) {
                LocalDate date = isoDate(dateTime.group(1));
                LocalTime time = LocalTime.parse(dateTime.group(2), TIME);
                String offset = dateTime.group(3);
                if (date == null) {
                    return null;
                }
                if (offset == null) {
                    return new ReadDate(
                            date, LocalDateTime.of(date, time).atZone(zone).toInstant());
                }
                ZoneOffset zoneOffset =
                        offset.equals("Z") ? ZoneOffset.UTC : ZoneOffset.of(colon(offset));
                return new ReadDate(date, OffsetDateTime.of(date, time, zoneOffset).toInstant());
            }
            Matcher iso = ISO_DATE.matcher(value);
            if (iso.matches()) {
                return atStartOfDay(isoDate(value), zone);
            }
            Matcher slashed = SLASHED_DATE.matcher(value);
            if (slashed.matches()) {
                return atStartOfDay(
                        date(slashed.group(1), slashed.group(2), slashed.group(3)), zone);
            }
            Matcher monthFirst = MONTH_FIRST.matcher(value);
            if (monthFirst.matches()) {
                int first = Integer.parseInt(monthFirst.group(1));
                // Month first, as US sites write; a first number above 12 can only be a day.
                return first > 12
                        ? atStartOfDay(
                                date(monthFirst.group(3), monthFirst.group(2), monthFirst.group(1)),
                                zone)
                        : atStartOfDay(
                                date(monthFirst.group(3), monthFirst.group(1), monthFirst.group(2)),
                                zone);
            }
            return atStartOfDay(
                    LocalDate.from(DateTimeFormatter.RFC_1123_DATE_TIME.parse(value)), zone);
        } catch (DateTimeParseException e) {
            return null;
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static ReadDate atStartOfDay(LocalDate date, ZoneId zone) {
        return date == null ? null : new ReadDate(date, date.atStartOfDay(zone).toInstant());
    }

    private static LocalDate isoDate(String text) {
        Matcher iso = ISO_DATE.matcher(text);
        return iso.matches() ? date(iso.group(1), iso.group(2), iso.group(3)) : null;
    }

    private static LocalDate date(String year, String month, String day) {
        return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
    }

    private static String colon(String offset) {
        if (offset.length() == 5 && offset.indexOf(':') < 0) {
            return offset.substring(0, 3) + ":" + offset.substring(3);
        }
        return offset.length() == 3 ? offset + ":00" : offset;
    }
}
