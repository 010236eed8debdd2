package dev.newsletter.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.newsletter.Issue;
import dev.newsletter.IssueReader;
import dev.newsletter.ParseInput;
import dev.newsletter.ParseOptions;
import dev.newsletter.ParseResult;
import dev.newsletter.feed.FeedGranularity;
import dev.newsletter.parser.EmailIssueParser;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Parse, render, feed: a document of any kind goes through the installed parsers as {@code
 * Issue.parse} would take it, and every issue it gives is rendered as HTML, Markdown, text and JSON
 * and written into Atom, RSS and JSON Feed (see {@link IssueOutputs} for what is checked).
 *
 * <p>Input layout, so that seeds can be written by hand: the last six bytes choose, from the end
 * backwards, the file name the document has (see {@link #NAMES}), strict mode, the text width, the
 * feed granularity, summary-only feeds and a standalone HTML page; then the input starts with the
 * feed's title ended by a backslash and one more character, and the rest is the document.
 */
class ParseRenderFeedFuzzTest {

    /** The names a document may come under: the extension only breaks ties between parsers. */
    static final List<String> NAMES =
            List.of(
                    "issue.md",
                    "issue.txt",
                    "issue.html",
                    "issue.eml",
                    "archive.mbox",
                    "issue.json",
                    "issue",
                    "2022-02-17-lab-notes.markdown");

    private static final IssueReader LENIENT = IssueReader.create();
    private static final IssueReader STRICT =
            IssueReader.builder().options(ParseOptions.builder().strict(true).build()).build();
    private static final EmailIssueParser EMAIL = EmailIssueParser.create();
    private static final LocalDate SOME_DAY = LocalDate.of(2022, 2, 17);

    @FuzzTest
    void parseRenderFeed(FuzzedDataProvider data) {
        String name = data.pickValue(NAMES);
        boolean strict = data.consumeBoolean();
        int width = data.consumeInt(20, 120);
        FeedGranularity granularity = data.pickValue(FeedGranularity.values());
        boolean summaryOnly = data.consumeBoolean();
        boolean standalone = data.consumeBoolean();
        String title = data.consumeString(200);
        byte[] document = data.consumeRemainingAsBytes();

        IssueReader reader = strict ? STRICT : LENIENT;
        ParseInput input = ParseInput.of(name, document);
        List<ParseResult> results =
                name.endsWith(".mbox")
                        ? ParserContract.parseAll(EMAIL, input, reader.options())
                        : ParserContract.read(reader, input).map(List::of).orElse(List.of());

        IssueOutputs.Choices choices =
                new IssueOutputs.Choices(
                        width,
                        standalone,
                        granularity,
                        summaryOnly,
                        hasVisibleXmlText(title) ? title : "Lab Notes",
                        title.length() % 2 == 0 ? null : title);
        List<Issue> issues = new ArrayList<>();
        for (ParseResult result : results) {
            Issue issue = result.issue();
            IssueOutputs.checkIssue(issue, choices);
            // Feeds leave out issues they cannot place in time: give those a day.
            issues.add(issue.date() == null ? issue.toBuilder().date(SOME_DAY).build() : issue);
        }
        IssueOutputs.checkFeeds(issues, choices);
    }

    /**
     * Whether the title keeps a visible character once the characters XML forbids are removed:
     * {@code FeedWriter} refuses a title that does not, as documented.
     */
    private static boolean hasVisibleXmlText(String title) {
        return title.codePoints()
                .anyMatch(
                        c ->
                                !Character.isWhitespace(c)
                                        && ((c >= 0x20 && c <= 0xD7FF)
                                                || (c >= 0xE000 && c <= 0xFFFD)
                                                || c >= 0x10000));
    }
}
