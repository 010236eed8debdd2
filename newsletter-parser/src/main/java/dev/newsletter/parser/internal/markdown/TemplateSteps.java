package dev.newsletter.parser.internal.markdown;

import java.util.List;

/**
 * The template step of a Markdown parse: every {@link TemplateLanguage}, in order, over the body.
 * Liquid comes first, since Jekyll resolves it before anything else reads the page; Hugo shortcodes
 * next (they never start with a Liquid opener, {@code {{<} and {@code {{%} being theirs); MDX last,
 * as its rules work on whole lines.
 */
final class TemplateSteps {

    static final List<TemplateLanguage> ORDERED =
            List.of(new LiquidTemplates(), new HugoShortcodes(), new MdxSyntax());

    /** The body after the template step, and where its lines come from. */
    record Result(String text, LineMap lines) {}

    private TemplateSteps() {}

    static Result apply(String body, TemplateContext context) {
        String text = body;
        LineMap lines = LineMap.identity();
        for (TemplateLanguage language : ORDERED) {
            if (!language.appliesTo(text, context)) {
                continue;
            }
            context.lines(lines);
            SourceRewrite rewrite = language.rewrite(text, context);
            text = rewrite.text();
            lines = lines.then(rewrite.lineMap());
        }
        return new Result(text, lines);
    }
}
