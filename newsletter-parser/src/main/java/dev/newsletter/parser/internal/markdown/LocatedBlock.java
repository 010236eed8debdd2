package dev.newsletter.parser.internal.markdown;

import dev.newsletter.content.Block;
import java.util.Objects;

/**
 * A converted block with where it starts in the file, for diagnostics.
 *
 * @param block the block
 * @param line the 1-based line in the file
 * @param column the 1-based column
 */
record LocatedBlock(Block block, int line, int column) {

    LocatedBlock {
        Objects.requireNonNull(block, "block");
    }
}
