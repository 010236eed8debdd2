package dev.newsletter.parser.internal.email;

/**
 * In a plain-text body without sections or underlined titles, a linked title set apart by two blank
 * lines after the intro, over a paragraph of text: the first entry, in a section without a heading.
 * Two blank lines end the intro there, as the titles of a reading list stand under a greeting.
 */
final class TitleAfterIntro implements UnitRule {

    @Override
    public boolean apply(Unit unit, UnitContext context) {
        IssueUnderConstruction issue = context.issue();
        Unit next = context.next();
        boolean title =
                unit.shape() == UnitShape.PARAGRAPH
                        && context.plainText()
                        && !issue.hasSection()
                        && !context.levels().markedTitles()
                        && unit.gapBefore() >= 2
                        && unit.link() != null
                        && !issue.introIsEmpty()
                        && next != null
                        && next.shape() == UnitShape.PARAGRAPH
                        && !next.isStandaloneLine()
                        && TitleCandidate.is(unit, context.previous());
        if (!title) {
            return false;
        }
        issue.startEntry(unit.text(), unit.link(), TitleStyle.of(unit));
        return true;
    }
}
