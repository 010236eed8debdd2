package dev.newsletter.parser.internal.email;

import dev.newsletter.content.Block;
import dev.newsletter.content.Emphasis;
import dev.newsletter.content.Inline;
import dev.newsletter.content.LineBreak;
import dev.newsletter.content.Link;
import dev.newsletter.content.ListBlock;
import dev.newsletter.content.ListItem;
import dev.newsletter.content.Paragraph;
import dev.newsletter.content.Strong;
import dev.newsletter.content.Text;
import dev.newsletter.parser.internal.common.Words;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;

/**
 * The title a list item opens with, when a list is a list of entries: "[Title](url) - rest" in
 * HTML, "Title (https://...) - rest" in plain text, or a bold first paragraph.
 *
 * @param title the title text
 * @param link its target, or {@code null} for a bold title
 * @param body what follows the title in the item
 */
record ListItemTitle(String title, URI link, List<Block> body) {

    /** Whether every item of the list opens with a title: one entry per item. */
    static boolean allTitled(ListBlock list) {
        for (ListItem item : list.items()) {
            if (of(item) == null) {
                return false;
            }
        }
        return !list.items().isEmpty();
    }

    /**
     * Whether every item is one line over a nested list, as status reports write topics ("*
     * js/reset (Sat Nov 3) 2 commits" over its commits): one entry per item.
     */
    static boolean isOutline(ListBlock list) {
        for (ListItem item : list.items()) {
            if (item.blocks().size() != 2
                    || !(item.blocks().get(0) instanceof Paragraph first)
                    || !(item.blocks().get(1) instanceof ListBlock)
                    || first.inlines().stream().anyMatch(LineBreak.class::isInstance)
                    || Words.count(first.plainText()) > HeadlineStyle.MAX_TITLE_WORDS) {
                return false;
            }
        }
        return !list.items().isEmpty();
    }

    /** The title the item opens with, or {@code null}. */
    static ListItemTitle of(ListItem item) {
        if (item.blocks().isEmpty() || !(item.blocks().get(0) instanceof Paragraph paragraph)) {
            return null;
        }
        List<Block> later = item.blocks().subList(1, item.blocks().size());
        List<Inline> inlines = paragraph.inlines();
        int first = 0;
        while (first < inlines.size()
                && inlines.get(first) instanceof Text text
                && text.text().isBlank()) {
            first++;
        }
        if (first == inlines.size()) {
            return null;
        }
        Inline opening = unwrap(inlines.get(first));
        if (opening instanceof Link link && !link.plainText().isBlank()) {
            return linked(
                    Words.collapse(link.plainText()),
                    link,
                    inlines.subList(first + 1, inlines.size()),
                    later);
        }
        // Plain text: "Title (https://...)" or "Title <https://...>".
        if (first + 2 < inlines.size()
                && inlines.get(first) instanceof Text lead
                && inlines.get(first + 1) instanceof Link link
                && inlines.get(first + 2) instanceof Text tail) {
            String before = lead.text().stripTrailing();
            String after = tail.text();
            boolean wrapped =
                    before.endsWith("(") && after.startsWith(")")
                            || before.endsWith("<") && after.startsWith(">");
            String title = Words.collapse(before.substring(0, Math.max(0, before.length() - 1)));
            if (wrapped
                    && !title.isEmpty()
                    && Words.count(title) <= HeadlineStyle.MAX_TITLE_WORDS) {
                List<Inline> rest = new ArrayList<>();
                rest.add(new Text(after.substring(1)));
                rest.addAll(inlines.subList(first + 3, inlines.size()));
                return linked(title, link, rest, later);
            }
        }
        String bold = boldText(inlines);
        return bold == null ? null : new ListItemTitle(bold, null, later);
    }

    private static ListItemTitle linked(
            String title, Link link, List<Inline> rest, List<Block> later) {
        List<Inline> body = new ArrayList<>(rest);
        while (!body.isEmpty()
                && (body.get(0) instanceof LineBreak
                        || body.get(0) instanceof Text text && isSeparator(text.text()))) {
            body.remove(0);
        }
        if (!body.isEmpty() && body.get(0) instanceof Text text) {
            body.set(0, new Text(text.text().replaceFirst("^\\s*[-–—:]?\\s*", "")));
        }
        List<Block> blocks = new ArrayList<>();
        if (!Inline.plainText(body).isBlank()) {
            blocks.add(new Paragraph(body));
        }
        blocks.addAll(later);
        return new ListItemTitle(title, uri(link.destination()), blocks);
    }

    /** The text of a paragraph that is wholly bold and short, else null. */
    private static String boldText(List<Inline> inlines) {
        Inline only = null;
        for (Inline inline : inlines) {
            if (inline instanceof Text text && text.text().isBlank()) {
                continue;
            }
            if (only != null) {
                return null;
            }
            only = inline;
        }
        if (only instanceof Strong strong) {
            String text = Words.collapse(strong.plainText());
            return text.isEmpty() || Words.count(text) > HeadlineStyle.MAX_TITLE_WORDS
                    ? null
                    : text;
        }
        return null;
    }

    /** The single inline inside bold and italics around it. */
    private static Inline unwrap(Inline inline) {
        Inline current = inline;
        while (true) {
            List<Inline> children;
            if (current instanceof Strong strong) {
                children = strong.inlines();
            } else if (current instanceof Emphasis emphasis) {
                children = emphasis.inlines();
            } else {
                return current;
            }
            if (children.size() != 1) {
                return current;
            }
            current = children.get(0);
        }
    }

    private static boolean isSeparator(String text) {
        String stripped = text.strip();
        return stripped.isEmpty()
                || stripped.equals("-")
                || stripped.equals("–")
                || stripped.equals("—")
                || stripped.equals(":");
    }

    private static URI uri(String destination) {
        try {
            return new URI(destination.strip());
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
