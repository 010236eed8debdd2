/**
 * Internal implementation of the markdown renderer. Not part of the API: it is not exported and may
 * change in any release.
 */
package dev.newsletter.render.internal.markdown;
