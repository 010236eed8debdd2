package dev.newsletter.parser;

import dev.newsletter.IssueParser;
import dev.newsletter.ParseInput;
import dev.newsletter.ParseOptions;
import dev.newsletter.ParseResult;
import dev.newsletter.parser.internal.markdown.MarkdownIssueReading;
import dev.newsletter.parser.internal.markdown.MarkdownRecognizer;
import java.util.Objects;

/**
 * Reads a newsletter issue written as Markdown with a metadata header: YAML between {@code ---}
 * fences, TOML between {@code +++} fences, or Pelican {@code Key: value} lines.
 *
 * <p>The body is parsed as CommonMark with GitHub tables, strikethrough and web autolinks (a bare
 * e-mail address stays text), and its structure inferred as a reader would: a month heading ("#
 * February 2022") is the edition; the top headings (usually {@code ##}) start sections, whose kind
 * and title come from {@link ParseOptions#vocabulary()}; link-led paragraphs, link-led bullet items
 * and sub-headings start entries; a trailing attribution ({@code - *[Andrew](https://...)*}) names
 * an entry's contributor. A thematic break ({@code ---}) followed by a lead paragraph and entries
 * opens a section without a heading: a reading list when the lead introduces one ("Our engineers
 * share their favourite reads of the month."), otherwise an unlabelled section; this is how {@code
 * MarkdownRenderer} writes a section its source gave no heading. Raw HTML and comments (such as
 * {@code <!-- more -->}) are kept as raw content, never executed. Nothing of the source is dropped:
 * what fits no entry stays in the intro or its section.
 *
 * <p>Template code is resolved before the Markdown is read, as the site generator would: Jekyll's
 * Liquid ({@code {{ site.github.url }}} from the {@code _config.yml} of the site the file is in, or
 * {@link ParseOptions#siteVariables()}; {@code {% highlight %}} as code; {@code {% include %}} from
 * the site's {@code _includes/}), Hugo shortcodes ({@code {{< figure >}}} as an image, {@code {{<
 * youtube >}}} as a link) and MDX ({@code import} lines and components removed, their text kept).
 * What cannot be resolved is left out with a warning that names it; code fences and code spans are
 * shown as written.
 *
 * <pre>{@code
 * ParseResult result = MarkdownIssueParser.create()
 *     .parse(ParseInput.of(Path.of("2022-02.md")), ParseOptions.defaults());
 * Issue issue = result.issueOrThrow(false);
 * }</pre>
 *
 * <p>Problems (an unreadable date, front matter that is not plain data, an entry without a title)
 * are reported as {@link dev.newsletter.Diagnostic}s with line and column, never thrown. Front
 * matter is read with a safe loader: plain data only, bounded aliases, nesting and size.
 *
 * <p>Immutable and thread-safe. Registered with {@link java.util.ServiceLoader} for {@link
 * dev.newsletter.Issue#parse(java.nio.file.Path)}.
 */
public final class MarkdownIssueParser implements IssueParser {

    /** A parser. Public for {@link java.util.ServiceLoader}; prefer {@link #create()} in code. */
    public MarkdownIssueParser() {
        // stateless
    }

    /** A parser; every instance behaves the same. */
    public static MarkdownIssueParser create() {
        return new MarkdownIssueParser();
    }

    /** {@code "markdown"}. */
    @Override
    public String name() {
        return "markdown";
    }

    /**
     * How sure this parser is that {@code input} is a Markdown issue: high for a metadata header,
     * middling for Markdown headings and links, low otherwise; the extension only breaks ties.
     *
     * @throws NullPointerException if {@code input} is null
     */
    @Override
    public int confidence(ParseInput input) {
        Objects.requireNonNull(input, "input");
        return MarkdownRecognizer.confidence(input.head(), input.extension());
    }

    /**
     * Parses one issue. Never throws for bad content: problems are in the result's diagnostics, and
     * the issue holds everything that could be read.
     *
     * @throws NullPointerException if an argument is null
     */
    @Override
    public ParseResult parse(ParseInput input, ParseOptions options) {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(options, "options");
        return MarkdownIssueReading.parse(input, options);
    }

    @Override
    public String toString() {
        return "MarkdownIssueParser";
    }
}
