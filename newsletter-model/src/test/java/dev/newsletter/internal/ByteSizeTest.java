package dev.newsletter.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ByteSizeTest {

    @Test
    void sizesReadAsPeopleSayThem() {
        assertThat(ByteSize.of(1)).isEqualTo("1 byte");
        assertThat(ByteSize.of(100)).isEqualTo("100 bytes");
        assertThat(ByteSize.of(1536)).isEqualTo("1.5 KiB");
        assertThat(ByteSize.of(32L * 1024 * 1024)).isEqualTo("32 MiB");
        assertThat(ByteSize.of(3L * 1024 * 1024 * 1024)).isEqualTo("3 GiB");
    }

    @Test
    void aSizeJustOverALimitNeverReadsAsTheLimit() {
        assertThat(ByteSize.of(32L * 1024 * 1024 + 1)).isEqualTo("32.1 MiB");
    }
}
