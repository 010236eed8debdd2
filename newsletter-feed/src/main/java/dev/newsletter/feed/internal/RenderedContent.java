package dev.newsletter.feed.internal;

import dev.newsletter.Entry;
import dev.newsletter.Issue;
import dev.newsletter.Section;
import dev.newsletter.render.IssueRenderer;

/**
 * The HTML content of feed items, from the configured renderer: an issue as it is, an entry alone
 * in an otherwise empty issue. The issue header an HTML renderer writes first (title, date, reading
 * time) repeats what the feed item already carries and is left out.
 */
public final class RenderedContent {

    /** How the HTML renderer opens an issue: an article whose header comes first. */
    private static final String ARTICLE_AND_HEADER =
            "<article class=\"issue\">\n<header class=\"issue-header\">";

    private static final String HEADER_END = "</header>\n";

    private RenderedContent() {}

    /** The HTML of {@code issue}, its texts free of characters XML forbids. */
    public static String ofIssue(IssueRenderer renderer, Issue issue) {
        return withoutHeader(renderer.render(XmlCleanIssue.of(issue)));
    }

    /** The HTML of {@code entry} of {@code section} of {@code issue}. */
    public static String ofEntry(
            IssueRenderer renderer, Issue issue, Section section, Entry entry) {
        Section alone =
                Section.builder(section.kind()).addEntry(XmlCleanIssue.entry(entry)).build();
        Issue wrapper = Issue.builder().addSection(alone).source(issue.source()).build();
        return withoutHeader(renderer.render(wrapper));
    }

    /**
     * {@code html} without the header the HTML renderer opens an issue with. The header holds only
     * escaped text, so its first closing tag ends it; output of another shape is left as it is.
     */
    static String withoutHeader(String html) {
        if (!html.startsWith(ARTICLE_AND_HEADER)) {
            return html;
        }
        int end = html.indexOf(HEADER_END);
        if (end < 0) {
            return html;
        }
        int headerStart = html.indexOf("<header");
        return html.substring(0, headerStart) + html.substring(end + HEADER_END.length());
    }
}
