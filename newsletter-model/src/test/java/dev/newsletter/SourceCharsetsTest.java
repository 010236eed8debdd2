package dev.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A byte-order mark decides the charset; otherwise UTF-8, and bad bytes are located. */
class SourceCharsetsTest {

    private static final String TEXT =
            "title: Caf\u00e9 \uD83D\uDE80 news\ndate: 2022-02-17\n\nBody\n";

    @ParameterizedTest
    @ValueSource(strings = {"UTF-8", "UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE"})
    void aByteOrderMarkDecidesTheCharset(String name) {
        Charset charset = Charset.forName(name);
        byte[] bytes = ("\uFEFF" + TEXT).getBytes(charset);

        ParseInput input = ParseInput.of("issue.md", bytes);

        assertThat(input.charset()).isEqualTo(charset);
        assertThat(input.hasByteOrderMark()).isTrue();
        assertThat(input.text()).isEqualTo(TEXT);
        assertThat(input.head()).isEqualTo(TEXT);
        assertThat(input.decodingWarning()).isEmpty();
        Issue original = IssueReader.create().read(ParseInput.of("issue.md", TEXT)).issue();
        assertThat(IssueReader.create().read(input).issue()).isEqualTo(original);
        assertThat(original.title()).isEqualTo("Caf\u00e9 \uD83D\uDE80 news");
    }

    @Test
    void utf32LittleEndianIsNotMistakenForUtf16() {
        byte[] bytes = ("\uFEFF" + TEXT).getBytes(Charset.forName("UTF-32LE"));
        assertThat(bytes[0] & 0xFF).isEqualTo(0xFF);
        assertThat(bytes[1] & 0xFF).isEqualTo(0xFE);
        assertThat(ParseInput.of("x", bytes).text()).isEqualTo(TEXT);
    }

    @Test
    void theFirstMalformedByteIsReportedOnceWithItsOffsetLineAndColumn() {
        byte[] good = "title: x\r\nline two\nab\u00e9cd".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[good.length + 6];
        System.arraycopy(good, 0, bytes, 0, good.length);
        // A lone continuation byte, then a truncated three-byte sequence: two faults, one warning.
        bytes[good.length] = (byte) 0x80;
        bytes[good.length + 1] = 'z';
        bytes[good.length + 2] = (byte) 0xE2;
        bytes[good.length + 3] = (byte) 0x82;
        bytes[good.length + 4] = '\n';
        bytes[good.length + 5] = 'q';

        ParseInput input = ParseInput.of("bad.md", bytes);

        assertThat(input.decodingWarning())
                .hasValueSatisfying(
                        warning ->
                                assertThat(warning)
                                        .hasToString(
                                                "bad.md:3:6: warning: not valid UTF-8 at byte 25"
                                                        + " (line 3, column 6); malformed bytes"
                                                        + " read as U+FFFD"));
        assertThat(input.text()).isEqualTo("title: x\r\nline two\nab\u00e9cd\uFFFDz\uFFFD\nq");
    }

    @Test
    void aReplacementCharacterWrittenInTheSourceIsNotMalformed() {
        ParseInput input = ParseInput.of("ok.md", "title: \uFFFD marks a lost letter\n");
        assertThat(input.decodingWarning()).isEmpty();
    }

    @Test
    void decodingIsCachedAndSafeToShareBetweenThreads() throws Exception {
        byte[] text = ("\uFEFF" + TEXT.repeat(2000)).getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = java.util.Arrays.copyOf(text, text.length + 2);
        bytes[text.length + 1] = (byte) 0xDC; // a lone low surrogate at the end
        ParseInput input = ParseInput.of("shared.md", bytes);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> seen = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                seen.add(
                        pool.submit(
                                () -> input.text().length() + " " + input.decodingWarning().get()));
            }
            String first = seen.get(0).get();
            for (Future<String> each : seen) {
                assertThat(each.get()).isEqualTo(first);
            }
            assertThat(input.text()).isSameAs(input.text());
        } finally {
            pool.shutdownNow();
        }
    }
}
