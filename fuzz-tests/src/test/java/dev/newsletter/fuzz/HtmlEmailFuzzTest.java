package dev.newsletter.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.newsletter.ParseInput;
import dev.newsletter.ParseOptions;
import dev.newsletter.parser.EmailIssueParser;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The HTML email reader on an HTML newsletter body: layout tables, nested divs, hidden preview
 * text, headings, lists, figures, links of every scheme. The input is the body as raw bytes; the
 * target puts a doctype in front so that the email parser always takes it as HTML. Only a
 * ParseException may escape (see {@link ParserContract}).
 */
class HtmlEmailFuzzTest {

    private static final byte[] DOCTYPE = "<!DOCTYPE html>\n".getBytes(StandardCharsets.US_ASCII);
    private static final EmailIssueParser EMAIL = EmailIssueParser.create();

    @FuzzTest
    void htmlBody(byte[] bytes) {
        ByteArrayOutputStream html = new ByteArrayOutputStream(DOCTYPE.length + bytes.length);
        html.writeBytes(DOCTYPE);
        html.writeBytes(bytes);
        ParseInput input = ParseInput.of("issue.html", html.toByteArray());
        ParserContract.parseAll(EMAIL, input, ParseOptions.defaults());
    }
}
