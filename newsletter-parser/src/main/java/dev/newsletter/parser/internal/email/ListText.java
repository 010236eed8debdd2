package dev.newsletter.parser.internal.email;

/**
 * Any other list: text of the open entry, section or intro (a list of plain topics or tips), and
 * the start of a loose list whose next part {@link AnnouncedList} keeps with it.
 */
final class ListText implements UnitRule {

    @Override
    public boolean apply(Unit unit, UnitContext context) {
        if (unit.shape() != UnitShape.LIST) {
            return false;
        }
        context.issue().addBody(unit.block());
        context.issue().lastListWasText(true);
        return true;
    }
}
