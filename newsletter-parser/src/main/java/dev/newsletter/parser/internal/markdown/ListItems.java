package dev.newsletter.parser.internal.markdown;

import dev.newsletter.content.Block;
import dev.newsletter.content.Emphasis;
import dev.newsletter.content.Inline;
import dev.newsletter.content.Link;
import dev.newsletter.content.ListBlock;
import dev.newsletter.content.ListItem;
import dev.newsletter.content.Paragraph;
import dev.newsletter.content.Strong;
import dev.newsletter.parser.internal.common.TitleStamp;
import java.util.List;

/**
 * How a reader sees the items of a list that is a list of items: every bullet of a list in which
 * some bullet holds a link is an item, whether or not the link starts it.
 *
 * <table>
 *   <caption>Titles of items not led by a link, in order</caption>
 *   <tr><th>order</th><th>form</th><th>title</th><th>example</th></tr>
 *   <tr><td>1</td><td>a short label and a separator before the link</td><td>the link's
 *       text</td><td>{@code 2024-06-21 | Virtual | [Rust Meetup](url)}, {@code [audio]
 *       [Title](url)}, {@code Discussion: [Title](url)}</td></tr>
 *   <tr><td>2</td><td>a few words run into the link</td><td>the words and the link's
 *       text</td><td>{@code Git [2.45.2](url)}</td></tr>
 *   <tr><td>3</td><td>text closed by a link</td><td>the text</td><td>{@code Tucows - Data
 *       Scientist ([job description](url))}</td></tr>
 *   <tr><td>4</td><td>prose with a link inside, or no link</td><td>its lead words, the link
 *       inside as address</td><td>{@code Ada [fixed](url) the parser for tide gauges}</td></tr>
 * </table>
 *
 * <p>A sentence that merely opens with a person's link ("[@alice](url) fixed the parser") takes the
 * next link as its address.
 */
final class ListItems {

    /** Words of an item's text a lead-words title keeps. */
    static final int LEAD_WORDS = 12;

    /** Words before the link that still read as part of its title ("GitHub Enterprise"). */
    static final int RUN_IN_WORDS = 4;

    private static final String SEPARATORS = "|:–—-·•";

    private static final String QUOTES = "\"“”«»„";

    private ListItems() {}

    /** The title, address and body of an item whose first paragraph is {@code first}. */
    record Item(String title, Link link, List<Block> body) {}

    /**
     * Whether {@code list} is a list of items: some bullet leads with a link, or at least half of
     * them hold one in their first paragraph. A list of topics that mentions a link here and there
     * ("training costs millions", "… rife with [bias](url)") is the text of the item above it.
     */
    static boolean isItemList(ListBlock list) {
        int linked = 0;
        for (ListItem item : list.items()) {
            if (!item.blocks().isEmpty()
                    && item.blocks().get(0) instanceof Paragraph first
                    && InlineRuns.links(first.inlines()) > 0) {
                if (LeadingLink.of(first.inlines()) != null) {
                    return true;
                }
                linked++;
            }
        }
        return linked > 0 && linked * 2 >= list.items().size();
    }

    /** An item's title, address and body from its first paragraph, not led by a link. */
    static Item of(Paragraph first) {
        List<Inline> inlines = first.inlines();
        int at = firstLinkIndex(inlines, 0);
        Item quoted = quotedTitle(first, at);
        if (quoted != null) {
            return quoted;
        }
        if (at < 0) {
            return leadWords(first, null);
        }
        Link link = InlineRuns.firstLink(List.of(inlines.get(at)));
        String prefix = InlineRuns.squeeze(Inline.plainText(inlines.subList(0, at)));
        String linkText = InlineRuns.squeeze(Inline.plainText(link.inlines()));
        if (!InlineRuns.hasWord(prefix) && PersonLink.is(link)) {
            // "[@alice](…) fixed the parser": the opening link is a person, the next the item's
            int next = firstLinkIndex(inlines, at + 1);
            Link address = next < 0 ? link : InlineRuns.firstLink(List.of(inlines.get(next)));
            return leadWords(first, address);
        }
        if (!InlineRuns.hasWord(prefix) && InlineRuns.hasWord(linkText)) {
            // "[GitStats](…) is a statistics generator": a bullet that opens with a link is
            // that link's item, even when a sentence runs on from it
            return new Item(linkText, link, List.of(first));
        }
        if (!InlineRuns.hasWord(linkText)) {
            return leadWords(first, link);
        }
        char last = prefix.charAt(prefix.length() - 1);
        if (SEPARATORS.indexOf(last) >= 0 || isTag(prefix)) {
            return new Item(linkText, link, List.of(first));
        }
        String[] words = prefix.split(" ");
        List<Inline> after = inlines.subList(at + 1, inlines.size());
        if (words.length > RUN_IN_WORDS
                && (!InlineRuns.hasWord(Inline.plainText(after)) || prefix.endsWith("("))) {
            // "Tucows - Data Scientist ([job description](url))": the text names the item, the
            // closing link is where to read about it; so does text before links in parentheses,
            // "Automate Your Builds ([Part 1](url) and [Part 2](url)) by Ada"
            String named = trimOpening(prefix);
            TitleStamp stamp = TitleStamp.of(named);
            return new Item(stamp == null ? named : stamp.title(), link, List.of(first));
        }
        if (words.length <= RUN_IN_WORDS) {
            List<Inline> rest = inlines.subList(at + 1, inlines.size());
            String restText = Inline.plainText(rest);
            List<Block> body = InlineRuns.hasWord(restText) ? List.of(first) : List.<Block>of();
            return new Item(prefix + " " + linkText, link, body);
        }
        return leadWords(first, link);
    }

    /**
     * A work's title quoted in italics before any link, as reading lists cite papers: {@code Ada
     * Lovelace, Mei Chen: _"Tides of Merge"_ preprint on [arXiv](url)}. The title is the quoted
     * words, the address the first link after them.
     */
    private static Item quotedTitle(Paragraph first, int firstLink) {
        List<Inline> inlines = first.inlines();
        int end = firstLink < 0 ? inlines.size() : firstLink;
        for (int i = 0; i < end; i++) {
            if (inlines.get(i) instanceof Emphasis || inlines.get(i) instanceof Strong) {
                String text = InlineRuns.squeeze(inlines.get(i).plainText());
                if (text.length() > 2
                        && QUOTES.indexOf(text.charAt(0)) >= 0
                        && QUOTES.indexOf(text.charAt(text.length() - 1)) >= 0
                        && text.indexOf(' ') > 0) {
                    Link link =
                            firstLink < 0
                                    ? null
                                    : InlineRuns.firstLink(inlines.subList(i, inlines.size()));
                    return new Item(
                            text.substring(1, text.length() - 1).strip(), link, List.of(first));
                }
                return null;
            }
        }
        return null;
    }

    /** The text before a closing link without the brackets and dashes that open it. */
    private static String trimOpening(String prefix) {
        int end = prefix.length();
        while (end > 0 && "([{-–—:, ".indexOf(prefix.charAt(end - 1)) >= 0) {
            end--;
        }
        return prefix.substring(0, end);
    }

    /** "[audio]", "(video)": a bracketed tag before the link. */
    private static boolean isTag(String prefix) {
        char first = prefix.charAt(0);
        char last = prefix.charAt(prefix.length() - 1);
        return (first == '[' && last == ']' || first == '(' && last == ')')
                && prefix.split(" ").length <= 2;
    }

    private static int firstLinkIndex(List<Inline> inlines, int from) {
        for (int i = from; i < inlines.size(); i++) {
            if (InlineRuns.links(List.of(inlines.get(i))) > 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * An item titled by its lead words: the first sentence, at most {@value #LEAD_WORDS} words (an
     * ellipsis marks a cut); the whole paragraph stays its body unless the title holds it all.
     */
    static Item leadWords(Paragraph first, Link link) {
        String text = InlineRuns.squeeze(first.plainText());
        TitleStamp stamp = TitleStamp.of(text);
        if (stamp != null) { // "js/reset (Sat Nov 3 …) 2 commits": the name is the title
            return new Item(stamp.title(), link, List.of(first));
        }
        String[] words = text.split(" ");
        StringBuilder title = new StringBuilder();
        boolean cut = false;
        boolean ellipsis = false;
        for (int i = 0; i < words.length; i++) {
            if (i == LEAD_WORDS) {
                cut = true;
                ellipsis = true;
                break;
            }
            if (i > 0) {
                title.append(' ');
            }
            title.append(words[i]);
            if (endsSentence(words[i]) && i + 1 < words.length) {
                cut = true;
                break;
            }
        }
        String shown = ellipsis ? title + "\u2026" : title.toString();
        boolean whole = !cut && link == null;
        return new Item(shown, link, whole ? List.of() : List.of(first));
    }

    private static boolean endsSentence(String word) {
        // "Sr." and "Dr." are abbreviations, not the end of a sentence
        return word.length() > 4
                && (word.endsWith(".") || word.endsWith("!") || word.endsWith("?"))
                && !word.endsWith("..");
    }
}
