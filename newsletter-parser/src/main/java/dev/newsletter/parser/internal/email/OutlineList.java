package dev.newsletter.parser.internal.email;

import dev.newsletter.content.ListBlock;
import dev.newsletter.content.ListItem;
import dev.newsletter.content.Paragraph;
import dev.newsletter.content.Text;
import dev.newsletter.parser.internal.common.TitleStamp;
import dev.newsletter.parser.internal.common.Words;
import java.util.List;

/**
 * A list inside a section whose items are each a title line over a nested list ({@link
 * ListItemTitle#isOutline}: "js/reset (Sat Nov 3 …) 2 commits" over the commits): one entry per
 * item, titled by its line, the stamp after the title and the nested list its text.
 */
final class OutlineList implements UnitRule {

    @Override
    public boolean apply(Unit unit, UnitContext context) {
        IssueUnderConstruction issue = context.issue();
        if (unit.shape() != UnitShape.LIST
                || !issue.hasSection()
                || !ListItemTitle.isOutline((ListBlock) unit.block())) {
            return false;
        }
        issue.lastListWasText(false);
        for (ListItem item : ((ListBlock) unit.block()).items()) {
            String line = Words.collapse(item.blocks().get(0).plainText());
            TitleStamp stamp = TitleStamp.of(line);
            issue.startEntry(stamp == null ? line : stamp.title(), null, TitleStyle.PLAIN);
            if (stamp != null) { // "js/reset (Sat Nov 3 …) 2 commits": the stamp is text
                issue.addBody(new Paragraph(List.of(new Text(stamp.rest()))));
            }
            issue.addBody(item.blocks().get(1));
        }
        return true;
    }
}
