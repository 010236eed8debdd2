/**
 * Internal implementation of the text renderer. Not part of the API: it is not exported and may
 * change in any release.
 */
package dev.newsletter.render.internal.text;
