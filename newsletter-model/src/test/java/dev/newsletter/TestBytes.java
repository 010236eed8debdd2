package dev.newsletter;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Bytes of files that are not newsletters, written here rather than copied from anywhere. */
final class TestBytes {

    /** The signature and first chunk header of a PNG picture: a NUL at offset 8. */
    static final byte[] PNG = {
        (byte) 0x89,
        'P',
        'N',
        'G',
        '\r',
        '\n',
        0x1A,
        '\n',
        0,
        0,
        0,
        0x0D,
        'I',
        'H',
        'D',
        'R',
        0,
        0,
        0x01,
        0x00
    };

    /** The start of a 64-bit ELF executable's header: a NUL at offset 7. */
    static final byte[] ELF = {
        0x7F, 'E', 'L', 'F', 0x02, 0x01, 0x01, 0x00, 0, 0, 0, 0, 0, 0, 0, 0, 0x03, 0x00, 0x3E, 0x00
    };

    private TestBytes() {}

    /** Makes a named pipe with the system's {@code mkfifo}; false where there is none. */
    static boolean mkfifo(Path path) {
        try {
            Process process = new ProcessBuilder("mkfifo", path.toString()).start();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
