package dev.newsletter.parser.internal.markdown;

import dev.newsletter.content.Block;
import dev.newsletter.content.Heading;
import dev.newsletter.content.Inline;
import dev.newsletter.content.ListBlock;
import dev.newsletter.content.ListItem;
import dev.newsletter.content.Paragraph;
import dev.newsletter.content.Rule;
import java.util.Arrays;
import java.util.List;

/**
 * What each heading below the section level is, as a reader sees it: a subsection, when items
 * follow it before the next heading of its level; else the title of the one item it introduces.
 *
 * <table>
 *   <caption>Heading roles, in order</caption>
 *   <tr><th>order</th><th>rule</th><th>example</th></tr>
 *   <tr><td>1</td><td>two items follow (bullets, link-led paragraphs, sub-headings led by a
 *       link or over items), or one such sub-heading follows an unlinked heading: a
 *       subsection</td>
 *       <td>{@code ### Official} and its bullets; {@code ### [multiboot2](url)} and its list of
 *       pull requests</td></tr>
 *   <tr><td>2</td><td>one item follows an unlinked heading: a subsection of one</td>
 *       <td>{@code ### General} and one linked bullet</td></tr>
 *   <tr><td>3</td><td>prose that presents something (a link, or {@value #ITEM_WORDS} words or
 *       more): the heading titles that one item</td>
 *       <td>{@code ### Workshop notes} and its paragraphs</td></tr>
 *   <tr><td>4</td><td>otherwise the section assembler decides, as for any sub-heading</td>
 *       <td>{@code ### [Title](url)} in a reading list</td></tr>
 * </table>
 *
 * <p>Each block is looked at once per enclosing heading level, so at most six times: linear.
 */
final class HeadingRoles {

    /** The role of a heading. */
    enum Role {
        /** Not a sub-heading, or left to the section assembler. */
        UNDECIDED,
        /** Opens a subsection. */
        SUBSECTION,
        /** Titles the one item its prose presents. */
        ITEM
    }

    static final int ITEM_WORDS = 40;

    private HeadingRoles() {}

    /**
     * The role of every block's heading: headings of level {@code sectionLevel} or higher, and
     * non-headings, are {@link Role#UNDECIDED}.
     */
    static Role[] of(List<LocatedBlock> blocks, int sectionLevel) {
        Role[] roles = new Role[blocks.size()];
        Arrays.fill(roles, Role.UNDECIDED);
        // last first: a heading's role depends on those of the deeper headings under it
        for (int i = blocks.size() - 1; i >= 0; i--) {
            if (blocks.get(i).block() instanceof Heading heading
                    && heading.level() > sectionLevel
                    && InlineRuns.hasWord(Inline.plainText(heading.inlines()))) {
                roles[i] = role(blocks, roles, i, heading);
            }
        }
        return roles;
    }

    private static Role role(List<LocatedBlock> blocks, Role[] roles, int index, Heading heading) {
        int items = 0;
        boolean link = false;
        int words = 0;
        boolean linked = InlineRuns.links(heading.inlines()) > 0;
        for (int i = index + 1; i < blocks.size(); i++) {
            Block block = blocks.get(i).block();
            if (block instanceof Rule) {
                break; // a thematic break ends what the heading introduces
            }
            if (block instanceof Heading next) {
                if (next.level() <= heading.level()) {
                    break;
                }
                // a deeper heading led by a link titles an item, one over items is a subsection;
                // one over prose is a part of this heading's text (an essay's sub-heading)
                boolean item =
                        roles[i] == Role.SUBSECTION || LeadingLink.of(next.inlines()) != null;
                if (!linked && item) {
                    return Role.SUBSECTION;
                }
                items += item ? 1 : 0; // under a linked title, two linked ones are its items
                continue;
            }
            items += items(block);
            if (block instanceof Paragraph paragraph) {
                link |= InlineRuns.links(paragraph.inlines()) > 0;
                words += InlineRuns.squeeze(paragraph.plainText()).split(" ").length;
            }
        }
        if (items >= 2 || items == 1 && !linked) {
            return Role.SUBSECTION;
        }
        if (items == 0 && !linked && (link || words >= ITEM_WORDS)) {
            return Role.ITEM;
        }
        return Role.UNDECIDED;
    }

    /** "— *[Ada](url)*" alone: an item's signature, not an item. */
    private static boolean isSignature(Paragraph paragraph) {
        Attribution signature = Attribution.trailing(paragraph, null);
        return signature != null && signature.remaining() == null;
    }

    /** The items a block holds: the bullets of a list of items, or one link-led paragraph. */
    private static int items(Block block) {
        if (block instanceof ListBlock list && ListItems.isItemList(list)) {
            int count = 0;
            for (ListItem item : list.items()) {
                count += item.blocks().isEmpty() ? 0 : 1;
            }
            return count;
        }
        if (block instanceof Paragraph paragraph
                && LeadingLink.of(paragraph.inlines()) != null
                && !isSignature(paragraph)) {
            return 1;
        }
        return 0;
    }
}
