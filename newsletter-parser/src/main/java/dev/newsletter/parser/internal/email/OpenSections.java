package dev.newsletter.parser.internal.email;

import dev.newsletter.Entry;
import dev.newsletter.Section;
import dev.newsletter.SectionKind;
import dev.newsletter.SectionLabel;
import dev.newsletter.SectionVocabulary;
import dev.newsletter.content.Block;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The open section, the sections around it when it is a subsection, and the top sections closed so
 * far. Its caller closes the open entry before it opens or closes a section, so that every entry
 * lands in the section it was read in.
 *
 * <p>Not thread-safe.
 */
final class OpenSections {

    private static final String DECORATION = "=#*~_- \t";

    private final SectionVocabulary vocabulary;
    private final List<Section> closed = new ArrayList<>();

    /**
     * The open section's lead blocks. One list for the whole body, refilled as subsections open and
     * close, so that whoever holds it sees the lead of the section open at the time.
     */
    private final List<Block> lead = new ArrayList<>();

    private Section.Builder section;
    // The builder does not expose what it holds; these mirror it, so no rule rebuilds a value.
    private SectionKind kind;

    /** How the open section sets its first entry's title apart, or null before its first entry. */
    private TitleStyle titleStyle;

    /** The sections around the open subsection, innermost first, and their lead blocks. */
    private final Deque<Section.Builder> around = new ArrayDeque<>();

    private final Deque<List<Block>> aroundLeads = new ArrayDeque<>();
    private final Deque<SectionKind> aroundKinds = new ArrayDeque<>();

    OpenSections(SectionVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    boolean isOpen() {
        return section != null;
    }

    /** The kind of the open section, or null when none is open. */
    SectionKind kind() {
        return kind;
    }

    /** How the open section's first entry's title is set apart, or null before its first entry. */
    TitleStyle titleStyle() {
        return titleStyle;
    }

    /** Takes {@code style} as the section's title style unless an entry set one already. */
    void entryTitled(TitleStyle style) {
        if (titleStyle == null) {
            titleStyle = style;
        }
    }

    /** The open section's lead blocks: the same list for the whole body. */
    List<Block> lead() {
        return lead;
    }

    void addEntry(Entry entry) {
        section.addEntry(entry);
    }

    /** Closes every open section and opens a top section headed {@code written}. */
    void open(String written) {
        closeAll();
        String heading = undecorated(written);
        SectionLabel label = vocabulary.match(heading);
        section = Section.builder(label.kind()).heading(heading).title(label.title());
        kind = label.kind();
        titleStyle = null;
    }

    /** Closes every open section and opens a top section of {@code sectionKind}, no heading. */
    void openUnlabelled(SectionKind sectionKind) {
        closeAll();
        section = Section.builder(sectionKind);
        kind = sectionKind;
        titleStyle = null;
    }

    /**
     * Opens a subsection of the open section at {@code level} (3 under {@code ~}, 4 under {@code
     * .}), closing the open subsections of that level or deeper.
     */
    void openSubsection(String written, int level) {
        while (!around.isEmpty() && section.level() >= level) {
            closeSubsection();
        }
        if (section.level() >= level) {
            level = section.level() + 1; // under a section of that level: one deeper
        }
        around.push(section);
        aroundKinds.push(kind);
        aroundLeads.push(new ArrayList<>(lead));
        lead.clear();
        String heading = undecorated(written);
        SectionLabel label = vocabulary.match(heading);
        section =
                Section.builder(label.kind())
                        .heading(heading)
                        .title(label.title())
                        .level(Math.min(Section.MAX_LEVEL, level));
        kind = label.kind();
        titleStyle = null;
    }

    /** Builds the open subsection into the section around it. */
    private void closeSubsection() {
        Section built = section.blocks(lead).build();
        section = around.pop();
        lead.clear();
        lead.addAll(aroundLeads.pop());
        section.addSubsection(built);
        kind = aroundKinds.pop();
    }

    /** Builds the open sections, subsections into their sections, the top one into the body's. */
    void closeAll() {
        while (!around.isEmpty()) {
            closeSubsection();
        }
        if (section != null) {
            closed.add(section.blocks(lead).build());
            lead.clear();
            section = null;
            kind = null;
        }
    }

    /** The top sections closed so far, in order. */
    List<Section> closed() {
        return closed;
    }

    /** A heading without the rulers plain text draws around it: "== NEWS ==" gives "NEWS". */
    private static String undecorated(String heading) {
        int start = 0;
        int end = heading.length();
        while (start < end && DECORATION.indexOf(heading.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && DECORATION.indexOf(heading.charAt(end - 1)) >= 0) {
            end--;
        }
        return start == end ? heading : heading.substring(start, end);
    }
}
