package dev.newsletter.parser.internal.email;

/**
 * What no other rule claims (a quote, code, a table, a figure, a subsection's heading before any
 * section): content of the open entry, else the open section, else the intro. Nothing is dropped.
 */
final class ContentBlock implements UnitRule {

    @Override
    public boolean apply(Unit unit, UnitContext context) {
        context.issue().addBody(unit.block());
        return true;
    }
}
