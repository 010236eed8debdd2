package dev.newsletter.parser.internal.email;

import java.util.List;

/**
 * Which alternative of a {@code multipart/alternative} the parser reads: one rule, kept apart so
 * that another (such as preferring the HTML when the plain text is a flattened copy of it) can
 * replace it.
 */
@FunctionalInterface
interface AlternativeChoice {

    /**
     * The first alternative that holds plain text, else the first that holds HTML: plain text
     * carries a newsletter's structure in its layout, which the text rules read best.
     */
    AlternativeChoice PLAIN_TEXT_FIRST =
            alternatives -> {
                for (MimePart alternative : alternatives) {
                    if (alternative.holds("text/plain")) {
                        return alternative;
                    }
                }
                for (MimePart alternative : alternatives) {
                    if (alternative.holds("text/html")) {
                        return alternative;
                    }
                }
                return null;
            };

    /**
     * The alternative to read.
     *
     * @param alternatives the parts of the {@code multipart/alternative}, in order
     * @return one of them, or {@code null} when none holds text
     */
    MimePart choose(List<MimePart> alternatives);
}
