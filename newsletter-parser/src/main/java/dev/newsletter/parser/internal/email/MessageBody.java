package dev.newsletter.parser.internal.email;

/**
 * Everything after a digest's first message headers is the body of the message it follows: a
 * heading, a short line or a list there is the writer's text, not the newsletter's structure.
 */
final class MessageBody implements UnitRule {

    @Override
    public boolean apply(Unit unit, UnitContext context) {
        if (!context.issue().inMessage()) {
            return false;
        }
        context.issue().addBody(unit.block());
        return true;
    }
}
