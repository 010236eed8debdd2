/**
 * The email parser's internals: MIME and mbox reading, the plain-text and HTML body readers, and
 * the rules that find sections, entries and contributors. Not API: these types may change in any
 * release without notice; depend on {@link dev.newsletter.parser.EmailIssueParser} instead.
 */
package dev.newsletter.parser.internal.email;
