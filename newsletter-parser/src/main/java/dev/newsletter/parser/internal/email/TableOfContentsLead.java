package dev.newsletter.parser.internal.email;

/**
 * "Today's Topics:" over the numbered list of a digest's messages, before the first message: opens
 * a section headed by the line without its colon, which holds the list.
 */
final class TableOfContentsLead implements UnitRule {

    /** The most words of the lead line. */
    private static final int MAX_WORDS = 6;

    @Override
    public boolean apply(Unit unit, UnitContext context) {
        Unit next = context.next();
        boolean lead =
                context.digest()
                        && !context.issue().hasSection()
                        && unit.isStandaloneLine()
                        && unit.text().endsWith(":")
                        && unit.wordCount() <= MAX_WORDS
                        && next != null
                        && next.shape() == UnitShape.LIST;
        if (!lead) {
            return false;
        }
        String text = unit.text();
        context.issue().startSection(text.substring(0, text.length() - 1).strip());
        return true;
    }
}
