package dev.newsletter.feed.internal;

import dev.newsletter.Entry;
import dev.newsletter.Issue;
import dev.newsletter.Section;
import dev.newsletter.render.IssueRenderer;

/**
 * Lets an issue renderer render one entry: the entry alone in a section of its kind, in an issue
 * with no publication, title, date or intro, so the renderer writes little besides the entry.
 */
public final class EntryAsIssue {

    /** How the HTML renderer opens an issue: an article whose header comes first. */
    private static final String ARTICLE_AND_HEADER =
            "<article class=\"issue\">\n<header class=\"issue-header\">";

    private static final String HEADER_END = "</header>\n";

    private EntryAsIssue() {}

    /** An issue holding only {@code entry}, in a section of the kind of {@code section}. */
    public static Issue wrap(Issue issue, Section section, Entry entry) {
        Section alone = Section.builder(section.kind()).addEntry(entry).build();
        return Issue.builder().addSection(alone).source(issue.source()).build();
    }

    /**
     * The HTML of {@code entry} by {@code renderer}. The issue header an HTML renderer writes for
     * the wrapping issue says nothing of the entry (a reading time at most) and is left out; it
     * holds only text this class gave, so it is found by its opening and first closing tag.
     */
    public static String render(IssueRenderer renderer, Issue issue, Section section, Entry entry) {
        String html = renderer.render(wrap(issue, section, entry));
        if (html.startsWith(ARTICLE_AND_HEADER)) {
            int end = html.indexOf(HEADER_END);
            if (end > 0) {
                int headerStart = html.indexOf("<header");
                return html.substring(0, headerStart) + html.substring(end + HEADER_END.length());
            }
        }
        return html;
    }
}
