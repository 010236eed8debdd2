package dev.newsletter.parser.internal.email;

import java.time.Month;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A month an intro names as its edition: "Welcome to the June edition", "the April Cloudera Fast
 * Forward Labs newsletter", "our May issue". A month in passing ("see you in August") is none.
 */
final class MonthMention {

    private static final String MONTHS =
            "January|February|March|April|May|June|July|August|September|October|November|December";
    private static final Pattern EDITION_MONTH =
            Pattern.compile(
                    "\\b(?:[Tt]he|[Oo]ur|[Tt]his) ("
                            + MONTHS
                            + ")\\b"
                            + "|\\b("
                            + MONTHS
                            + ") (?:edition|issue|newsletter|digest|roundup)\\b");

    private MonthMention() {}

    /** The first month the text names as an edition, or {@code null}. */
    static Month first(String text) {
        Matcher matcher = EDITION_MONTH.matcher(text);
        if (!matcher.find()) {
            return null;
        }
        String name = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
        return Month.valueOf(name.toUpperCase(Locale.ROOT));
    }
}
