package dev.newsletter.parser.internal.markdown;

import dev.newsletter.Person;
import dev.newsletter.content.Inline;
import dev.newsletter.content.Link;
import dev.newsletter.content.Paragraph;
import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * A paragraph that credits who wrote a section or an item, as newsletters written by many hands say
 * it: {@code (Section written by [@alice](https://…))}, {@code Curated by Bob.} The phrases are the
 * publication's ({@code ParseOptions.creditPhrases}); the name is the link's text, or the few words
 * after the phrase, without a handle's {@code @}.
 *
 * <p>The paragraph stays where it is: only the contributor is taken from it.
 */
final class SectionCredit {

    /** Words a name may have after the phrase. */
    static final int MAX_NAME_WORDS = 4;

    private SectionCredit() {}

    /** The person {@code paragraph} credits, or null when it is no credit line. */
    static Person of(Paragraph paragraph, List<String> phrases, URI base) {
        if (phrases.isEmpty()) {
            return null;
        }
        String text = stripBrackets(InlineRuns.squeeze(paragraph.plainText()));
        String lower = text.toLowerCase(Locale.ROOT);
        for (String phrase : phrases) {
            if (lower.startsWith(phrase + " ")) {
                return person(paragraph.inlines(), text.substring(phrase.length() + 1), base);
            }
        }
        return null;
    }

    private static Person person(List<Inline> inlines, String rest, URI base) {
        Link link = InlineRuns.firstLink(inlines);
        String name = link == null ? rest : InlineRuns.squeeze(Inline.plainText(link.inlines()));
        name = trimName(name);
        if (name.isEmpty() || name.split(" ").length > MAX_NAME_WORDS) {
            return null;
        }
        URI uri = link == null ? null : LinkTargets.toUri(link.destination(), base);
        return uri == null || !uri.isAbsolute() ? Person.of(name) : Person.of(name, uri);
    }

    private static String trimName(String name) {
        String trimmed = name.strip();
        while (!trimmed.isEmpty() && ".,;:!)]".indexOf(trimmed.charAt(trimmed.length() - 1)) >= 0) {
            trimmed = trimmed.substring(0, trimmed.length() - 1).strip();
        }
        return trimmed.startsWith("@") ? trimmed.substring(1) : trimmed;
    }

    /** "(Section written by …)" read as "Section written by …". */
    private static String stripBrackets(String text) {
        String out = text;
        if (out.startsWith("(") || out.startsWith("[")) {
            out = out.substring(1);
        }
        if (out.endsWith(")") || out.endsWith("]")) {
            out = out.substring(0, out.length() - 1);
        }
        return out.strip();
    }
}
