package dev.newsletter.parser.internal.email;

/**
 * A list that the open entry's text announces with a colon ("Thanks to:" over "- @ana for the
 * translation"), or the next part of a loose list of text, set apart by a blank line: text where it
 * stands, not entries.
 */
final class AnnouncedList implements UnitRule {

    @Override
    public boolean apply(Unit unit, UnitContext context) {
        if (unit.shape() != UnitShape.LIST) {
            return false;
        }
        IssueUnderConstruction issue = context.issue();
        Unit previous = context.previous();
        boolean continuesTextList =
                previous != null && previous.shape() == UnitShape.LIST && issue.lastListWasText();
        if (!(issue.hasEntry() && context.announced() || continuesTextList)) {
            return false;
        }
        issue.addBody(unit.block());
        return true;
    }
}
