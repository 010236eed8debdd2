package dev.newsletter.parser.internal.email;

/**
 * A heading one level below the sections, inside one ({@code <h3>The Slow Kiln</h3>}, a text line
 * underlined with {@code -}): the title of an entry, with the heading's link.
 */
final class EntryHeading implements UnitRule {

    @Override
    public boolean apply(Unit unit, UnitContext context) {
        if (unit.shape() != UnitShape.HEADING || !context.issue().hasSection()) {
            return false;
        }
        context.issue().startEntry(unit.text(), unit.link(), TitleStyle.HEADING);
        return true;
    }
}
