package dev.newsletter.examples;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Standard output as the commands write it: UTF-8 whatever the locale (pages, JSON and feeds
 * declare UTF-8, and a POSIX locale would turn every accent into {@code ?}), buffered, and
 * remembering why a write failed. A {@link PrintWriter} swallows write errors; {@link
 * #failure(PrintWriter)} brings them back so that a full disk or a closed pipe is an error, not a
 * success.
 */
final class StandardOutput extends PrintWriter {

    private final FailureRecorder recorder;

    private StandardOutput(FailureRecorder recorder) {
        super(recorder, false);
        this.recorder = recorder;
    }

    /** A writer over {@code stream}, which it never closes. */
    static StandardOutput of(OutputStream stream) {
        // An encoder of its own reports what UTF-8 cannot encode instead of writing '?'.
        Writer encoded = new OutputStreamWriter(stream, StandardCharsets.UTF_8.newEncoder());
        return new StandardOutput(new FailureRecorder(new BufferedWriter(encoded, 1 << 16)));
    }

    /**
     * Flushes {@code out} and says why writing to it failed, or returns null if it did not. The
     * reason is known only for a {@code StandardOutput}; any other writer gives a generic one.
     */
    static String failure(PrintWriter out) {
        out.flush();
        if (!out.checkError()) {
            return null;
        }
        if (out instanceof StandardOutput standard && standard.recorder.failure != null) {
            return OneLineErrors.reason(standard.recorder.failure);
        }
        return "write error";
    }

    /** A writer that keeps the first exception of the writer it wraps, then rethrows it. */
    private static final class FailureRecorder extends Writer {
        private final Writer out;
        private IOException failure;

        FailureRecorder(Writer out) {
            this.out = out;
        }

        @Override
        public void write(char[] characters, int offset, int length) throws IOException {
            try {
                out.write(characters, offset, length);
            } catch (IOException e) {
                throw record(e);
            }
        }

        @Override
        public void write(String text, int offset, int length) throws IOException {
            try {
                out.write(text, offset, length);
            } catch (IOException e) {
                throw record(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw record(e);
            }
        }

        @Override
        public void close() throws IOException {
            flush();
        }

        private IOException record(IOException e) {
            if (failure == null) {
                failure = e;
            }
            return e;
        }
    }
}
