/**
 * Internals of the feed writers: the format-neutral items and pages, stable ids, the Rome and
 * Jackson adapters. Not part of the API: do not depend on it; it changes without notice.
 */
package dev.newsletter.feed.internal;
