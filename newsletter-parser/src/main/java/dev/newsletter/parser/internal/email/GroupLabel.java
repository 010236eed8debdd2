package dev.newsletter.parser.internal.email;

/**
 * A short label right above a linked or headed title inside a section ("Tools" over "The Kiln
 * Calculator [3]"): it groups the entries that follow and stays text of the section, not an entry
 * of its own (an entry without a link or a body says nothing).
 */
final class GroupLabel implements UnitRule {

    /** The most words of a label over a group of entries: "Git tools and sites". */
    static final int MAX_WORDS = 6;

    @Override
    public boolean apply(Unit unit, UnitContext context) {
        Unit next = context.next();
        boolean label =
                unit.shape() == UnitShape.PARAGRAPH
                        && context.issue().hasSection()
                        && next != null
                        && unit.isStandaloneLine()
                        && unit.link() == null
                        && unit.wordCount() > 0
                        && unit.wordCount() <= MAX_WORDS
                        && !HeadlineStyle.endsLikeSentence(unit.text())
                        && Attribution.find(unit.inlines()) == null
                        && (next.shape() == UnitShape.HEADING
                                        && next.level() > context.levels().sectionLevel()
                                || next.isStandaloneLine()
                                        && next.link() != null
                                        && PlainInlines.wholeUrl(next.text()) == null);
        if (!label) {
            return false;
        }
        context.issue().addBody(unit.block());
        return true;
    }
}
