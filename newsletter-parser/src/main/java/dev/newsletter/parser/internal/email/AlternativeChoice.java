package dev.newsletter.parser.internal.email;

import java.util.List;

/**
 * Which alternative of a {@code multipart/alternative} the parser reads. Kept apart from the walk
 * over the message so that the policy is one named object with its own test.
 */
@FunctionalInterface
interface AlternativeChoice {

    /**
     * The first alternative that holds plain text, else the first that holds HTML: plain text
     * carries a newsletter's structure in its layout, which the text rules read best.
     */
    AlternativeChoice PLAIN_TEXT_FIRST =
            (alternatives, text) -> {
                MimePart chosen = firstHolding(alternatives, "text/plain");
                return chosen == null ? null : new Choice(chosen, null);
            };

    /**
     * {@link #PLAIN_TEXT_FIRST}, unless the plain text is a flattened copy of the HTML ({@link
     * FlattenedTextPart}): then the HTML, which carries the structure the text lost, with the
     * measure that decided it as the reason.
     */
    AlternativeChoice STRUCTURE_FIRST =
            (alternatives, text) -> {
                Choice plain = PLAIN_TEXT_FIRST.choose(alternatives, text);
                if (plain == null || !plain.part().holds("text/plain")) {
                    return plain;
                }
                MimePart html = null;
                for (MimePart alternative : alternatives) {
                    if (alternative != plain.part() && alternative.holds("text/html")) {
                        html = alternative;
                        break;
                    }
                }
                if (html == null) {
                    return plain;
                }
                String plainText = text.of(plain.part(), "text/plain");
                String htmlText = text.of(html, "text/html");
                String measure =
                        plainText == null || htmlText == null
                                ? null
                                : FlattenedTextPart.measure(plainText, htmlText);
                return measure == null
                        ? plain
                        : new Choice(
                                html,
                                "read the HTML part: the text part is a flattened copy ("
                                        + measure
                                        + ")");
            };

    /**
     * The alternative to read.
     *
     * @param alternatives the parts of the {@code multipart/alternative}, in order
     * @param text decodes the first part of a type inside an alternative, for policies that compare
     *     what the alternatives say
     * @return the choice, or {@code null} when no alternative holds text
     */
    Choice choose(List<MimePart> alternatives, AlternativeText text);

    /** The first alternative holding {@code type}, else the first holding HTML, else null. */
    private static MimePart firstHolding(List<MimePart> alternatives, String type) {
        for (MimePart alternative : alternatives) {
            if (alternative.holds(type)) {
                return alternative;
            }
        }
        for (MimePart alternative : alternatives) {
            if (alternative.holds("text/html")) {
                return alternative;
            }
        }
        return null;
    }

    /**
     * An alternative chosen.
     *
     * @param part the alternative to read
     * @param reason why, said as an info diagnostic, when the choice departs from the usual one;
     *     else {@code null}
     */
    record Choice(MimePart part, String reason) {}

    /** The decoded text of the first part of a type inside an alternative. */
    @FunctionalInterface
    interface AlternativeText {

        /** The text, or {@code null} when {@code alternative} holds no part of {@code type}. */
        String of(MimePart alternative, String type);
    }
}
