package dev.newsletter.parser.internal.email;

import dev.newsletter.content.Inline;
import dev.newsletter.content.Paragraph;
import dev.newsletter.parser.internal.common.Words;
import java.util.List;

/**
 * The masthead at the top of a body, before any section and before the edition is known: an edition
 * line ("February 2022", "Issue #42 - March 3, 2024"), maybe under the newsletter's name on the
 * line above it or in the paragraph it opens ("Field Notes" then "Issue #42 - March 3, 2024"). The
 * edition line is kept as written when the edition is only its number.
 */
final class Masthead implements UnitRule {

    /** The most words of a newsletter's name. */
    private static final int MAX_NAME_WORDS = 8;

    /** The most lines of a paragraph that holds a masthead. */
    private static final int MAX_LINES = 3;

    @Override
    public boolean apply(Unit unit, UnitContext context) {
        IssueUnderConstruction issue = context.issue();
        if (unit.shape() != UnitShape.PARAGRAPH
                || issue.header().edition() != null
                || issue.hasSection()
                || unit.link() != null) {
            return false;
        }
        return unit.isStandaloneLine()
                ? readLine(unit, context.next(), issue)
                : readParagraph(unit, issue);
    }

    /** An edition line standing alone, or the name standing above one. */
    private static boolean readLine(Unit unit, Unit next, IssueUnderConstruction issue) {
        IssueHeader header = issue.header();
        EditionLine.Edition named = EditionLine.parse(unit.text());
        if (named != null) {
            header.edition(named);
            header.keepEditionLine(named, unit.text());
            return true;
        }
        boolean nameAbove =
                issue.introIsEmpty()
                        && next != null
                        && next.isStandaloneLine()
                        && EditionLine.parse(next.text()) != null
                        && unit.wordCount() <= MAX_NAME_WORDS
                        && !HeadlineStyle.endsLikeSentence(unit.text());
        if (nameAbove && header.publicationName() == null) {
            header.publicationName(unit.text());
            return true;
        }
        return false;
    }

    /**
     * The first paragraph of a few lines, one of them an edition line: a short line before it is
     * the name, other lines go to the intro.
     */
    private static boolean readParagraph(Unit unit, IssueUnderConstruction issue) {
        if (unit.lineCount() > MAX_LINES || !issue.introIsEmpty()) {
            return false;
        }
        List<List<Inline>> lines = InlineLines.of(unit.inlines());
        EditionLine.Edition named = null;
        int editionLine = -1;
        for (int i = 0; i < lines.size() && named == null; i++) {
            named = EditionLine.parse(Words.collapse(Inline.plainText(lines.get(i))));
            editionLine = i;
        }
        if (named == null) {
            return false;
        }
        IssueHeader header = issue.header();
        header.edition(named);
        for (int i = 0; i < lines.size(); i++) {
            String text = Words.collapse(Inline.plainText(lines.get(i)));
            if (i == editionLine || text.isEmpty()) {
                continue;
            }
            if (i < editionLine
                    && header.publicationName() == null
                    && Words.count(text) <= MAX_NAME_WORDS) {
                header.publicationName(text);
            } else {
                issue.addToIntro(new Paragraph(lines.get(i)));
            }
        }
        header.keepEditionLine(named, Words.collapse(Inline.plainText(lines.get(editionLine))));
        return true;
    }
}
