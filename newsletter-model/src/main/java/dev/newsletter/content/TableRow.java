package dev.newsletter.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A row of a {@link Table}: one list of inlines per cell. */
public record TableRow(List<List<Inline>> cells) {

    /** Checks and deep-copies. */
    public TableRow {
        Objects.requireNonNull(cells, "cells");
        List<List<Inline>> copy = new ArrayList<>(cells.size());
        for (List<Inline> cell : cells) {
            copy.add(List.copyOf(Objects.requireNonNull(cell, "cell")));
        }
        cells = List.copyOf(copy);
    }

    /** A row of plain-text cells. */
    public static TableRow of(String... cells) {
        List<List<Inline>> list = new ArrayList<>(cells.length);
        for (String cell : cells) {
            list.add(List.of(new Text(cell)));
        }
        return new TableRow(list);
    }
}
