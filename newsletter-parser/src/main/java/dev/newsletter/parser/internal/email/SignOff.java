package dev.newsletter.parser.internal.email;

import dev.newsletter.parser.internal.common.Words;

/**
 * A short exclamation without a link ("Enjoy!", "See ya! 👋") that closes a part, or stands above a
 * signature ("Until next week," or "-- The Lab Team"): text where it stands, never a heading or a
 * title.
 */
final class SignOff implements UnitRule {

    /** The most words of a sign-off. */
    private static final int MAX_WORDS = 8;

    /** The most words of a signature line; of a valediction before its comma. */
    private static final int MAX_SIGNATURE_WORDS = 10;

    private static final int MAX_VALEDICTION_WORDS = 4;

    @Override
    public boolean apply(Unit unit, UnitContext context) {
        if (unit.shape() != UnitShape.PARAGRAPH
                || !isSignOff(unit)
                || !(context.closesSection() || isSignature(context.next()))) {
            return false;
        }
        context.issue().addBody(unit.block());
        return true;
    }

    /** A short exclamation without a link, maybe followed by an emoji: "See ya! 👋". */
    private static boolean isSignOff(Unit unit) {
        if (!unit.isStandaloneLine() || unit.link() != null || unit.wordCount() > MAX_WORDS) {
            return false;
        }
        String text = unit.text();
        int end = text.length();
        while (end > 0) {
            int last = text.codePointBefore(end);
            if (!Character.isWhitespace(last)
                    && Character.getType(last) != Character.OTHER_SYMBOL
                    && Character.getType(last) != Character.NON_SPACING_MARK
                    && last != '\uFE0F'
                    && !Character.isSupplementaryCodePoint(last)) {
                break;
            }
            end -= Character.charCount(last);
        }
        return end > 0 && text.charAt(end - 1) == '!';
    }

    /**
     * "All our best," (maybe with the name on the same line), or "-- The Lab Team": a line that
     * signs off or signs a message.
     */
    private static boolean isSignature(Unit unit) {
        if (unit == null || !unit.isStandaloneLine() || unit.wordCount() > MAX_SIGNATURE_WORDS) {
            return false;
        }
        String text = unit.text();
        int comma = text.indexOf(", ");
        boolean valediction =
                comma > 0
                        && Words.count(text.substring(0, comma)) <= MAX_VALEDICTION_WORDS
                        && comma + 2 < text.length()
                        && Character.isUpperCase(text.codePointAt(comma + 2));
        return text.endsWith(",")
                || valediction && !HeadlineStyle.endsLikeSentence(text)
                || text.startsWith("--")
                || text.startsWith("\u2014");
    }
}
