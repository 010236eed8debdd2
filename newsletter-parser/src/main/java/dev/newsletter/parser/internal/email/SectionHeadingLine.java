package dev.newsletter.parser.internal.email;

import dev.newsletter.SectionKind;
import dev.newsletter.SectionLabel;

/**
 * A short line standing alone that opens a section: a label of the vocabulary written as a heading
 * ("New Research!", "Recommended Reading"), or any short line set apart by a separator line above
 * it, by two blank lines, or written in capitals ("EVENTS"). Content must follow it, so a closing
 * line ("Thanks for reading!") heads nothing.
 */
final class SectionHeadingLine implements UnitRule {

    /** The most words of a heading line; twice as many after two blank lines. */
    private static final int MAX_WORDS = 10;

    private static final int MAX_LENGTH = 160;

    @Override
    public boolean apply(Unit unit, UnitContext context) {
        Unit next = context.next();
        if (unit.shape() != UnitShape.PARAGRAPH
                || next == null
                || next.shape() == UnitShape.RULE
                || !isHeading(unit, context)) {
            return false;
        }
        context.issue().startSection(unit.text());
        return true;
    }

    private static boolean isHeading(Unit unit, UnitContext context) {
        boolean afterRule = context.afterRule();
        if (!unit.isStandaloneLine() || unit.link() != null || unit.emphasized() && !afterRule) {
            return false;
        }
        String text = unit.text();
        int words = unit.wordCount();
        // a line set apart by two blank lines may carry a section's subtitle after its label
        // ("New research! Deep Metric Learning: Applications in ..."), so it may run longer
        int maxWords = unit.gapBefore() >= 2 ? 2 * MAX_WORDS : MAX_WORDS;
        if (words == 0 || words > maxWords || text.length() > MAX_LENGTH) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        boolean sentenceEnd =
                last == '.' || last == '?' || last == ',' || last == ';' || last == '…';
        if (sentenceEnd) {
            return false;
        }
        if (context.levels().markedSections() && !afterRule && !HeadlineStyle.isAllCaps(text)) {
            // a text that underlines its section headings sets none as a bare line: "Light
            // reading" among its entries labels a group of them
            return false;
        }
        SectionLabel label = context.vocabulary().match(text);
        IssueUnderConstruction issue = context.issue();
        if (issue.hasSection()
                && label.kind() == issue.sectionKind()
                && label.kind() != SectionKind.OTHER
                && last != '!'
                && unit.gapBefore() < 2
                && !afterRule) {
            // "Our previous livestreams:" or "Profiling Streams Live" under "Fast Forward Live!"
            // lead into or continue the open section rather than start another of the same kind.
            return false;
        }
        if (label.kind() != SectionKind.OTHER) {
            boolean writtenAsHeading =
                    last == '!'
                            || last == ':'
                            || words <= 3
                            || unit.gapBefore() >= 2
                            || afterRule
                            || HeadlineStyle.isAllCaps(text);
            if (writtenAsHeading) {
                return true;
            }
        }
        if (afterRule && last != ':') {
            return true;
        }
        if (unit.gapBefore() >= 2
                && issue.hasSection()
                && words <= 4
                && last != ':'
                && last != '!'
                && HeadlineStyle.isHeadline(text)) {
            // two blank lines set sections apart in text emails: "Events" after the last entry
            return true;
        }
        return HeadlineStyle.isAllCaps(text) && words <= 6 && last != ':';
    }
}
