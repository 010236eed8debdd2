/**
 * Internals of the model. Not exported by the module; do not depend on anything here, it changes
 * without notice.
 */
package dev.newsletter.internal;
