package dev.newsletter.parser.internal.email;

/**
 * A heading before any section that is an edition line ({@code <h1>Issue 42 – March 2024</h1>}):
 * the issue's edition and date, not a section.
 */
final class EditionHeading implements UnitRule {

    @Override
    public boolean apply(Unit unit, UnitContext context) {
        if (unit.shape() != UnitShape.HEADING) {
            return false;
        }
        IssueUnderConstruction issue = context.issue();
        EditionLine.Edition named = EditionLine.parse(unit.text());
        if (named == null || issue.header().edition() != null || issue.hasSection()) {
            return false;
        }
        issue.header().edition(named);
        return true;
    }
}
