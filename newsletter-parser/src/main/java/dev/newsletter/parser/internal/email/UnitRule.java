package dev.newsletter.parser.internal.email;

/**
 * One way a reader tells what a unit of a body is: a section's heading, an entry's title, its
 * signature, text. {@link UnitRules} asks the rules in order; the first that claims the unit reads
 * it into the issue, and no later rule sees it.
 */
interface UnitRule {

    /**
     * Reads {@code unit} into {@code context}'s issue and returns true when this rule claims it;
     * returns false, having changed nothing, when it does not.
     */
    boolean apply(Unit unit, UnitContext context);
}
