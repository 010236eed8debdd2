package dev.newsletter.parser.markdown;

import dev.newsletter.ParseInput;
import dev.newsletter.ParseOptions;
import dev.newsletter.ParseResult;
import dev.newsletter.parser.MarkdownIssueParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The Markdown fixtures written for these tests, under {@code src/test/resources/markdown}. */
final class Fixtures {

    /** Every fixture issue, by file name. */
    static final List<String> ISSUES =
            List.of(
                    "monthly-yaml.md",
                    "2023-05-09-weekly.md",
                    "pelican-weekly.markdown",
                    "zola-monthly.md",
                    "mdx-weekly.mdx",
                    "attributions.md",
                    "headless-sections.md");

    private Fixtures() {}

    static String text(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/markdown/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ParseResult parse(String name) {
        return parse(name, ParseOptions.defaults());
    }

    static ParseResult parse(String name, ParseOptions options) {
        return MarkdownIssueParser.create().parse(ParseInput.of(name, text(name)), options);
    }

    /** Parses Markdown held in a string, named {@code name} in diagnostics. */
    static ParseResult parseText(String name, String markdown) {
        return MarkdownIssueParser.create()
                .parse(ParseInput.of(name, markdown), ParseOptions.defaults());
    }
}
