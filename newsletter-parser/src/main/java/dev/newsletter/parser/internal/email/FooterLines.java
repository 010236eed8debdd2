package dev.newsletter.parser.internal.email;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The footer email tools append to a newsletter: the unsubscribe line, "You are receiving this
 * email because...", the sender's postal address and copyright. A reader skips it; the parser keeps
 * it as metadata rather than as the last entry's body.
 */
final class FooterLines {

    /** Footers are short: look for one only among the last units of a body. */
    private static final int MAX_FOOTER_UNITS = 8;

    private static final Pattern FOOTER =
            Pattern.compile(
                    "(?i)\\bunsubscribe\\b|\\byou (?:are|were) receiving this\\b|\\byou received this"
                            + " (?:email|message|newsletter)\\b|\\bupdate (?:your )?(?:email )?preferences\\b"
                            + "|\\bmanage (?:your )?(?:subscription|preferences)\\b|\\bno longer wish to receive\\b");
    private static final Pattern LEGAL =
            Pattern.compile(
                    "(?i)\\bcopyright\\b|©|\\ball rights reserved\\b|\\bmailing address\\b");

    private FooterLines() {}

    /** The index of the first unit of the footer, or {@code units.size()} when there is none. */
    static int start(List<Unit> units) {
        int from = Math.max(0, units.size() - MAX_FOOTER_UNITS);
        int start = units.size();
        for (int i = from; i < units.size(); i++) {
            Unit unit = units.get(i);
            if (unit.shape() == UnitShape.HEADING || unit.shape() == UnitShape.HEADERS) {
                start = units.size(); // content goes on after it: that was no footer
            } else if (start == units.size()
                    && unit.wordCount() <= 60
                    && FOOTER.matcher(unit.text()).find()) {
                start = i;
            }
        }
        while (start > from && start < units.size() && isFooterLead(units.get(start - 1))) {
            start--;
        }
        return start;
    }

    private static boolean isFooterLead(Unit unit) {
        return unit.shape() == UnitShape.RULE
                || unit.wordCount() <= 40 && LEGAL.matcher(unit.text()).find();
    }
}
