package dev.newsletter.render.internal;

import java.io.IOException;
import java.io.Writer;

/** A {@link Writer} over an {@link Appendable}, for libraries that write to writers. */
public final class AppendableWriter extends Writer {

    private final Appendable out;

    private AppendableWriter(Appendable out) {
        this.out = out;
    }

    /** {@code out} itself when it is a writer, else a writer appending to it. */
    public static Writer of(Appendable out) {
        return out instanceof Writer writer ? writer : new AppendableWriter(out);
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
    public Writer append(CharSequence text) throws IOException {
        out.append(text);
        return this;
    }

    @Override
    public void flush() throws IOException {
        if (out instanceof java.io.Flushable flushable) {
            flushable.flush();
        }
    }

    /** Does not close the target: whoever opened it closes it. */
    @Override
    public void close() throws IOException {
        flush();
    }
}
