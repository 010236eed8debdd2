/**
 * The newsletter model and the one-line entry point.
 *
 * <pre>{@code
 * Issue issue = Issue.parse(Path.of("archive/2022-02.md"));
 * issue.sections().forEach(s -> System.out.println(s.kind() + ": " + s.title()));
 * }</pre>
 *
 * <p>Every value here is immutable and thread-safe. {@link dev.newsletter.Issue#parse} finds a
 * parser with {@link java.util.ServiceLoader}; add {@code dev.newsletter:newsletter-parser} to read
 * Markdown and email, {@code dev.newsletter:newsletter-render} to read JSON. Parsers implement the
 * {@link dev.newsletter.IssueParser} service interface.
 */
package dev.newsletter;
