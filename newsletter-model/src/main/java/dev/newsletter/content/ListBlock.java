package dev.newsletter.content;

import java.util.List;
import java.util.Objects;

/**
 * A bullet list or an ordered list.
 *
 * @param ordered true for a numbered list
 * @param start the first number of an ordered list (1 for bullet lists), not negative
 * @param items the items
 */
public record ListBlock(boolean ordered, int start, List<ListItem> items) implements Block {

    /** Checks and copies. */
    public ListBlock {
        if (start < 0) {
            throw new IllegalArgumentException("list start must not be negative, was " + start);
        }
        if (!ordered && start != 1) {
            throw new IllegalArgumentException("a bullet list starts at 1, was " + start);
        }
        items = List.copyOf(Objects.requireNonNull(items, "items"));
    }

    /** A bullet list. */
    public static ListBlock bullets(ListItem... items) {
        return new ListBlock(false, 1, List.of(items));
    }

    /** An ordered list starting at 1. */
    public static ListBlock numbered(ListItem... items) {
        return new ListBlock(true, 1, List.of(items));
    }

    @Override
    public void appendPlainText(StringBuilder out) {
        boolean first = true;
        for (ListItem item : items) {
            String text = Block.plainText(item.blocks());
            if (text.isEmpty()) {
                continue;
            }
            if (!first) {
                out.append('\n');
            }
            out.append(text);
            first = false;
        }
    }
}
