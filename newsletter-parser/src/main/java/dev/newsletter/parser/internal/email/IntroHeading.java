package dev.newsletter.parser.internal.email;

/**
 * A heading below the section level before the first section ({@code <h3>In this issue</h3>} under
 * the masthead): part of the intro.
 */
final class IntroHeading implements UnitRule {

    @Override
    public boolean apply(Unit unit, UnitContext context) {
        if (unit.shape() != UnitShape.HEADING) {
            return false;
        }
        context.issue().addToIntro(unit.block());
        return true;
    }
}
