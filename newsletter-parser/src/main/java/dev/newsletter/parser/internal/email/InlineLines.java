package dev.newsletter.parser.internal.email;

import dev.newsletter.content.Inline;
import dev.newsletter.content.LineBreak;
import java.util.ArrayList;
import java.util.List;

/** The lines of a paragraph: its inlines split at line breaks, the breaks dropped. */
final class InlineLines {

    private InlineLines() {}

    /** {@code inlines} split at each {@link LineBreak}; one empty line for no inlines. */
    static List<List<Inline>> of(List<Inline> inlines) {
        List<List<Inline>> lines = new ArrayList<>();
        List<Inline> current = new ArrayList<>();
        for (Inline inline : inlines) {
            if (inline instanceof LineBreak) {
                lines.add(current);
                current = new ArrayList<>();
            } else {
                current.add(inline);
            }
        }
        lines.add(current);
        return lines;
    }
}
