package dev.newsletter.parser.internal.markdown;

import dev.newsletter.Person;
import dev.newsletter.content.Inline;
import dev.newsletter.content.Link;
import dev.newsletter.content.Paragraph;
import dev.newsletter.content.Text;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A paragraph that credits who wrote a section or an item, as newsletters written by many hands say
 * it: {@code (Section written by [@alice](https://…))}, {@code Curated by Bob.}, {@code Thanks to
 * [Bob](…) for the suggestion!} The phrases are the publication's ({@code
 * ParseOptions.creditPhrases}); the name is the link's text, or the few words after the phrase up
 * to a "for", without a handle's {@code @}. An unlinked name is capitalised or a handle: "Thanks to
 * everyone for coming" credits nobody.
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
            if (lower.startsWith(phrase + " ")
                    && (!phrase.startsWith("thanks") || thanksForAnItem(lower))) {
                return person(paragraph.inlines(), text.substring(phrase.length() + 1), base);
            }
        }
        return null;
    }

    /**
     * The person a credit sentence inside {@code paragraph} names, as an item's blurb may close: "…
     * a crate for tide tables. Thanks to [Bob](…) for the suggestion!" Null when no sentence of the
     * paragraph after its first opens with a phrase.
     */
    static Person within(Paragraph paragraph, List<String> phrases, URI base) {
        List<Inline> inlines = paragraph.inlines();
        for (int i = 0; i < inlines.size(); i++) {
            if (!(inlines.get(i) instanceof Text text)) {
                continue;
            }
            String value = text.text();
            for (int end = value.indexOf(". "); end >= 0; end = value.indexOf(". ", end + 1)) {
                List<Inline> sentence = new ArrayList<>();
                sentence.add(new Text(value.substring(end + 2)));
                sentence.addAll(inlines.subList(i + 1, inlines.size()));
                Person person = of(new Paragraph(sentence), phrases, base);
                if (person != null) {
                    return person;
                }
            }
        }
        return null;
    }

    private static Person person(List<Inline> inlines, String rest, URI base) {
        Link link = InlineRuns.firstLink(inlines);
        String name = link == null ? rest : InlineRuns.squeeze(Inline.plainText(link.inlines()));
        int reason = name.indexOf(" for ");
        if (reason > 0) {
            name = name.substring(0, reason); // "Thanks to Bob for the suggestion"
        }
        boolean named = link != null || startsLikeAName(name.strip());
        name = trimName(name);
        if (name.isEmpty() || name.split(" ").length > MAX_NAME_WORDS || !named) {
            return null;
        }
        URI uri = link == null ? null : LinkTargets.toUri(link.destination(), base);
        return uri == null || !uri.isAbsolute() ? Person.of(name) : Person.of(name, uri);
    }

    /**
     * "Thanks to Bob for the suggestion" credits the one who brought the item; "Thanks to Ada and
     * Bob for their contributions" thanks the authors of a list of changes, and credits no item.
     */
    private static boolean thanksForAnItem(String lower) {
        int reason = lower.indexOf(" for ");
        if (reason < 0) {
            return false;
        }
        String why = lower.substring(reason + " for ".length());
        return why.startsWith("the ")
                || why.startsWith("suggest")
                || why.startsWith("nominat")
                || why.startsWith("recommend");
    }

    private static boolean startsLikeAName(String name) {
        return !name.isEmpty()
                && (Character.isUpperCase(name.codePointAt(0)) || name.startsWith("@"));
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
