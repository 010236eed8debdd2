package dev.newsletter.parser.internal.markdown;

/**
 * One template language an archive may leave in its Markdown (Liquid, Hugo shortcodes, MDX): a
 * rewrite of the source text, before CommonMark reads it, into what a reader of the published page
 * sees. Implementations scan in linear time, leave code fences and code spans alone, and report
 * what they cannot resolve as a diagnostic. Stateless and thread-safe.
 */
interface TemplateLanguage {

    /** A short name for diagnostics and tests, such as {@code "Liquid"}. */
    String name();

    /** Whether this language may appear in the text (a cheap check that skips the scan). */
    boolean appliesTo(String text, TemplateContext context);

    /** The rewritten text; diagnostics go to {@code context}, naming lines of {@code text}. */
    SourceRewrite rewrite(String text, TemplateContext context);
}
