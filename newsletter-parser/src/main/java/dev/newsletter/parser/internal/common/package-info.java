/**
 * Internals shared by the Markdown and email parsers: rules a reader applies whatever the format,
 * such as recognising the lead sentence of a reading list. Not exported; do not depend on it.
 */
package dev.newsletter.parser.internal.common;
