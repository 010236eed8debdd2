package dev.newsletter;

import java.util.ArrayList;
import java.util.List;

/**
 * A test parser registered through META-INF/services: recognises text whose first line is {@code
 * title: ...} and reports a warning at line 2 when the second line is not blank. Multi-issue inputs
 * separate issues with a line {@code ===}.
 */
public final class HeaderLineTestParser implements IssueParser {

    @Override
    public String name() {
        return "header-line";
    }

    @Override
    public int confidence(ParseInput input) {
        return input.head().startsWith("title:") ? 80 : 0;
    }

    @Override
    public ParseResult parse(ParseInput input, ParseOptions options) {
        return parseOne(input.text(), input.name());
    }

    @Override
    public List<ParseResult> parseAll(ParseInput input, ParseOptions options) {
        List<ParseResult> results = new ArrayList<>();
        String[] parts = input.text().split("\n===\n");
        for (int i = 0; i < parts.length; i++) {
            results.add(parseOne(parts[i], input.name() + "#" + (i + 1)));
        }
        return results;
    }

    private static ParseResult parseOne(String text, String name) {
        String[] lines = text.split("\n", -1);
        Issue.Builder issue =
                Issue.builder()
                        .title(lines[0].substring("title:".length()).strip())
                        .source(Source.of(name, SourceFormat.MARKDOWN));
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("date:")) {
                issue.date(java.time.LocalDate.parse(line.substring(5).strip()));
            }
        }
        if (lines.length > 1 && !lines[1].isBlank() && !lines[1].startsWith("date:")) {
            diagnostics.add(
                    Diagnostic.warning(name, 2, 1, "expected a blank line after the title"));
        }
        return new ParseResult(issue.build(), diagnostics);
    }
}
