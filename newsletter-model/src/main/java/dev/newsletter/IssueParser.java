package dev.newsletter;

import java.util.List;

/**
 * A parser for one shape of newsletter, found by {@link IssueReader} with {@link
 * java.util.ServiceLoader}. Implementations are registered twice: {@code provides
 * dev.newsletter.IssueParser with ...} in their {@code module-info}, and a {@code
 * META-INF/services/dev.newsletter.IssueParser} file for the class path.
 *
 * <p>Implementations must be immutable and thread-safe, with a public no-argument constructor;
 * per-call state lives in objects created by {@link #parse}.
 */
public interface IssueParser {

    /** A short, stable name for messages, such as {@code "markdown"}. */
    String name();

    /**
     * How sure this parser is that it can read {@code input}, from 0 (not at all) to 100 (certain).
     * Judge by content first ({@link ParseInput#head()}); use the extension only to break ties. The
     * reader picks the parser with the highest confidence.
     */
    int confidence(ParseInput input);

    /**
     * Parses one issue. Problems in the content are reported as diagnostics, never thrown; content
     * that fits no part of the model is kept in the intro or a section, never dropped.
     */
    ParseResult parse(ParseInput input, ParseOptions options);

    /**
     * Parses every issue of a source that may hold several, such as an mbox file. The default
     * parses one.
     */
    default List<ParseResult> parseAll(ParseInput input, ParseOptions options) {
        return List.of(parse(input, options));
    }
}
