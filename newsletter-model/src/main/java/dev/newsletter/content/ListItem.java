package dev.newsletter.content;

import java.util.List;
import java.util.Objects;

/** One item of a {@link ListBlock}: a list of blocks. */
public record ListItem(List<Block> blocks) {

    /** Checks and copies. */
    public ListItem {
        blocks = List.copyOf(Objects.requireNonNull(blocks, "blocks"));
    }

    /** An item of the given blocks. */
    public static ListItem of(Block... blocks) {
        return new ListItem(List.of(blocks));
    }
}
