package dev.newsletter.parser.internal.email;

import dev.newsletter.parser.internal.common.Words;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code Date:} header as RFC 5322 writes it, read leniently: "Thu, 08 Nov 2007 00:08:15 -0800",
 * "Fri, 31 Dec 2021 00:25:46 +0100 (CET)", "8 Nov 2007 09:08 GMT". The offset is kept, so the day
 * is the sender's day.
 */
final class MailDate {

    private static final Pattern DATE =
            Pattern.compile(
                    "(?:[A-Za-z]{3},?\\s*)?(\\d{1,2})\\s+([A-Za-z]{3})[a-z]*\\s+(\\d{2,4})\\s+(\\d{1,2}):(\\d{2})"
                            + "(?::(\\d{2}))?\\s*([+-]\\d{4}|[A-Za-z]{1,5})?.*");

    private static final Map<String, Integer> MONTHS =
            Map.ofEntries(
                    Map.entry("jan", 1),
                    Map.entry("feb", 2),
                    Map.entry("mar", 3),
                    Map.entry("apr", 4),
                    Map.entry("may", 5),
                    Map.entry("jun", 6),
                    Map.entry("jul", 7),
                    Map.entry("aug", 8),
                    Map.entry("sep", 9),
                    Map.entry("oct", 10),
                    Map.entry("nov", 11),
                    Map.entry("dec", 12));

    private static final Map<String, Integer> ZONE_HOURS =
            Map.ofEntries(
                    Map.entry("UT", 0),
                    Map.entry("UTC", 0),
                    Map.entry("GMT", 0),
                    Map.entry("Z", 0),
                    Map.entry("EST", -5),
                    Map.entry("EDT", -4),
                    Map.entry("CST", -6),
                    Map.entry("CDT", -5),
                    Map.entry("MST", -7),
                    Map.entry("MDT", -6),
                    Map.entry("PST", -8),
                    Map.entry("PDT", -7));

    private MailDate() {}

    /**
     * The date and time, or {@code null} when the header cannot be read.
     *
     * @param value the header value
     * @param defaultZone the zone of a date that names none
     */
    static OffsetDateTime parse(String value, ZoneId defaultZone) {
        String text = Words.collapse(value);
        if (text.length() > 200) {
            return null;
        }
        Matcher matcher = DATE.matcher(text);
        if (!matcher.matches()) {
            return null;
        }
        Integer month = MONTHS.get(matcher.group(2).toLowerCase(Locale.ROOT));
        if (month == null) {
            return null;
        }
        int year = Integer.parseInt(matcher.group(3));
        if (year < 100) {
            year += year < 50 ? 2000 : 1900; // RFC 5322 4.3: obsolete two-digit years
        }
        try {
            LocalDateTime local =
                    LocalDateTime.of(
                            year,
                            month,
                            Integer.parseInt(matcher.group(1)),
                            Integer.parseInt(matcher.group(4)),
                            Integer.parseInt(matcher.group(5)),
                            matcher.group(6) == null ? 0 : Integer.parseInt(matcher.group(6)));
            ZoneOffset offset = offset(matcher.group(7), local, defaultZone);
            return local.atOffset(offset);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static ZoneOffset offset(String zone, LocalDateTime local, ZoneId defaultZone) {
        if (zone == null) {
            return defaultZone.getRules().getOffset(local);
        }
        if (zone.startsWith("+") || zone.startsWith("-")) {
            int sign = zone.startsWith("-") ? -1 : 1;
            int hours = Integer.parseInt(zone.substring(1, 3));
            int minutes = Integer.parseInt(zone.substring(3, 5));
            return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
        }
        Integer hours = ZONE_HOURS.get(zone.toUpperCase(Locale.ROOT));
        return hours == null ? defaultZone.getRules().getOffset(local) : ZoneOffset.ofHours(hours);
    }
}
