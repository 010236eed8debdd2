/**
 * Feeds of newsletter issues: {@link dev.newsletter.feed.FeedWriter} writes Atom 1.0, RSS 2.0 or
 * JSON Feed 1.1, one item per issue or one per entry, with stable ids, absolute links and full HTML
 * content, and pages large archives as RFC 5005 archived feeds.
 *
 * <pre>{@code
 * FeedWriter atom = FeedWriter.builder()
 *     .format(FeedFormat.ATOM)
 *     .title("Fast Forward")
 *     .homepage(URI.create("https://example.org/newsletters/"))
 *     .selfUri(URI.create("https://example.org/newsletters/atom.xml"))
 *     .build();
 * String xml = atom.write(issues);
 * }</pre>
 *
 * <p>Every writer is immutable and thread-safe.
 */
package dev.newsletter.feed;
