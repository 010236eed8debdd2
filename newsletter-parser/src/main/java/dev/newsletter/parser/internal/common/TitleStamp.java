package dev.newsletter.parser.internal.common;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A date stamp in parentheses after an item's name, as status reports and changelogs write them:
 * {@code js/reset (Sat Nov 3 15:21:21 2007 +0000) 2 commits}, {@code Parser rewrite (2024-05-03)}:
 * a short name, the stamp, at most a few words after it. A reader takes the name before the stamp
 * as the item's title; the stamp and what follows it are the item's text, not its title.
 *
 * <p>Only a stamp that names a day counts — a weekday, a month with its day, a full ISO date or a
 * clock time — so that a title that merely ends in a year or a month ("Release notes (May 2024)",
 * "Attention Is All You Need (2017)") stays whole.
 *
 * @param title the name before the stamp
 * @param rest the stamp and what follows it
 */
public record TitleStamp(String title, String rest) {

    /** Words a name before a stamp may have: more and the line is a sentence, not a name. */
    static final int MAX_TITLE_WORDS = 12;

    /**
     * Words after the stamp, as in "2 commits": more and the line is a sentence that happens to
     * hold a date ("We met (Monday 3 May) to plan the release and…"), whose lead words title it.
     */
    static final int MAX_TAIL_WORDS = 4;

    private static final Set<String> WEEKDAYS =
            Set.of(
                    "mon",
                    "tue",
                    "tues",
                    "wed",
                    "thu",
                    "thur",
                    "thurs",
                    "fri",
                    "sat",
                    "sun",
                    "monday",
                    "tuesday",
                    "wednesday",
                    "thursday",
                    "friday",
                    "saturday",
                    "sunday");

    private static final Set<String> MONTHS =
            Set.of(
                    "jan",
                    "feb",
                    "mar",
                    "apr",
                    "may",
                    "jun",
                    "jul",
                    "aug",
                    "sep",
                    "sept",
                    "oct",
                    "nov",
                    "dec",
                    "january",
                    "february",
                    "march",
                    "april",
                    "june",
                    "july",
                    "august",
                    "september",
                    "october",
                    "november",
                    "december");

    private static final Pattern TOKEN_BREAK = Pattern.compile("[\\s,.]+");

    private static final Pattern ORDINAL = Pattern.compile("(?:st|nd|rd|th)$");

    /** The name and the stamp of {@code line}, or null when it holds no stamp after a name. */
    public static TitleStamp of(String line) {
        int open = line.indexOf('(');
        if (open <= 0) {
            return null;
        }
        int close = line.indexOf(')', open);
        if (close < 0 || line.indexOf('(', open + 1) >= 0 && line.indexOf('(', open + 1) < close) {
            return null;
        }
        String title = line.substring(0, open).strip();
        int words = Words.count(title);
        if (words == 0
                || words > MAX_TITLE_WORDS
                || Words.count(line.substring(close + 1)) > MAX_TAIL_WORDS
                || !namesADay(line.substring(open + 1, close))) {
            return null;
        }
        return new TitleStamp(title, line.substring(open).strip());
    }

    private static boolean namesADay(String stamp) {
        String[] tokens = TOKEN_BREAK.split(stamp.toLowerCase(Locale.ROOT));
        boolean month = false;
        for (int i = 0; i < tokens.length; i++) {
            String token = tokens[i];
            if (WEEKDAYS.contains(token) || isClockTime(token) || isIsoDate(token)) {
                return true;
            }
            if (MONTHS.contains(token)) {
                month = true;
            } else if (month && isDayOfMonth(token)
                    || isDayOfMonth(token) && nextIsMonth(tokens, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean nextIsMonth(String[] tokens, int i) {
        return i + 1 < tokens.length && MONTHS.contains(tokens[i + 1]);
    }

    private static boolean isDayOfMonth(String token) {
        String digits = ORDINAL.matcher(token).replaceFirst("");
        return !digits.isEmpty()
                && digits.length() <= 2
                && digits.chars().allMatch(Character::isDigit)
                && Integer.parseInt(digits) >= 1
                && Integer.parseInt(digits) <= 31;
    }

    /** "15:21" or "15:21:21". */
    private static boolean isClockTime(String token) {
        return token.length() >= 4
                && token.length() <= 8
                && token.indexOf(':') > 0
                && token.chars().allMatch(c -> c == ':' || Character.isDigit(c));
    }

    /** "2024-05-03". */
    private static boolean isIsoDate(String token) {
        return token.length() == 10
                && token.charAt(4) == '-'
                && token.charAt(7) == '-'
                && token.replace("-", "").chars().allMatch(Character::isDigit);
    }
}
