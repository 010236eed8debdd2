package dev.newsletter.parser.internal.email;

/**
 * A line inside a section that could title an entry ({@link TitleCandidate}: a linked line, a bold
 * line, a headline-style line): opens an entry. Not in a text that underlines every title, where a
 * bare line is none; and not a line set apart less strongly than the section's titles inside an
 * entry that has text (a bold "Safeguards" within an essay whose title was a heading is a
 * subheading of that essay).
 */
final class EntryTitle implements UnitRule {

    @Override
    public boolean apply(Unit unit, UnitContext context) {
        IssueUnderConstruction issue = context.issue();
        boolean title =
                unit.shape() == UnitShape.PARAGRAPH
                        && !context.levels().markedTitles()
                        && issue.hasSection()
                        && TitleCandidate.is(unit, context.previous())
                        && !isSubheading(unit, issue);
        if (!title) {
            return false;
        }
        issue.startEntry(unit.text(), unit.link(), TitleStyle.of(unit));
        return true;
    }

    private static boolean isSubheading(Unit unit, IssueUnderConstruction issue) {
        return issue.hasEntry()
                && issue.entryBlocks() > 0
                && issue.sectionTitleStyle() != null
                && TitleStyle.of(unit).compareTo(issue.sectionTitleStyle()) > 0;
    }
}
