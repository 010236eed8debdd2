/**
 * Renderers of {@link dev.newsletter.Issue}s, one class per format behind the small {@link
 * dev.newsletter.render.IssueRenderer} interface, each configured with its builder.
 *
 * <pre>{@code
 * String json = JsonRenderer.create().render(issue);
 * }</pre>
 *
 * <p>Every renderer is immutable and thread-safe.
 */
package dev.newsletter.render;
