package dev.newsletter.parser.internal.email;

/**
 * A separator line ({@code ----------}, an HTML rule): a boundary, not content. It ends a section
 * for the rules that look ahead, and makes the short line after it a heading ({@link
 * SectionHeadingLine}).
 */
final class Separator implements UnitRule {

    @Override
    public boolean apply(Unit unit, UnitContext context) {
        return unit.shape() == UnitShape.RULE;
    }
}
