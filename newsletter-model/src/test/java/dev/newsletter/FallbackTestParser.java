package dev.newsletter;

import java.util.List;

/** A test parser that accepts any text a little, so the best match must win over it. */
public final class FallbackTestParser implements IssueParser {

    @Override
    public String name() {
        return "fallback";
    }

    @Override
    public int confidence(ParseInput input) {
        return input.head().isBlank() ? 0 : 10;
    }

    @Override
    public ParseResult parse(ParseInput input, ParseOptions options) {
        Issue issue =
                Issue.builder()
                        .title("fallback")
                        .source(Source.of(input.name(), SourceFormat.TEXT))
                        .build();
        return new ParseResult(issue, List.of());
    }
}
