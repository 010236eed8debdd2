package dev.newsletter.parser.internal.email;

import dev.newsletter.SectionKind;
import dev.newsletter.parser.internal.common.ReadingListLead;

/**
 * A sentence announcing a reading list ("Here is what our team read this month:"), right above a
 * line that could title an entry, outside a reading list: opens a reading section without a
 * heading, the sentence its lead text.
 */
final class ReadingListLeadLine implements UnitRule {

    @Override
    public boolean apply(Unit unit, UnitContext context) {
        IssueUnderConstruction issue = context.issue();
        Unit next = context.next();
        boolean lead =
                unit.shape() == UnitShape.PARAGRAPH
                        && issue.sectionKind() != SectionKind.READING
                        && ReadingListLead.matches(unit.text())
                        && Attribution.find(unit.inlines()) == null
                        && next != null
                        && next.shape() == UnitShape.PARAGRAPH
                        && TitleCandidate.is(next, unit);
        if (!lead) {
            return false;
        }
        issue.startUnlabelledSection(SectionKind.READING);
        issue.addBody(unit.block());
        return true;
    }
}
