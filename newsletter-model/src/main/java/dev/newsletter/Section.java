package dev.newsletter;

import dev.newsletter.content.Block;
import dev.newsletter.internal.ContentWalker;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * A section of an issue: a heading, the content that leads it, and its entries.
 *
 * <p>A heading such as "New research! Deep Metric Learning" has the label "New research!", which
 * sets the {@link #kind()}, and the title "Deep Metric Learning". A section the source gave no
 * heading (a reading list found by its lead sentence) has an empty heading.
 *
 * @param kind what the section is about
 * @param heading the heading as written, without markup; empty when there was none
 * @param title the topic after the label, or the whole heading of an {@link SectionKind#OTHER}
 *     section; may be empty
 * @param blocks the content before the first entry
 * @param entries the entries, in order
 */
public record Section(
        SectionKind kind, String heading, String title, List<Block> blocks, List<Entry> entries) {

    /** Checks and copies. */
    public Section {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(title, "title");
        blocks = List.copyOf(Objects.requireNonNull(blocks, "blocks"));
        entries = List.copyOf(Objects.requireNonNull(entries, "entries"));
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
                .blocks(blocks)
                .entries(entries);
    }

    /** The readable text of the lead content (not of the entries). */
    public String plainText() {
        return Block.plainText(blocks);
    }

    /** The number of words of the heading, lead content and entries. */
    public int wordCount() {
        int words = ContentWalker.countWords(heading) + ContentWalker.countWords(blocks);
        for (Entry entry : entries) {
            words += entry.wordCount();
        }
        return words;
    }

    /** Builds a {@link Section}. Not thread-safe. */
    public static final class Builder {
        private SectionKind kind = SectionKind.OTHER;
        private String heading = "";
        private String title = "";
        private final List<Block> blocks = new ArrayList<>();
        private final List<Entry> entries = new ArrayList<>();

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

        /** The section. */
        public Section build() {
            return new Section(kind, heading, title, blocks, entries);
        }
    }
}
