package dev.newsletter.feed.internal;

import dev.newsletter.Entry;
import dev.newsletter.Issue;
import dev.newsletter.Section;

/**
 * Lets an issue renderer render one entry: the entry alone in a section of its kind, in an issue
 * with no title, date or intro, so the renderer writes little besides the entry itself.
 */
public final class EntryAsIssue {

    private EntryAsIssue() {}

    /** An issue holding only {@code entry}, in a section of the kind of {@code section}. */
    public static Issue wrap(Issue issue, Section section, Entry entry) {
        Section alone = Section.builder(section.kind()).addEntry(entry).build();
        return Issue.builder()
                .publication(issue.publication())
                .addSection(alone)
                .source(issue.source())
                .build();
    }
}
