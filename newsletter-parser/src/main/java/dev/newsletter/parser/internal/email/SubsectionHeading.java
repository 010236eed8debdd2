package dev.newsletter.parser.internal.email;

/**
 * A subsection's heading in a plain-text body, inside a section ({@code Virtual} underlined with
 * {@code ~}): opens a subsection of the open section, closing open subsections as deep or deeper.
 * Before the first section it is text ({@link ContentBlock}).
 */
final class SubsectionHeading implements UnitRule {

    @Override
    public boolean apply(Unit unit, UnitContext context) {
        if (unit.shape() != UnitShape.SUBHEADING || !context.issue().hasSection()) {
            return false;
        }
        context.issue().startSubsection(unit.text(), unit.level());
        return true;
    }
}
