package dev.newsletter;

import dev.newsletter.content.Block;
import dev.newsletter.content.Image;
import dev.newsletter.internal.ContentWalker;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * One item of a section: a blog post, a prototype, a livestream, a recommended read.
 *
 * <pre>{@code
 * Entry entry = Entry.builder()
 *     .title("A ConvNet for the 2020s")
 *     .link(URI.create("https://arxiv.org/abs/2201.03545"))
 *     .addBlock(Paragraph.of("A pure ConvNet that competes with Transformers."))
 *     .contributor(Person.of("Andrew"))
 *     .build();
 * }</pre>
 *
 * @param title the title as a reader sees it, without markup; empty when the source gave none
 * @param link where the title points, or {@code null}
 * @param blocks the body
 * @param contributor who recommended or wrote it, or {@code null}
 */
public record Entry(String title, URI link, List<Block> blocks, Person contributor) {

    /** Checks and copies. */
    public Entry {
        Objects.requireNonNull(title, "title");
        blocks = List.copyOf(Objects.requireNonNull(blocks, "blocks"));
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this entry's values. */
    public Builder toBuilder() {
        return new Builder().title(title).link(link).blocks(blocks).contributor(contributor);
    }

    /** The body's readable text. */
    public String plainText() {
        return Block.plainText(blocks);
    }

    /** Every image of the body, figures and inline images, in order. */
    public List<Image> images() {
        return ContentWalker.images(blocks);
    }

    /** The number of words of the title and body. */
    public int wordCount() {
        return ContentWalker.countWords(title) + ContentWalker.countWords(blocks);
    }

    /** Builds an {@link Entry}. Not thread-safe. */
    public static final class Builder {
        private String title = "";
        private URI link;
        private final List<Block> blocks = new ArrayList<>();
        private Person contributor;

        private Builder() {}

        /** The title, not null (default: empty). */
        public Builder title(String title) {
            this.title = Objects.requireNonNull(title, "title");
            return this;
        }

        /** The link, or {@code null}. */
        public Builder link(URI link) {
            this.link = link;
            return this;
        }

        /** Replaces the body. */
        public Builder blocks(Collection<? extends Block> blocks) {
            Objects.requireNonNull(blocks, "blocks");
            this.blocks.clear();
            blocks.forEach(this::addBlock);
            return this;
        }

        /** Appends a block to the body. */
        public Builder addBlock(Block block) {
            blocks.add(Objects.requireNonNull(block, "block"));
            return this;
        }

        /** The contributor, or {@code null}. */
        public Builder contributor(Person contributor) {
            this.contributor = contributor;
            return this;
        }

        /** The entry. */
        public Entry build() {
            return new Entry(title, link, blocks, contributor);
        }
    }
}
