/**
 * Internals of the renderers. Not exported by the module; do not depend on anything here, it
 * changes without notice.
 */
package dev.newsletter.render.internal;
