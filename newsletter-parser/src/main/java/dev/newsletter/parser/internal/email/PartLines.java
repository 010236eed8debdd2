package dev.newsletter.parser.internal.email;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Where the parts of a message lie in its source: a cursor that walks the message's lines forward
 * as the MIME parser reports each boundary and header, so every part knows the line its header and
 * its body start on. It only moves forward, so a message of any number of parts is walked once.
 * Boundary lines are matched as mime4j matches them: {@code --boundary} at the start of a line,
 * followed by the end of the line, white space or {@code --}.
 */
final class PartLines {

    private final byte[] bytes;
    private final Map<String, Integer> missedBoundaries = new HashMap<>();
    private int offset;
    private int line;

    /**
     * A cursor at the start of {@code bytes}, whose first line is {@code firstLine} of the file.
     *
     * @param bytes the message
     * @param firstLine the 1-based line of the file where the message starts
     */
    PartLines(byte[] bytes, int firstLine) {
        this.bytes = bytes;
        this.line = firstLine;
    }

    /** The line of the file the cursor is on. */
    int line() {
        return line;
    }

    /** The byte offset of the cursor in the message. */
    int offset() {
        return offset;
    }

    /**
     * Moves to the line after the next boundary line of {@code boundary}; stays when there is none,
     * so a part the source does not hold as written (inside an encoded message) cannot move the
     * cursor past the parts that follow it.
     */
    void passBoundary(String boundary) {
        Integer missed = missedBoundaries.get(boundary);
        if (missed != null && missed <= offset) {
            return; // not found from an earlier offset: not found from here either
        }
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        int start = offset;
        int at = line;
        while (start < bytes.length) {
            int end = lineEnd(start);
            if (isBoundaryLine(start, end, delimiter)) {
                moveTo(Math.min(end + 1, bytes.length), at + 1);
                return;
            }
            start = end + 1;
            at++;
        }
        missedBoundaries.put(boundary, offset);
    }

    /**
     * Moves past the header that starts at the cursor: to the line after the blank line that ends
     * it, or to the next boundary line of {@code boundary} (not passing it) when a part's header
     * has no blank line.
     *
     * @param boundary the boundary of the multipart the header is in, or {@code null}
     * @return the lines of the header's first fields, by lower-case name
     */
    HeaderLines passHeader(String boundary) {
        byte[] delimiter =
                boundary == null ? null : ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        Map<String, Integer> fields = new HashMap<>();
        int first = line;
        int start = offset;
        int at = line;
        while (start < bytes.length) {
            int end = lineEnd(start);
            int contentEnd = end > start && bytes[end - 1] == '\r' ? end - 1 : end;
            if (contentEnd == start) {
                moveTo(Math.min(end + 1, bytes.length), at + 1);
                return new HeaderLines(first, fields);
            }
            if (delimiter != null && isBoundaryLine(start, end, delimiter)) {
                moveTo(start, at);
                return new HeaderLines(first, fields);
            }
            String name = fieldName(start, contentEnd);
            if (name != null) {
                fields.putIfAbsent(name, at);
            }
            start = end + 1;
            at++;
        }
        moveTo(bytes.length, at);
        return new HeaderLines(first, fields);
    }

    /**
     * The line of the file, at or after {@code from}, of the first line longer than {@code limit}
     * bytes; the cursor's line when there is none.
     */
    int lineLongerThan(int from, int fromLine, int limit) {
        int start = from;
        int at = fromLine;
        while (start < bytes.length) {
            int end = lineEnd(start);
            if (end - start > limit) {
                return at;
            }
            start = end + 1;
            at++;
        }
        return line;
    }

    /**
     * The line of the file of field number {@code index} (0-based) of the header that starts at
     * byte {@code from}, line {@code fromLine}; {@code fromLine} when it has fewer fields.
     */
    int fieldLine(int from, int fromLine, int index) {
        return headerFieldLine(from, fromLine, index, Long.MAX_VALUE);
    }

    /**
     * The line of the file of the first field longer than {@code limit} bytes (its lines together)
     * of the header that starts at byte {@code from}, line {@code fromLine}; {@code fromLine} when
     * there is none.
     */
    int longFieldLine(int from, int fromLine, long limit) {
        return headerFieldLine(from, fromLine, -1, limit);
    }

    private int headerFieldLine(int from, int fromLine, int index, long limit) {
        int start = from;
        int at = fromLine;
        int fields = -1;
        int fieldLine = fromLine;
        long fieldLength = 0;
        while (start < bytes.length) {
            int end = lineEnd(start);
            int contentEnd = end > start && bytes[end - 1] == '\r' ? end - 1 : end;
            if (contentEnd == start) {
                break;
            }
            boolean continuation = bytes[start] == ' ' || bytes[start] == '\t';
            if (!continuation || fields < 0) {
                fields++;
                fieldLine = at;
                fieldLength = 0;
                if (fields == index) {
                    return at;
                }
            }
            fieldLength += contentEnd - start;
            if (fieldLength > limit) {
                return fieldLine;
            }
            start = end + 1;
            at++;
        }
        return fromLine;
    }

    private void moveTo(int newOffset, int newLine) {
        offset = newOffset;
        line = newLine;
    }

    private int lineEnd(int start) {
        int end = start;
        while (end < bytes.length && bytes[end] != '\n') {
            end++;
        }
        return end;
    }

    private boolean isBoundaryLine(int start, int end, byte[] delimiter) {
        if (end - start < delimiter.length) {
            return false;
        }
        for (int i = 0; i < delimiter.length; i++) {
            if (bytes[start + i] != delimiter[i]) {
                return false;
            }
        }
        int after = start + delimiter.length;
        if (after == end || after == bytes.length) {
            return true;
        }
        byte next = bytes[after];
        return next == ' '
                || next == '\t'
                || next == '\r'
                || (next == '-' && after + 1 < end && bytes[after + 1] == '-');
    }

    private String fieldName(int start, int end) {
        if (bytes[start] == ' ' || bytes[start] == '\t') {
            return null;
        }
        for (int i = start; i < end && i - start <= 76; i++) {
            if (bytes[i] == ':') {
                return new String(bytes, start, i - start, StandardCharsets.ISO_8859_1)
                        .strip()
                        .toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }

    /**
     * Where a header lies.
     *
     * @param firstLine the line of the file of its first field
     * @param fields the line of the first field of each lower-case name
     */
    record HeaderLines(int firstLine, Map<String, Integer> fields) {

        /** The line of the first field named {@code name}, else the header's first line. */
        int lineOf(String name) {
            return fields.getOrDefault(name, firstLine);
        }
    }
}
