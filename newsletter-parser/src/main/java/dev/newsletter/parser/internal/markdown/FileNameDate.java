package dev.newsletter.parser.internal.markdown;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date a file name states, by named rules tried in order: {@code 2017-08-15-client.md} and
 * {@code 2022-02.md} (dashed), {@code 2020_03_12.md} (underscored), {@code newsletter-20200312.md}
 * and {@code 20200312.md} (compact). Only real dates count ({@code 20201399} is none), in years
 * 1970 to 2199, so that other numbers in names are not read as dates.
 */
final class FileNameDate {

    /**
     * A date from a file name.
     *
     * @param date the day, or the first of the month
     * @param monthOnly whether the name gives only a month
     * @param rule the name of the rule that read it
     */
    record Found(LocalDate date, boolean monthOnly, String rule) {}

    /** One rule: a pattern with year, month and (optional) day groups. */
    record Rule(String name, Pattern pattern) {}

    static final List<Rule> RULES =
            List.of(
                    new Rule(
                            "dashed",
                            Pattern.compile("(?<![0-9])(\\d{4})-(\\d{2})(?:-(\\d{2}))?(?![0-9])")),
                    new Rule(
                            "underscored",
                            Pattern.compile("(?<![0-9])(\\d{4})_(\\d{2})_(\\d{2})(?![0-9])")),
                    new Rule(
                            "compact",
                            Pattern.compile("(?<![0-9])(\\d{4})(\\d{2})(\\d{2})(?![0-9])")));

    private FileNameDate() {}

    /** The date in the last segment of {@code name}, or null. */
    static Found of(String name) {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        String file = name.substring(slash + 1);
        for (Rule rule : RULES) {
            Matcher matcher = rule.pattern().matcher(file);
            while (matcher.find()) {
                Found found = date(matcher, rule.name());
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static Found date(Matcher matcher, String rule) {
        try {
            int year = Integer.parseInt(matcher.group(1));
            if (year < 1970 || year > 2199) {
                return null;
            }
            int month = Integer.parseInt(matcher.group(2));
            if (matcher.group(3) == null) {
                return new Found(LocalDate.of(year, month, 1), true, rule);
            }
            return new Found(
                    LocalDate.of(year, month, Integer.parseInt(matcher.group(3))), false, rule);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
