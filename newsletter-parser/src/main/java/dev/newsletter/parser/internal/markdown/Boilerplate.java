package dev.newsletter.parser.internal.markdown;

import java.util.List;
import java.util.Locale;

/**
 * A call to action set as a link ("Submit your suggestions and votes for next week", "Subscribe"):
 * readers do not take it for an item, so it stays text of its section. The phrases are the
 * publication's ({@code ParseOptions.boilerplatePhrases}).
 */
final class Boilerplate {

    private Boilerplate() {}

    /** Whether {@code title} opens with one of {@code phrases} (lower case). */
    static boolean matches(String title, List<String> phrases) {
        String lower = InlineRuns.squeeze(title).toLowerCase(Locale.ROOT);
        for (String phrase : phrases) {
            if (lower.startsWith(phrase)) {
                return true;
            }
        }
        return false;
    }
}
