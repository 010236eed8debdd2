package dev.newsletter.render;

import dev.newsletter.IssueParser;
import dev.newsletter.ParseInput;
import dev.newsletter.ParseOptions;
import dev.newsletter.ParseResult;
import dev.newsletter.render.internal.json.JsonIssueReader;

/**
 * Reads the JSON written by {@link JsonRenderer} back into an {@link dev.newsletter.Issue}.
 * Registered as an {@link IssueParser}, so {@code Issue.parse(Path.of("issue.json"))} works when
 * this module is on the path.
 *
 * <p>Immutable and thread-safe.
 */
public final class JsonIssueParser implements IssueParser {

    /** Creates the parser; {@link java.util.ServiceLoader} calls this. */
    public JsonIssueParser() {}

    /** The parser. */
    public static JsonIssueParser create() {
        return new JsonIssueParser();
    }

    @Override
    public String name() {
        return "json";
    }

    /** Certain for a JSON object with the keys of an issue; never for anything else. */
    @Override
    public int confidence(ParseInput input) {
        String head = input.head().stripLeading();
        if (!head.startsWith("{")) {
            return 0;
        }
        boolean looksLikeIssue =
                head.contains("\"sections\"")
                        || head.contains("\"edition\"")
                        || head.contains("\"datePrecision\"");
        if (looksLikeIssue) {
            return 95;
        }
        return input.extension().equals("json") ? 40 : 0;
    }

    @Override
    public ParseResult parse(ParseInput input, ParseOptions options) {
        return new JsonIssueReader(input.name()).read(input);
    }
}
