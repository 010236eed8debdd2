package dev.newsletter.parser.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.newsletter.ParseInput;
import dev.newsletter.ParseOptions;
import dev.newsletter.ParseResult;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Bad input gives diagnostics, never an exception: every fixture cut short, spliced with another
 * and sprinkled with random bytes, with a fixed seed so that a failure can be replayed.
 */
class MangledInputTest {

    private static final List<String> FIXTURES =
            List.of(
                    "text/2023-04-signal-notes.txt",
                    "text/sensor-dev-digest.txt",
                    "text/weekly-wrench-42.txt",
                    "html/2023-04-signal-notes.html",
                    "html/garden-club-spring.html",
                    "eml/2023-05-quoted-printable.eml",
                    "eml/2023-06-base64-latin1.eml",
                    "eml/2023-07-bogus-charset.eml",
                    "eml/2023-08-multipart-alternative.eml",
                    "eml/2023-09-html-only.eml",
                    "mbox/2023-q4.mbox");

    @Test
    void mangledFixturesNeverThrow() {
        Random random = new Random(20261122L);
        for (int round = 0; round < 600; round++) {
            byte[] first = Fixtures.bytes(FIXTURES.get(random.nextInt(FIXTURES.size())));
            byte[] second = Fixtures.bytes(FIXTURES.get(random.nextInt(FIXTURES.size())));
            byte[] mangled = mangle(first, second, random);
            String name = "mangled-" + round;
            assertThatCode(
                            () -> {
                                List<ParseResult> results =
                                        Fixtures.PARSER.parseAll(
                                                ParseInput.of(name, mangled),
                                                ParseOptions.defaults());
                                assertThat(results).isNotEmpty();
                                Fixtures.PARSER.confidence(ParseInput.of(name, mangled));
                            })
                    .as("round %d", round)
                    .doesNotThrowAnyException();
        }
    }

    private static byte[] mangle(byte[] first, byte[] second, Random random) {
        int cut = random.nextInt(first.length + 1);
        int from = random.nextInt(second.length + 1);
        byte[] out = new byte[cut + (second.length - from)];
        System.arraycopy(first, 0, out, 0, cut);
        System.arraycopy(second, from, out, cut, second.length - from);
        int noise = random.nextInt(20);
        for (int i = 0; i < noise && out.length > 0; i++) {
            out[random.nextInt(out.length)] = (byte) random.nextInt(256);
        }
        return out;
    }
}
