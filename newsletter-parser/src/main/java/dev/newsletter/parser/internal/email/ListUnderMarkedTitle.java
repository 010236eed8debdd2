package dev.newsletter.parser.internal.email;

/**
 * A list inside an entry of a text that underlines every title: the entry's text (a list of linked
 * tools under "Kiln software" underlined with {@code -}), since such a text sets no title as a list
 * item.
 */
final class ListUnderMarkedTitle implements UnitRule {

    @Override
    public boolean apply(Unit unit, UnitContext context) {
        if (unit.shape() != UnitShape.LIST
                || !context.issue().hasEntry()
                || !context.levels().markedTitles()) {
            return false;
        }
        context.issue().addBody(unit.block());
        context.issue().lastListWasText(true);
        return true;
    }
}
