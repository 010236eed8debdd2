package dev.newsletter.parser;

import dev.newsletter.IssueParser;
import dev.newsletter.ParseInput;
import dev.newsletter.ParseOptions;
import dev.newsletter.ParseResult;
import dev.newsletter.parser.internal.email.EmailParseRun;
import java.util.List;
import java.util.Objects;

/**
 * Reads newsletters as they arrive by email: plain-text bodies, HTML newsletters, raw messages
 * ({@code .eml}) and mbox files, all into the same {@link dev.newsletter.Issue} model the Markdown
 * parser produces.
 *
 * <p>The format is recognised by content. A plain-text body is read line by line: the preheader
 * (tagline, "View this email in browser"), an edition line such as "February 2022" (a date with
 * month precision), the intro, section headings (labels of {@link ParseOptions#vocabulary()}, or
 * short lines set apart), entry titles (short headline-style lines followed by their body), and
 * attributions closing an entry ({@code — Andrew}, {@code -Daniel.}), which become the entry's
 * contributor. HTML goes through the same rules, using the headings and links it keeps. A raw
 * message gives the title (Subject), the date (Date) and the publication (From display name); every
 * text part of it is read, in order, each by the rules of its kind (of alternatives, the plain text
 * is preferred, HTML-only mail goes through the HTML rules), and attachments are named in an info
 * diagnostic. Damaged base64 or quoted-printable is decoded around the damage with a warning;
 * nesting deeper than 20 levels, more than 10,000 parts and over-long headers are errors that keep
 * what came before. An mbox gives one issue per message through {@link #parseAll}. A mailing-list
 * digest gives one entry per message, its sender as the contributor. What a reader skips is kept as
 * metadata: the "View this email in browser" line, hidden preview text, the unsubscribe and
 * copyright footer. Content that is no heading or title is kept in the intro, a section or an
 * entry, never dropped; problems (an unknown charset, an unreadable Date header, an intro naming
 * another month than the edition) are diagnostics with their line, never exceptions.
 *
 * <pre>{@code
 * IssueParser parser = EmailIssueParser.create();
 * ParseResult result = parser.parse(ParseInput.of(Path.of("2022-02.eml")), ParseOptions.defaults());
 * result.diagnostics().forEach(System.err::println);
 * Issue issue = result.issue();
 * }</pre>
 *
 * <p>Immutable and thread-safe; usually found by {@link dev.newsletter.IssueReader} through {@link
 * java.util.ServiceLoader} rather than created directly.
 */
public final class EmailIssueParser implements IssueParser {

    /** A parser; {@link java.util.ServiceLoader} needs this public no-argument constructor. */
    public EmailIssueParser() {}

    /** A parser. */
    public static EmailIssueParser create() {
        return new EmailIssueParser();
    }

    /** {@code "email"}. */
    @Override
    public String name() {
        return "email";
    }

    /**
     * High (90 to 95) for raw messages and mbox files, 75 to 90 for HTML, 60 to 70 for plain text
     * with a preheader or a mailing-list digest, 30 for other plain text, and low for text that
     * starts with front matter or reads as Markdown, which the Markdown parser reads better; 0 for
     * feeds and other XML, empty and binary input.
     *
     * @throws NullPointerException if {@code input} is null
     */
    @Override
    public int confidence(ParseInput input) {
        return EmailParseRun.confidence(Objects.requireNonNull(input, "input"));
    }

    /**
     * Parses the issue of {@code input}; for an mbox, its first message.
     *
     * @throws NullPointerException if an argument is null
     */
    @Override
    public ParseResult parse(ParseInput input, ParseOptions options) {
        return run(input, options).parseOne();
    }

    /**
     * Parses every issue of {@code input}: one per message of an mbox (with source locations {@code
     * file#1}, {@code file#2}, ...), else one.
     *
     * @throws NullPointerException if an argument is null
     */
    @Override
    public List<ParseResult> parseAll(ParseInput input, ParseOptions options) {
        return run(input, options).parseAll();
    }

    private static EmailParseRun run(ParseInput input, ParseOptions options) {
        return new EmailParseRun(
                Objects.requireNonNull(input, "input"), Objects.requireNonNull(options, "options"));
    }

    @Override
    public String toString() {
        return "EmailIssueParser";
    }
}
