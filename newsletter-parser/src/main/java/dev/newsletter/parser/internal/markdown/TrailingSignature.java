package dev.newsletter.parser.internal.markdown;

import dev.newsletter.Person;
import dev.newsletter.content.Block;
import dev.newsletter.content.Figure;
import dev.newsletter.content.Paragraph;
import dev.newsletter.content.RawBlock;
import dev.newsletter.content.Rule;
import java.net.URI;
import java.util.List;

/**
 * The signature that closes an entry's body ({@code … - *[Ada](u)*}, {@code — *alicexbt*}): the
 * last paragraph's trailing {@link Attribution}, looking past figures, markup and rules, and past a
 * paragraph that ends with a colon ("And for a little light reading:" leads on past the signed
 * text). A body that goes on after a rule ("---" then "Just for fun: …") may be signed before it.
 */
final class TrailingSignature {

    private TrailingSignature() {}

    /**
     * Finds the signature among the first {@code end} blocks of {@code body}, removes it from there
     * (the paragraph, or just its signature) and returns who signed, or null.
     */
    static Person take(List<Block> body, int end, URI base) {
        for (int part = end; part > 0; part = previousRule(body, part)) {
            Person signed = takeBefore(body, part, base);
            if (signed != null) {
                return signed;
            }
        }
        return null;
    }

    private static Person takeBefore(List<Block> body, int end, URI base) {
        for (int i = end - 1; i >= 0; i--) {
            Block block = body.get(i);
            if (block instanceof Paragraph paragraph) {
                Attribution attribution = Attribution.trailing(paragraph, base);
                if (attribution == null && leadsOn(paragraph)) {
                    continue;
                }
                if (attribution == null) {
                    return null;
                }
                if (attribution.remaining() == null) {
                    body.remove(i);
                } else {
                    body.set(i, attribution.remaining());
                }
                return attribution.person();
            }
            if (!(block instanceof Figure || block instanceof RawBlock || block instanceof Rule)) {
                return null;
            }
        }
        return null;
    }

    /** Whether a paragraph ends with a colon: it leads into what follows. */
    private static boolean leadsOn(Paragraph paragraph) {
        return InlineRuns.squeeze(paragraph.plainText()).endsWith(":");
    }

    /** The index of the last rule before {@code end}, or 0. */
    private static int previousRule(List<Block> body, int end) {
        for (int i = end - 1; i > 0; i--) {
            if (body.get(i) instanceof Rule && !(body.get(i - 1) instanceof Rule)) {
                return i;
            }
        }
        return 0;
    }
}
