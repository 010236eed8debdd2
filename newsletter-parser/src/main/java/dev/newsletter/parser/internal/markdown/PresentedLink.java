package dev.newsletter.parser.internal.markdown;

import dev.newsletter.Entry;
import dev.newsletter.content.Block;
import dev.newsletter.content.Inline;
import dev.newsletter.content.Link;
import dev.newsletter.content.Paragraph;
import java.net.URI;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * A paragraph that presents one linked item, as a section without a list says it: {@code This
 * week's crate is [tide](url), a library for …}. The link comes after a few words that present it
 * (ending in "is", "are", "was" or a colon), names a thing (not a person, not a call to action),
 * and gives the item its title and address; a link in passing ("The [Tuesday meeting](url) talked
 * about …", "Open a pull request [on GitHub](url)") presents nothing. Only a section that has no
 * items of another form is read this way: there, "each paragraph with its link" is an item.
 */
final class PresentedLink {

    /** Words before the link: more and the link is mentioned in passing, not presented. */
    static final int MAX_WORDS_BEFORE = 8;

    /** How the words before a presented link end: a copula or a colon. */
    private static final List<String> PRESENTING_ENDINGS = List.of(" is", " are", " was", ":");

    private PresentedLink() {}

    /** The link {@code paragraph} presents, or null. */
    static Link of(Paragraph paragraph, List<String> boilerplatePhrases) {
        List<Inline> inlines = paragraph.inlines();
        for (int i = 0; i < inlines.size(); i++) {
            Link link = InlineRuns.soleLink(inlines.get(i));
            if (link == null) {
                if (InlineRuns.links(List.of(inlines.get(i))) > 0) {
                    return null; // a link inside emphasis: an aside, not a presentation
                }
                continue;
            }
            String before = InlineRuns.squeeze(Inline.plainText(inlines.subList(0, i)));
            String text = InlineRuns.squeeze(Inline.plainText(link.inlines()));
            boolean presented =
                    InlineRuns.hasWord(text)
                            && InlineRuns.images(link.inlines()) == 0
                            && presents(before)
                            && !PersonLink.is(link)
                            && !Boilerplate.matches(text, boilerplatePhrases)
                            && !Boilerplate.matches(before, boilerplatePhrases);
            return presented ? link : null;
        }
        return null;
    }

    /** "This week's crate is", "Our pick:": a few words that present what follows. */
    private static boolean presents(String before) {
        if (before.isEmpty()
                || before.split(" ").length > MAX_WORDS_BEFORE
                || before.contains(". ")
                || before.contains("? ")
                || before.contains("! ")) {
            return false;
        }
        String lower = before.toLowerCase(Locale.ROOT);
        for (String ending : PRESENTING_ENDINGS) {
            if (lower.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Takes out of {@code blocks} every paragraph that presents a link, and returns them as items,
     * each credited to whom a sentence of its own thanks; credit lines and calls to action stay.
     */
    static List<Entry> takeItems(
            List<Block> blocks,
            List<String> creditPhrases,
            List<String> boilerplatePhrases,
            URI base) {
        List<Entry> items = new ArrayList<>();
        for (Iterator<Block> it = blocks.iterator(); it.hasNext(); ) {
            if (!(it.next() instanceof Paragraph paragraph)
                    || SectionCredit.of(paragraph, creditPhrases, base) != null) {
                continue;
            }
            Link presented = of(paragraph, boilerplatePhrases);
            URI uri = presented == null ? null : LinkTargets.toUri(presented.destination(), base);
            if (uri != null) {
                items.add(
                        Entry.builder()
                                .title(InlineRuns.squeeze(Inline.plainText(presented.inlines())))
                                .link(uri)
                                .blocks(List.of(paragraph))
                                .contributor(SectionCredit.within(paragraph, creditPhrases, base))
                                .build());
                it.remove();
            }
        }
        return items;
    }
}
