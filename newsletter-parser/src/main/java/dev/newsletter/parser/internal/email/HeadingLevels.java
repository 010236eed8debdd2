package dev.newsletter.parser.internal.email;

import dev.newsletter.SectionKind;
import dev.newsletter.SectionVocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which headings of a body start sections, read before its first unit: the highest level used,
 * unless that level is one lone heading before all others (the newsletter's own title), which then
 * is the title and the next level starts sections.
 *
 * @param sectionLevel the deepest heading level that starts a section; entry titles sit one below
 * @param markedSections whether the body marks its section headings (underlined, {@code #} or an
 *     HTML heading), two at least, so that it sets none as a bare line
 * @param markedTitles whether a plain-text body underlines the titles of its entries one level
 *     below its sections, so that no bare line is a title
 * @param titleHeading the heading that names the newsletter, or null
 */
record HeadingLevels(
        int sectionLevel, boolean markedSections, boolean markedTitles, Unit titleHeading) {

    /** The levels of a body without headings: sections at level 2, nothing marked. */
    static final HeadingLevels NONE = new HeadingLevels(2, false, false, null);

    /**
     * The levels of the body made of {@code units}.
     *
     * @param consumed the indexes of units the preheader took
     * @param plainText whether the body is plain text, whose underlines mark titles
     * @param vocabulary the labels that name a kind of section (such a heading is never the title)
     */
    static HeadingLevels of(
            List<Unit> units,
            Set<Integer> consumed,
            boolean plainText,
            SectionVocabulary vocabulary) {
        List<Unit> headings = new ArrayList<>();
        Unit firstContent = null;
        boolean editionFirst = false;
        for (int i = 0; i < units.size(); i++) {
            Unit unit = units.get(i);
            if (headings.isEmpty() && EditionLine.parse(unit.text()) != null) {
                editionFirst = true;
            }
            boolean content =
                    !consumed.contains(i)
                            && unit.shape() != UnitShape.FIGURE
                            && unit.shape() != UnitShape.RULE
                            && EditionLine.parse(unit.text()) == null;
            if (firstContent == null && content) {
                firstContent = unit;
            }
            if (unit.shape() == UnitShape.HEADING && EditionLine.parse(unit.text()) == null) {
                headings.add(unit);
            }
        }
        if (headings.isEmpty()) {
            return NONE;
        }
        int top = highest(headings);
        int topCount = countAt(headings, top);
        boolean markedTitles = plainText && countAt(headings, top + 1) >= 1;
        Unit first = headings.get(0);
        if (topCount == 1
                && first.level() == top
                && headings.size() > 1
                && first == firstContent
                && !editionFirst
                && vocabulary.match(first.text()).kind() == SectionKind.OTHER) {
            // a lone top heading names the newsletter, unless the edition line came first or it
            // names a kind of section
            List<Unit> rest = headings.subList(1, headings.size());
            int next = highest(rest);
            return new HeadingLevels(next, countAt(rest, next) >= 2, markedTitles, first);
        }
        return new HeadingLevels(top, topCount >= 2, markedTitles, null);
    }

    /**
     * Whether a heading at {@code level} heads part of a text rather than an entry: it sits two
     * levels or more below the sections, under the level entry titles take.
     */
    boolean headsText(int level) {
        return level > sectionLevel + 1;
    }

    /** The highest level (smallest number) of {@code headings}, 6 at most. */
    private static int highest(List<Unit> headings) {
        int top = 6;
        for (Unit heading : headings) {
            top = Math.min(top, heading.level());
        }
        return top;
    }

    private static int countAt(List<Unit> headings, int level) {
        int count = 0;
        for (Unit heading : headings) {
            count += heading.level() == level ? 1 : 0;
        }
        return count;
    }
}
