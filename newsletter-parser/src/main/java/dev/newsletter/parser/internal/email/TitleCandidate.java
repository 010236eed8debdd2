package dev.newsletter.parser.internal.email;

/**
 * Whether a unit could title an entry: a heading, a paragraph that is one link, a bold line, or a
 * short headline-style line; never a line that a colon announced (a caption or an example), an
 * aside in parentheses, a bare address, or a signature. The rules that open entries ask it, and so
 * does {@link ReadingListLeadLine} of the line after a lead.
 */
final class TitleCandidate {

    /** The longest title, in characters. */
    private static final int MAX_LENGTH = 200;

    private TitleCandidate() {}

    /**
     * Whether {@code unit}, read after {@code previous} (or first, when null), could be a title.
     */
    static boolean is(Unit unit, Unit previous) {
        if (unit.shape() == UnitShape.HEADING) {
            return true;
        }
        if (unit.shape() != UnitShape.PARAGRAPH || !unit.isStandaloneLine()) {
            return false;
        }
        String text = unit.text();
        int words = unit.wordCount();
        if (words == 0 || words > HeadlineStyle.MAX_TITLE_WORDS || text.length() > MAX_LENGTH) {
            return false;
        }
        if (text.startsWith("(") && text.endsWith(")")) {
            return false; // "(Github)": an aside on what precedes it
        }
        if (PlainInlines.wholeUrl(text) != null) {
            // a bare address is a title only when marked as one: "https://… [4]" names a listed
            // link
            return unit.link() != null && unit.link().toString().equals(text);
        }
        Attribution.Found signature = Attribution.find(unit.inlines());
        if (signature != null && signature.body().isEmpty()) {
            return false; // "— Victor [12]" on its own line signs the entry above, titles nothing
        }
        if (unit.link() != null) {
            return true;
        }
        if (previous != null && previous.endsWithColon()) {
            return false;
        }
        if (previous != null && previous.isStandaloneLine() && previous.text().endsWith(",")) {
            return false; // "Until next week," over "The Lab Team": a signature, not a title
        }
        if (unit.emphasized()) {
            return !HeadlineStyle.endsLikeSentence(text);
        }
        return HeadlineStyle.isHeadline(text);
    }
}
