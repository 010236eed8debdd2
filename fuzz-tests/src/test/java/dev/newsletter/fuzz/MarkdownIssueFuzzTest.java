package dev.newsletter.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.newsletter.IssueReader;
import dev.newsletter.ParseInput;
import dev.newsletter.ParseOptions;
import dev.newsletter.parser.MarkdownIssueParser;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The Markdown parser, through {@link IssueReader} and {@link ParseInput} as a user reaches it: a
 * metadata header of keys the parser knows (or does not) with fuzzed values, then a fuzzed body.
 * Only a ParseException may escape (see {@link ParserContract}).
 *
 * <p>Input layout, so that seeds can be written by hand. From the end backwards, one byte each: the
 * header style ({@link Header}), the number of fields (0 to 8), strict mode, a UTF-8 byte order
 * mark, CRLF line ends, then one byte per field picking its key from {@link #KEYS}. From the start:
 * each field's value, ended by a backslash and one more character (a doubled backslash is a
 * backslash); the rest is the body.
 */
class MarkdownIssueFuzzTest {

    /** How the header is written. */
    enum Header {
        NONE,
        YAML,
        TOML,
        PELICAN,
        /** A YAML fence that is never closed. */
        UNCLOSED_YAML
    }

    /** Keys the front matter reader looks for, and a few it must leave alone. */
    static final List<String> KEYS =
            List.of(
                    "title",
                    "date",
                    "published",
                    "updated",
                    "authors",
                    "author",
                    "editors",
                    "tags",
                    "summary",
                    "edition",
                    "month",
                    "id",
                    "permalink",
                    "image",
                    "thumbnail",
                    "link",
                    "language",
                    "publication",
                    "tagline",
                    "homepage",
                    "extra",
                    "params",
                    "[extra]",
                    "[params]",
                    "categories",
                    "draft",
                    "<<",
                    "? key",
                    "title ",
                    "Date",
                    "x-custom",
                    "");

    private static final IssueReader LENIENT = reader(false);
    private static final IssueReader STRICT = reader(true);

    private static IssueReader reader(boolean strict) {
        return IssueReader.builder()
                .parsers(List.of(MarkdownIssueParser.create()))
                .options(ParseOptions.builder().strict(strict).build())
                .build();
    }

    @FuzzTest
    void frontMatterAndBody(FuzzedDataProvider data) {
        Header header = data.pickValue(Header.values());
        int fields = data.consumeInt(0, 8);
        boolean strict = data.consumeBoolean();
        boolean bom = data.consumeBoolean();
        String newline = data.consumeBoolean() ? "\r\n" : "\n";

        StringBuilder text = new StringBuilder();
        if (header != Header.NONE && header != Header.PELICAN) {
            text.append(fence(header)).append('\n');
        }
        for (int i = 0; i < fields; i++) {
            String key = data.pickValue(KEYS);
            String value = data.consumeString(400);
            if (header != Header.NONE) {
                text.append(field(header, key, value)).append('\n');
            }
        }
        if (header == Header.YAML || header == Header.TOML || header == Header.PELICAN) {
            text.append(header == Header.PELICAN ? "" : fence(header)).append('\n');
        }
        text.append(data.consumeRemainingAsString());

        byte[] body = text.toString().replace("\n", newline).getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (bom) {
            bytes.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        bytes.writeBytes(body);
        ParseInput input = ParseInput.of("2022-02-17-issue.md", bytes.toByteArray());
        ParserContract.read(strict ? STRICT : LENIENT, input);
    }

    private static String fence(Header header) {
        return switch (header) {
            case TOML -> "+++";
            case PELICAN, NONE -> "";
            case YAML, UNCLOSED_YAML -> "---";
        };
    }

    private static String field(Header header, String key, String value) {
        if (key.startsWith("[")) {
            // a table: TOML writes it as a header line, YAML as a nested mapping
            String name = key.substring(1, key.length() - 1);
            return header == Header.TOML ? key + "\n" + value : name + ":\n  " + value;
        }
        return switch (header) {
            case TOML -> key + " = " + value;
            case PELICAN ->
                    key.isEmpty()
                            ? ": " + value
                            : Character.toUpperCase(key.charAt(0))
                                    + key.substring(1)
                                    + ": "
                                    + value;
            default -> key + ": " + value;
        };
    }
}
