package dev.newsletter.content;

import java.util.List;
import java.util.Objects;

/** A block quote. */
public record Quote(List<Block> blocks) implements Block {

    /** Checks and copies. */
    public Quote {
        blocks = List.copyOf(Objects.requireNonNull(blocks, "blocks"));
    }

    /** A quote of the given blocks. */
    public static Quote of(Block... blocks) {
        return new Quote(List.of(blocks));
    }

    @Override
    public void appendPlainText(StringBuilder out) {
        out.append(Block.plainText(blocks));
    }
}
