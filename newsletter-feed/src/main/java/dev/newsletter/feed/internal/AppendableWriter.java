package dev.newsletter.feed.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.Objects;

/**
 * A {@link Writer} over an {@link Appendable}, so Rome and Jackson can write to the caller's sink.
 */
public final class AppendableWriter extends Writer {

    private final Appendable out;

    /** A writer appending to {@code out}. */
    public AppendableWriter(Appendable out) {
        this.out = Objects.requireNonNull(out, "out");
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
        out.append(java.nio.CharBuffer.wrap(buffer, offset, length));
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        out.append(text, offset, offset + length);
    }

    @Override
    public void write(int c) throws IOException {
        out.append((char) c);
    }

    @Override
    public void flush() throws IOException {
        if (out instanceof java.io.Flushable flushable) {
            flushable.flush();
        }
    }

    /** Flushes; the caller owns the {@link Appendable} and closes it. */
    @Override
    public void close() throws IOException {
        flush();
    }
}
