package dev.newsletter.content;

import java.util.List;
import java.util.Objects;

/**
 * A table.
 *
 * @param header the header row
 * @param rows the body rows
 */
public record Table(TableRow header, List<TableRow> rows) implements Block {

    /** Checks and copies. */
    public Table {
        Objects.requireNonNull(header, "header");
        rows = List.copyOf(Objects.requireNonNull(rows, "rows"));
    }

    @Override
    public void appendPlainText(StringBuilder out) {
        appendRow(header, out);
        for (TableRow row : rows) {
            out.append('\n');
            appendRow(row, out);
        }
    }

    private static void appendRow(TableRow row, StringBuilder out) {
        boolean first = true;
        for (List<Inline> cell : row.cells()) {
            if (!first) {
                out.append('\t');
            }
            out.append(Inline.plainText(cell));
            first = false;
        }
    }
}
