/**
 * Internals of the Markdown parser: front matter, dates, the commonmark conversion and the
 * inference of sections, entries and contributors. Not exported; do not depend on it.
 */
package dev.newsletter.parser.internal.markdown;
