package dev.newsletter.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.newsletter.ParseInput;
import dev.newsletter.ParseOptions;
import dev.newsletter.parser.EmailIssueParser;

/**
 * The email parser on a plain-text newsletter body, raw bytes as a {@code .txt} file holds them:
 * preheaders, edition lines, headings, entry titles, attributions, reference lists, digests. The
 * parser recognises formats by content, so the fuzzer may wander into the HTML and message readers
 * too. Only a ParseException may escape (see {@link ParserContract}).
 */
class PlainTextEmailFuzzTest {

    private static final EmailIssueParser EMAIL = EmailIssueParser.create();

    @FuzzTest
    void textBody(byte[] bytes) {
        ParserContract.parseAll(EMAIL, ParseInput.of("issue.txt", bytes), ParseOptions.defaults());
    }
}
