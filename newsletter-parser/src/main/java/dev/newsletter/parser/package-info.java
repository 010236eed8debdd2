/**
 * The standard newsletter parsers, found by {@link dev.newsletter.Issue#parse(java.nio.file.Path)}
 * through {@link java.util.ServiceLoader}: {@link dev.newsletter.parser.MarkdownIssueParser} reads
 * Markdown with YAML, TOML or {@code Key: value} front matter; {@link
 * dev.newsletter.parser.EmailIssueParser} reads email newsletters (plain text, HTML, {@code .eml}
 * and mbox). Either can be used directly:
 *
 * <pre>{@code
 * ParseResult result = MarkdownIssueParser.create()
 *     .parse(ParseInput.of(Path.of("2022-02.md")), ParseOptions.defaults());
 * result.diagnostics().forEach(System.err::println);
 * }</pre>
 *
 * <p>Every parser here is immutable and thread-safe.
 */
package dev.newsletter.parser;
