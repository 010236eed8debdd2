package dev.newsletter.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class BoundedReadingTest {

    /** An endless stream of zeros, like {@code /dev/zero}, that counts what is taken from it. */
    private static final class CountingZeros extends InputStream {
        long taken;

        @Override
        public int read() {
            taken++;
            return 0;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            taken += length;
            return length;
        }
    }

    @Test
    void anEndlessStreamIsReadNoFurtherThanTheLimit() throws IOException {
        CountingZeros zeros = new CountingZeros();
        int limit = BoundedReading.probeLimit(1000);

        byte[] read = BoundedReading.readAtMost(zeros, limit, 0);

        assertThat(limit).isEqualTo(1001);
        assertThat(read).hasSize(1001);
        assertThat(zeros.taken).isEqualTo(1001);
    }

    @Test
    void aWrongSizeHintChangesNothingButTheCopies() throws IOException {
        byte[] bytes = new byte[20_000];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) i;
        }
        for (long hint : new long[] {0, 1, 19_999, 20_000, 20_001, 1 << 20}) {
            assertThat(BoundedReading.readAtMost(new ByteArrayInputStream(bytes), 30_000, hint))
                    .as("hint %d", hint)
                    .isEqualTo(bytes);
        }
        assertThat(BoundedReading.readAtMost(new ByteArrayInputStream(bytes), 100, 20_000))
                .hasSize(100);
    }

    @Test
    void theLimitNeverExceedsWhatAnArrayHolds() {
        assertThat(BoundedReading.probeLimit(Long.MAX_VALUE)).isEqualTo(BoundedReading.MAX_ARRAY);
    }
}
