package dev.newsletter.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.newsletter.ParseInput;
import dev.newsletter.ParseOptions;
import dev.newsletter.parser.EmailIssueParser;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The email parser on raw messages: {@code .eml} files and mbox archives, MIME headers and parts,
 * transfer encodings and charsets. Only a ParseException may escape (see {@link ParserContract}).
 */
class EmailMessageFuzzTest {

    private static final EmailIssueParser EMAIL = EmailIssueParser.create();

    /** A message or an mbox as raw bytes, the way a file holds it. */
    @FuzzTest
    void rawMessage(byte[] bytes) {
        ParserContract.parseAll(EMAIL, ParseInput.of("issue.eml", bytes), ParseOptions.defaults());
    }

    /**
     * A message whose MIME structure the fuzzer builds through {@link MimeTree}, alone or in an
     * mbox. Choices, from the end of the input backwards: an mbox or not; for an mbox the number of
     * messages (1 to 3); CRLF line ends; then each message as {@link MimeTree} takes it.
     */
    @FuzzTest
    void mimeTree(FuzzedDataProvider data) {
        boolean mbox = data.consumeBoolean();
        int messages = mbox ? data.consumeInt(1, 3) : 1;
        boolean crlf = data.consumeBoolean();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < messages; i++) {
            if (mbox) {
                out.writeBytes(
                        ("From newsletter@lab.example.org Thu Feb 17 09:3" + i + ":00 2022\n")
                                .getBytes(StandardCharsets.US_ASCII));
            }
            out.writeBytes(MimeTree.message(data));
            out.write('\n');
        }
        byte[] bytes = crlf ? crlf(out.toByteArray()) : out.toByteArray();
        ParseInput input = ParseInput.of(mbox ? "archive.mbox" : "issue.eml", bytes);
        ParserContract.parseAll(EMAIL, input, ParseOptions.defaults());
    }

    private static byte[] crlf(byte[] lf) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(lf.length + lf.length / 20);
        for (byte b : lf) {
            if (b == '\n') {
                out.write('\r');
            }
            out.write(b);
        }
        return out.toByteArray();
    }
}
