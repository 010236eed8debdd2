package dev.newsletter.parser.internal.email;

/**
 * A short unpunctuated line closing the section right below an entry that has only its title: one
 * more title of a list of titles ("Streaming feature stores [6]", then "Evaluating retrieval
 * systems"), not a one-line body, which would read as a sentence. Not in a text that underlines
 * every title.
 */
final class ClosingBareTitle implements UnitRule {

    @Override
    public boolean apply(Unit unit, UnitContext context) {
        IssueUnderConstruction issue = context.issue();
        String text = unit.text();
        boolean title =
                unit.shape() == UnitShape.PARAGRAPH
                        && !context.levels().markedTitles()
                        && context.closesSection()
                        && issue.hasSection()
                        && issue.hasEntry()
                        && issue.entryBlocks() == 0
                        && !issue.entryHasContributor()
                        && unit.isStandaloneLine()
                        && unit.link() == null
                        && unit.wordCount() > 0
                        && unit.wordCount() <= HeadlineStyle.MAX_TITLE_WORDS
                        && !text.endsWith(":")
                        && !text.endsWith("!")
                        && !HeadlineStyle.endsLikeSentence(text)
                        && PlainInlines.wholeUrl(text) == null
                        && Attribution.find(unit.inlines()) == null;
        if (!title) {
            return false;
        }
        issue.startEntry(text, null, TitleStyle.PLAIN);
        return true;
    }
}
