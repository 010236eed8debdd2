package dev.newsletter.parser.internal.email;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits an mbox file into its messages: each starts at a {@code From } line that opens the file or
 * follows a blank line. Lines quoted as {@code >From } (mboxrd and mboxo) lose one {@code >}. Works
 * on bytes, so every charset passes through untouched.
 */
final class MboxSplitter {

    /**
     * One message of an mbox.
     *
     * @param number the 1-based position in the file
     * @param firstLine the 1-based line of the file where the message's headers start
     * @param bytes the message, without its {@code From } line
     */
    record MboxMessage(int number, int firstLine, byte[] bytes) {}

    private MboxSplitter() {}

    /** The messages of {@code mbox}, in order; empty when it holds none. */
    static List<MboxMessage> split(byte[] mbox) {
        List<MboxMessage> messages = new ArrayList<>();
        ByteArrayOutputStream current = null;
        int currentLine = 0;
        boolean previousBlank = true;
        int line = 0;
        int start = 0;
        while (start < mbox.length) {
            int end = start;
            while (end < mbox.length && mbox[end] != '\n') {
                end++;
            }
            int next = Math.min(end + 1, mbox.length);
            line++;
            int contentEnd = end > start && mbox[end - 1] == '\r' ? end - 1 : end;
            boolean blank = contentEnd == start;
            if (previousBlank && startsWith(mbox, start, contentEnd, "From ")) {
                if (current != null) {
                    messages.add(
                            new MboxMessage(
                                    messages.size() + 1, currentLine, current.toByteArray()));
                }
                current = new ByteArrayOutputStream();
                currentLine = line + 1;
            } else if (current != null) {
                int from = start;
                if (isQuotedFrom(mbox, start, contentEnd)) {
                    from++;
                }
                current.write(mbox, from, next - from);
            }
            previousBlank = blank;
            start = next;
        }
        if (current != null) {
            messages.add(new MboxMessage(messages.size() + 1, currentLine, current.toByteArray()));
        }
        return messages;
    }

    /** Whether the line is {@code >From }, {@code >>From } and so on. */
    private static boolean isQuotedFrom(byte[] bytes, int start, int end) {
        int i = start;
        while (i < end && bytes[i] == '>') {
            i++;
        }
        return i > start && startsWith(bytes, i, end, "From ");
    }

    private static boolean startsWith(byte[] bytes, int start, int end, String prefix) {
        if (end - start < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (bytes[start + i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
