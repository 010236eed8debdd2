package dev.newsletter.parser.email;

import dev.newsletter.Entry;
import dev.newsletter.Issue;
import dev.newsletter.Section;
import java.util.ArrayList;
import java.util.List;

/**
 * The reader-visible skeleton of an issue, the part that must agree across renderings: each
 * section's kind, and each entry's title and contributor name.
 */
record IssueOutline(List<String> lines) {

    static IssueOutline of(Issue issue) {
        List<String> lines = new ArrayList<>();
        for (Section section : issue.sections()) {
            lines.add(section.kind().id());
            for (Entry entry : section.entries()) {
                lines.add(
                        "  "
                                + entry.title()
                                + (entry.contributor() == null
                                        ? ""
                                        : " — " + entry.contributor().name()));
            }
        }
        return new IssueOutline(List.copyOf(lines));
    }

    @Override
    public String toString() {
        return String.join("\n", lines);
    }
}
