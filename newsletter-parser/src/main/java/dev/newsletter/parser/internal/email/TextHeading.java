package dev.newsletter.parser.internal.email;

/**
 * A heading two levels or more below the sections, inside one ({@code ### Method} below titles
 * underlined with {@code -}): a heading within the text of the open entry or section, not an entry
 * of its own.
 */
final class TextHeading implements UnitRule {

    @Override
    public boolean apply(Unit unit, UnitContext context) {
        if (unit.shape() != UnitShape.HEADING
                || !context.issue().hasSection()
                || !context.levels().headsText(unit.level())) {
            return false;
        }
        context.issue().addBody(unit.block());
        return true;
    }
}
