package dev.newsletter.parser.internal.email;

/**
 * The lone top heading that {@link HeadingLevels} chose as the newsletter's own title ({@code
 * <h1>Field Notes</h1>} above {@code <h2>} sections): the body's title, or intro text when a
 * digest's name gave the title already.
 */
final class TitleHeading implements UnitRule {

    @Override
    public boolean apply(Unit unit, UnitContext context) {
        if (unit.shape() != UnitShape.HEADING || unit != context.levels().titleHeading()) {
            return false;
        }
        IssueHeader header = context.issue().header();
        if (header.title() == null) {
            header.title(unit.text());
        } else {
            context.issue().addToIntro(unit.block());
        }
        return true;
    }
}
