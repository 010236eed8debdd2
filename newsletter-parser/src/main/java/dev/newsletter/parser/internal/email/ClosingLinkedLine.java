package dev.newsletter.parser.internal.email;

import dev.newsletter.parser.internal.common.Words;

/**
 * A sentence-case line whose link words end it, right after an entry's text and closing the section
 * ("Watch the 4-min demo video [6]"): the entry's last line, not a title of its own.
 */
final class ClosingLinkedLine implements UnitRule {

    @Override
    public boolean apply(Unit unit, UnitContext context) {
        IssueUnderConstruction issue = context.issue();
        boolean closing =
                unit.shape() == UnitShape.PARAGRAPH
                        && context.closesSection()
                        && issue.hasEntry()
                        && issue.entryBlocks() > 0
                        && unit.isStandaloneLine()
                        && unit.link() != null
                        && !HeadlineStyle.isHeadline(unit.text())
                        && Words.collapse(unit.block().plainText()).equals(unit.text());
        if (!closing) {
            return false;
        }
        issue.addBody(unit.block());
        return true;
    }
}
