package dev.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ParseInputTest {

    @Test
    void dropsAByteOrderMarkAndKnowsItsExtension() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', 'i'};
        ParseInput input = ParseInput.of("dir.v2/Issue.TXT", bom);
        assertThat(input.text()).isEqualTo("hi");
        assertThat(input.head()).isEqualTo("hi");
        assertThat(input.extension()).isEqualTo("txt");
        assertThat(ParseInput.of("dir.v2/README", "x").extension()).isEmpty();
    }

    @Test
    void copiesBytesInAndOut() {
        byte[] bytes = "abc".getBytes(StandardCharsets.UTF_8);
        ParseInput input = ParseInput.of("x", bytes);
        bytes[0] = 'z';
        input.bytes()[1] = 'z';
        assertThat(input.text()).isEqualTo("abc");
    }

    @Test
    void tellsValidUtf8FromLatin1() {
        assertThat(ParseInput.of("x", "caf\u00e9").decodingWarning()).isEmpty();
        assertThat(
                        ParseInput.of("x", "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1))
                                .decodingWarning())
                .isPresent();
    }
}
