package dev.newsletter.parser.internal.email;

import dev.newsletter.content.Inline;
import dev.newsletter.content.Paragraph;
import dev.newsletter.parser.internal.common.Words;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The preheader at the very top of a body, read before any other rule: a "View this email in
 * browser" line among the first {@value #UNITS} units, the tagline before it (its first short line)
 * and what else shares its paragraphs, which goes to the intro. A heading or an edition line ends
 * the search: a preheader comes before them.
 */
final class Preheader {

    /** How far down the preheader may stand, in units. */
    static final int UNITS = 4;

    /** The most words of a tagline. */
    private static final int MAX_TAGLINE_WORDS = 25;

    private Preheader() {}

    /**
     * Reads the preheader of {@code units} into {@code issue}, adding the indexes of the units it
     * took to {@code consumed}.
     */
    static void read(List<Unit> units, Set<Integer> consumed, IssueUnderConstruction issue) {
        int limit = Math.min(units.size(), UNITS);
        for (int i = 0; i < limit; i++) {
            Unit unit = units.get(i);
            if (unit.shape() == UnitShape.HEADING || EditionLine.parse(unit.text()) != null) {
                return;
            }
            if (unit.shape() != UnitShape.PARAGRAPH) {
                continue;
            }
            List<List<Inline>> lines = InlineLines.of(unit.inlines());
            int viewLine = viewInBrowserLine(lines);
            if (viewLine < 0) {
                continue;
            }
            List<List<Inline>> before = new ArrayList<>();
            for (int k = 0; k < i; k++) {
                Unit earlier = units.get(k);
                if (earlier.shape() == UnitShape.PARAGRAPH) {
                    before.addAll(InlineLines.of(earlier.inlines()));
                    consumed.add(k);
                }
            }
            before.addAll(lines.subList(0, viewLine));
            keepWebCopy(lines.get(viewLine), issue.header());
            consumed.add(i);
            for (List<Inline> line : before) {
                String text = Words.collapse(Inline.plainText(line));
                if (issue.header().tagline() == null
                        && !text.isEmpty()
                        && Words.count(text) <= MAX_TAGLINE_WORDS) {
                    issue.header().tagline(text);
                } else if (!text.isEmpty()) {
                    issue.addToIntro(new Paragraph(line));
                }
            }
            for (List<Inline> line : lines.subList(viewLine + 1, lines.size())) {
                if (!Inline.plainText(line).isBlank()) {
                    issue.addToIntro(new Paragraph(line));
                }
            }
            return;
        }
    }

    /** The index of the "View this email in browser" line among {@code lines}, or -1. */
    private static int viewInBrowserLine(List<List<Inline>> lines) {
        for (int j = 0; j < lines.size(); j++) {
            if (ViewInBrowserLine.matches(Inline.plainText(lines.get(j)))) {
                return j;
            }
        }
        return -1;
    }

    /** Keeps where the web copy is, and the words of its link when the line is one. */
    private static void keepWebCopy(List<Inline> view, IssueHeader header) {
        URI target = HtmlBodyReader.wholeLink(view);
        String viewText = Words.collapse(Inline.plainText(view));
        header.metadata().put("viewInBrowser", target != null ? target.toString() : viewText);
        if (target != null) {
            header.metadata().put("viewInBrowserText", viewText);
        }
    }
}
