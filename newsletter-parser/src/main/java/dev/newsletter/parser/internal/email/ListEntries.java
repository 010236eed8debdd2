package dev.newsletter.parser.internal.email;

import dev.newsletter.content.ListBlock;
import dev.newsletter.content.ListItem;

/**
 * A list inside a section whose every item opens with a title ({@link ListItemTitle}: "- The Slow
 * Kiln [2]: firing at low heat", "* **Glaze tests** - forty tiles"): one entry per item, its rest
 * the entry's text. Each item is whole, so what follows the list belongs to the section.
 */
final class ListEntries implements UnitRule {

    @Override
    public boolean apply(Unit unit, UnitContext context) {
        IssueUnderConstruction issue = context.issue();
        if (unit.shape() != UnitShape.LIST
                || !issue.hasSection()
                || !ListItemTitle.allTitled((ListBlock) unit.block())) {
            return false;
        }
        issue.lastListWasText(false);
        for (ListItem item : ((ListBlock) unit.block()).items()) {
            ListItemTitle head = ListItemTitle.of(item);
            TitleStyle style = head.link() != null ? TitleStyle.LINK : TitleStyle.BOLD;
            issue.startEntry(head.title(), head.link(), style);
            head.body().forEach(issue::addBody);
        }
        issue.closeEntry();
        return true;
    }
}
