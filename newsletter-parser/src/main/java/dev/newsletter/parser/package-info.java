/**
 * The standard newsletter parsers, found by {@link dev.newsletter.IssueReader} through {@link
 * java.util.ServiceLoader}: add this module and {@link dev.newsletter.Issue#parse(java.nio.file.Path)}
 * reads email newsletters (plain text, HTML, {@code .eml} and mbox).
 *
 * <p>Every parser here is immutable and thread-safe; create one with {@code create()} or let {@link
 * dev.newsletter.IssueReader} find it.
 */
package dev.newsletter.parser;
