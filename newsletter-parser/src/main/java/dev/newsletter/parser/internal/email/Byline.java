package dev.newsletter.parser.internal.email;

import dev.newsletter.Person;
import dev.newsletter.content.Paragraph;

/**
 * A byline right under an entry's title, before its text ("by Ana Ruiz"): the entry's contributor.
 * A line naming several ("by Ana [1] and Bo [2]") credits the first and stays as text, so that
 * nobody named is dropped.
 */
final class Byline implements UnitRule {

    @Override
    public boolean apply(Unit unit, UnitContext context) {
        IssueUnderConstruction issue = context.issue();
        if (unit.shape() != UnitShape.PARAGRAPH
                || !issue.hasEntry()
                || issue.entryBlocks() != 0
                || issue.entryHasContributor()) {
            return false;
        }
        Attribution.Found byline = Attribution.byline(unit.inlines());
        if (byline != null) {
            issue.setContributor(byline.person());
            return true;
        }
        if (unit.block() instanceof Paragraph paragraph) {
            Person first = Attribution.firstOfSeveral(paragraph.inlines());
            if (first != null) {
                issue.setContributor(first);
                issue.addBody(paragraph);
                return true;
            }
        }
        return false;
    }
}
