package dev.newsletter.parser.internal.email;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Any other paragraph: text of the open entry, else the open section, else the intro. The intro's
 * first paragraph is checked against the edition line: naming another month is warned about ("the
 * intro names March but the edition line says February 2022").
 */
final class Prose implements UnitRule {

    @Override
    public boolean apply(Unit unit, UnitContext context) {
        if (unit.shape() != UnitShape.PARAGRAPH) {
            return false;
        }
        IssueUnderConstruction issue = context.issue();
        if (!issue.hasSection()) {
            checkIntroMonth(unit, issue);
        }
        issue.addBody(unit.block());
        return true;
    }

    private static void checkIntroMonth(Unit unit, IssueUnderConstruction issue) {
        IssueHeader header = issue.header();
        if (header.editionDate() == null || !issue.checkIntroOnce()) {
            return;
        }
        Month named = MonthMention.first(unit.text());
        if (named != null && named != header.editionDate().getMonth()) {
            issue.warn(
                    unit.line(),
                    "the intro names "
                            + named.getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                            + " but the edition line says "
                            + header.edition());
        }
    }
}
