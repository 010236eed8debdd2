package dev.newsletter;

import dev.newsletter.content.Block;
import dev.newsletter.internal.ContentWalker;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * A section of an issue: a heading, the content that leads it, its entries and its subsections.
 *
 * <p>Sections nest as the source's headings nest: a {@code ###} heading under a {@code ##} one is a
 * subsection of it, with the deeper {@link #level()}. A section's own entries come before its
 * subsections; {@link #allEntries()} walks both in document order.
 *
 * <p>A heading such as "New research! Deep Metric Learning" has the label "New research!", which
 * sets the {@link #kind()}, and the title "Deep Metric Learning". A section the source gave no
 * heading (a reading list found by its lead sentence) has an empty heading.
 *
 * @param kind what the section is about
 * @param heading the heading as written, without markup; empty when there was none
 * @param title the topic after the label, or the whole heading of an {@link SectionKind#OTHER}
 *     section; may be empty
 * @param level the heading's level, 1 to 6 ({@code ##} is 2, {@code <h3>} is 3); a section without
 *     a heading has the level a heading in its place would have
 * @param blocks the content before the first entry
 * @param entries the entries, in order
 * @param subsections the sections under this one, each of a deeper level, in order
 */
public record Section(
        SectionKind kind,
        String heading,
        String title,
        int level,
        List<Block> blocks,
        List<Entry> entries,
        List<Section> subsections) {

    /** The level of a section when none is given: a {@code ##} heading's. */
    public static final int DEFAULT_LEVEL = 2;

    /** The deepest heading level. */
    public static final int MAX_LEVEL = 6;

    /**
     * Checks and copies.
     *
     * @throws IllegalArgumentException if the level is not 1 to 6 or a subsection is not deeper
     */
    public Section {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(title, "title");
        if (level < 1 || level > MAX_LEVEL) {
            throw new IllegalArgumentException("a section's level is 1 to 6: " + level);
        }
        blocks = List.copyOf(Objects.requireNonNull(blocks, "blocks"));
        entries = List.copyOf(Objects.requireNonNull(entries, "entries"));
        subsections = List.copyOf(Objects.requireNonNull(subsections, "subsections"));
        for (Section sub : subsections) {
            if (sub.level() <= level) {
                throw new IllegalArgumentException(
                        "the subsection '"
                                + sub.heading()
                                + "' (level "
                                + sub.level()
                                + ") is not deeper than its section (level "
                                + level
                                + ")");
            }
        }
    }

    /** A new builder for a section of the given kind. */
    public static Builder builder(SectionKind kind) {
        return new Builder().kind(kind);
    }

    /** A new builder (kind {@link SectionKind#OTHER} until set). */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this section's values. */
    public Builder toBuilder() {
        return new Builder()
                .kind(kind)
                .heading(heading)
                .title(title)
                .level(level)
                .blocks(blocks)
                .entries(entries)
                .subsections(subsections);
    }

    /** This section's entries, then those of its subsections, depth first, in document order. */
    public List<Entry> allEntries() {
        if (subsections.isEmpty()) {
            return entries;
        }
        List<Entry> all = new ArrayList<>(entries);
        for (Section sub : subsections) {
            all.addAll(sub.allEntries());
        }
        return List.copyOf(all);
    }

    /** This section and every section under it, depth first, in document order. */
    public List<Section> withSubsections() {
        if (subsections.isEmpty()) {
            return List.of(this);
        }
        List<Section> all = new ArrayList<>();
        addWithSubsections(all);
        return List.copyOf(all);
    }

    private void addWithSubsections(List<Section> out) {
        out.add(this);
        for (Section sub : subsections) {
            sub.addWithSubsections(out);
        }
    }

    /** The readable text of the lead content (not of the entries). */
    public String plainText() {
        return Block.plainText(blocks);
    }

    /** The number of words of the heading, lead content, entries and subsections. */
    public int wordCount() {
        int words = ContentWalker.countWords(heading) + ContentWalker.countWords(blocks);
        for (Entry entry : entries) {
            words += entry.wordCount();
        }
        for (Section sub : subsections) {
            words += sub.wordCount();
        }
        return words;
    }

    /** Builds a {@link Section}. Not thread-safe. */
    public static final class Builder {
        private SectionKind kind = SectionKind.OTHER;
        private String heading = "";
        private String title = "";
        private int level = DEFAULT_LEVEL;
        private final List<Block> blocks = new ArrayList<>();
        private final List<Entry> entries = new ArrayList<>();
        private final List<Section> subsections = new ArrayList<>();

        private Builder() {}

        /** The kind, not null. */
        public Builder kind(SectionKind kind) {
            this.kind = Objects.requireNonNull(kind, "kind");
            return this;
        }

        /** The heading as written (default: empty). */
        public Builder heading(String heading) {
            this.heading = Objects.requireNonNull(heading, "heading");
            return this;
        }

        /** The title (default: empty). */
        public Builder title(String title) {
            this.title = Objects.requireNonNull(title, "title");
            return this;
        }

        /** The heading level, 1 to 6 (default: {@value Section#DEFAULT_LEVEL}). */
        public Builder level(int level) {
            this.level = level;
            return this;
        }

        /** The level, as set so far. */
        public int level() {
            return level;
        }

        /** Replaces the lead content. */
        public Builder blocks(Collection<? extends Block> blocks) {
            Objects.requireNonNull(blocks, "blocks");
            this.blocks.clear();
            blocks.forEach(this::addBlock);
            return this;
        }

        /** Appends a block to the lead content. */
        public Builder addBlock(Block block) {
            blocks.add(Objects.requireNonNull(block, "block"));
            return this;
        }

        /** Replaces the entries. */
        public Builder entries(Collection<Entry> entries) {
            Objects.requireNonNull(entries, "entries");
            this.entries.clear();
            entries.forEach(this::addEntry);
            return this;
        }

        /** Appends an entry. */
        public Builder addEntry(Entry entry) {
            entries.add(Objects.requireNonNull(entry, "entry"));
            return this;
        }

        /** Replaces the subsections. */
        public Builder subsections(Collection<Section> subsections) {
            Objects.requireNonNull(subsections, "subsections");
            this.subsections.clear();
            subsections.forEach(this::addSubsection);
            return this;
        }

        /** Appends a subsection, which must be of a deeper level when the section is built. */
        public Builder addSubsection(Section subsection) {
            subsections.add(Objects.requireNonNull(subsection, "subsection"));
            return this;
        }

        /**
         * The section.
         *
         * @throws IllegalArgumentException if the level is not 1 to 6 or a subsection is not deeper
         */
        public Section build() {
            return new Section(kind, heading, title, level, blocks, entries, subsections);
        }
    }
}
