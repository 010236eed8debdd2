package dev.newsletter.parser.internal.email;

/**
 * A heading at the section level or above ({@code <h2>Reading</h2>}, a text line underlined with
 * {@code =}): opens a section, closing the one before.
 */
final class SectionHeading implements UnitRule {

    @Override
    public boolean apply(Unit unit, UnitContext context) {
        if (unit.shape() != UnitShape.HEADING || unit.level() > context.levels().sectionLevel()) {
            return false;
        }
        context.issue().startSection(unit.text());
        return true;
    }
}
