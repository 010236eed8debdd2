/**
 * The content tree of an issue: a small sealed family of {@link dev.newsletter.content.Block}s
 * (paragraph, heading, list, quote, code, figure, table, rule, raw markup) holding {@link
 * dev.newsletter.content.Inline}s (text, emphasis, strong, strikethrough, code, link, image, line
 * break, raw markup). All nodes are immutable records, equal by value; collections are copied on
 * the way in.
 *
 * <p>Switch over them exhaustively:
 *
 * <pre>{@code
 * String kind = switch (block) {
 *   case Paragraph p -> "paragraph";
 *   default -> block.getClass().getSimpleName();
 * };
 * }</pre>
 */
package dev.newsletter.content;
