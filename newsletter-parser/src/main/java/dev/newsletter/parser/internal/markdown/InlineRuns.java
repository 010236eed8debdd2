package dev.newsletter.parser.internal.markdown;

import dev.newsletter.content.Emphasis;
import dev.newsletter.content.Image;
import dev.newsletter.content.Inline;
import dev.newsletter.content.LineBreak;
import dev.newsletter.content.Link;
import dev.newsletter.content.Strong;
import dev.newsletter.content.Text;
import java.util.ArrayList;
import java.util.List;

/** Small questions about runs of inlines, shared by the structure rules. */
final class InlineRuns {

    private InlineRuns() {}

    /** The children of an emphasis or strong inline, or {@code null} for anything else. */
    static List<Inline> wrapped(Inline inline) {
        if (inline instanceof Emphasis emphasis) {
            return emphasis.inlines();
        }
        if (inline instanceof Strong strong) {
            return strong.inlines();
        }
        return null;
    }

    /** Whether the inline adds no word: blank text, or a line break. */
    static boolean isBlank(Inline inline) {
        return inline instanceof LineBreak
                || (inline instanceof Text text && text.text().isBlank());
    }

    /** Whether {@code text} holds a letter or a digit. */
    static boolean hasWord(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The only link in {@code inline} (itself, or wrapped in emphasis), or {@code null}. */
    static Link soleLink(Inline inline) {
        if (inline instanceof Link link) {
            return link;
        }
        List<Inline> children = wrapped(inline);
        if (children == null) {
            return null;
        }
        Link found = null;
        for (Inline child : children) {
            if (isBlank(child)) {
                continue;
            }
            Link link = soleLink(child);
            if (link == null || found != null) {
                return null;
            }
            found = link;
        }
        return found;
    }

    /** The first link anywhere in {@code inlines}, or {@code null}. */
    static Link firstLink(List<Inline> inlines) {
        for (Inline inline : inlines) {
            if (inline instanceof Link link) {
                return link;
            }
            List<Inline> children = wrapped(inline);
            if (children != null) {
                Link link = firstLink(children);
                if (link != null) {
                    return link;
                }
            }
        }
        return null;
    }

    /** The number of images in {@code inlines}, inside links and emphasis too. */
    static int images(List<Inline> inlines) {
        int count = 0;
        for (Inline inline : inlines) {
            if (inline instanceof Image) {
                count++;
            } else if (inline instanceof Link link) {
                count += images(link.inlines());
            } else if (wrapped(inline) != null) {
                count += images(wrapped(inline));
            }
        }
        return count;
    }

    /** The number of links in {@code inlines}, inside emphasis too. */
    static int links(List<Inline> inlines) {
        int count = 0;
        for (Inline inline : inlines) {
            if (inline instanceof Link) {
                count++;
            } else if (wrapped(inline) != null) {
                count += links(wrapped(inline));
            }
        }
        return count;
    }

    /** The plain text with runs of white space made single spaces. */
    static String squeeze(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Whether what follows a title link is only spaces and punctuation ("[Title](url)."), which
     * reads as the end of the title line, not as body.
     */
    static boolean isPunctuationOnly(List<Inline> rest) {
        for (Inline inline : rest) {
            boolean plain = inline instanceof Text || inline instanceof LineBreak;
            if (!plain || InlineRuns.hasWord(inline.plainText())) {
                return false;
            }
        }
        return true;
    }

    /** {@code inlines} without the spaces that open them. */
    static List<Inline> trimLeadingSpace(List<Inline> inlines) {
        if (!inlines.isEmpty() && inlines.get(0) instanceof Text text) {
            List<Inline> copy = new ArrayList<>(inlines);
            String stripped = text.text().stripLeading();
            if (stripped.isEmpty()) {
                copy.remove(0);
            } else {
                copy.set(0, new Text(stripped));
            }
            return copy;
        }
        return inlines;
    }
}
