package dev.newsletter.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BinaryContentTest {

    @ParameterizedTest
    @ValueSource(strings = {"UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE"})
    void wideTextWithAByteOrderMarkHasNulBytesButIsText(String charset) {
        byte[] bytes = "\uFEFFtitle: Wide\n\nText.\n".getBytes(Charset.forName(charset));
        assertThat(BinaryContent.nulOffset(bytes)).isEqualTo(-1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-16LE", "UTF-32BE"})
    void aNulCharacterInWideTextIsBinary(String charset) {
        byte[] bytes = "\uFEFFab\u0000c".getBytes(Charset.forName(charset));
        int unit = charset.startsWith("UTF-16") ? 2 : 4;
        assertThat(BinaryContent.nulOffset(bytes)).isEqualTo(3L * unit);
    }
}
