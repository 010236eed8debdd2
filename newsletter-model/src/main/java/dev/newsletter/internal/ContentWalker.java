package dev.newsletter.internal;

import dev.newsletter.content.Block;
import dev.newsletter.content.Emphasis;
import dev.newsletter.content.Figure;
import dev.newsletter.content.Heading;
import dev.newsletter.content.Image;
import dev.newsletter.content.Inline;
import dev.newsletter.content.Link;
import dev.newsletter.content.ListBlock;
import dev.newsletter.content.ListItem;
import dev.newsletter.content.Paragraph;
import dev.newsletter.content.Quote;
import dev.newsletter.content.Strikethrough;
import dev.newsletter.content.Strong;
import dev.newsletter.content.Table;
import dev.newsletter.content.TableRow;
import java.util.ArrayList;
import java.util.List;

/** Walks content trees for the model's derived views: images and word counts. */
public final class ContentWalker {

    private ContentWalker() {}

    /** Every image in {@code blocks}, figures and inline images, in document order. */
    public static List<Image> images(List<? extends Block> blocks) {
        List<Image> images = new ArrayList<>();
        for (Block block : blocks) {
            collectImages(block, images);
        }
        return List.copyOf(images);
    }

    private static void collectImages(Block block, List<Image> images) {
        if (block instanceof Paragraph paragraph) {
            collectInlineImages(paragraph.inlines(), images);
        } else if (block instanceof Heading heading) {
            collectInlineImages(heading.inlines(), images);
        } else if (block instanceof Figure figure) {
            images.add(figure.image());
            collectInlineImages(figure.caption(), images);
        } else if (block instanceof Quote quote) {
            quote.blocks().forEach(child -> collectImages(child, images));
        } else if (block instanceof ListBlock list) {
            for (ListItem item : list.items()) {
                item.blocks().forEach(child -> collectImages(child, images));
            }
        } else if (block instanceof Table table) {
            collectRowImages(table.header(), images);
            table.rows().forEach(row -> collectRowImages(row, images));
        }
    }

    private static void collectRowImages(TableRow row, List<Image> images) {
        row.cells().forEach(cell -> collectInlineImages(cell, images));
    }

    private static void collectInlineImages(List<Inline> inlines, List<Image> images) {
        for (Inline inline : inlines) {
            if (inline instanceof Image image) {
                images.add(image);
            } else if (inline instanceof Link link) {
                collectInlineImages(link.inlines(), images);
            } else if (inline instanceof Emphasis emphasis) {
                collectInlineImages(emphasis.inlines(), images);
            } else if (inline instanceof Strong strong) {
                collectInlineImages(strong.inlines(), images);
            } else if (inline instanceof Strikethrough strike) {
                collectInlineImages(strike.inlines(), images);
            }
        }
    }

    /** The words of the readable text of {@code blocks}. */
    public static int countWords(List<? extends Block> blocks) {
        int words = 0;
        for (Block block : blocks) {
            words += countWords(block.plainText());
        }
        return words;
    }

    /**
     * The words of {@code text}: runs of non-space characters holding at least one letter or digit
     * (so a lone dash or bullet is not a word).
     */
    public static int countWords(CharSequence text) {
        int words = 0;
        boolean inRun = false;
        boolean runHasWordChar = false;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                if (inRun && runHasWordChar) {
                    words++;
                }
                inRun = false;
                runHasWordChar = false;
            } else {
                inRun = true;
                runHasWordChar |= Character.isLetterOrDigit(c);
            }
        }
        return inRun && runHasWordChar ? words + 1 : words;
    }
}
