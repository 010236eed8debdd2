package dev.newsletter.parser.internal.email;

import dev.newsletter.content.Quote;

/**
 * A passage in quotation marks or opened by an ellipsis, right after a line ending in a colon ("She
 * writes:" then "“Clay remembers every hand.”"): quoted from the work discussed, kept as a quote.
 */
final class QuotedPassage implements UnitRule {

    @Override
    public boolean apply(Unit unit, UnitContext context) {
        if (unit.shape() != UnitShape.PARAGRAPH || !context.announced() || !isQuoted(unit.text())) {
            return false;
        }
        context.issue().addBody(Quote.of(unit.block()));
        return true;
    }

    private static boolean isQuoted(String text) {
        return text.startsWith("…")
                || text.startsWith("...")
                || (text.startsWith("“") && (text.endsWith("”") || text.endsWith("”.")))
                || (text.startsWith("\"") && text.endsWith("\"") && text.length() > 1);
    }
}
