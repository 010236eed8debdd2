package dev.newsletter.parser.internal.markdown;

import dev.newsletter.content.Inline;
import dev.newsletter.content.LineBreak;
import dev.newsletter.content.Link;
import dev.newsletter.content.RawInline;
import dev.newsletter.content.Text;
import java.util.List;

/**
 * A paragraph led by a link, the way newsletters write an entry title: {@code [Title](url)}, {@code
 * **[Title](url)**}, {@code [**Title**](url)}, optionally followed on the same line by a short
 * remark ({@code (recommended watching)}, {@code : August 14}) or by the body after a line break,
 * or a link written as a label ({@code [**homepage:**](url) As you ...}), whose colon ends the
 * title and whose sentence is the body. A sentence that merely starts with a link ("[Rust](...) is
 * a language") is not one.
 *
 * @param link the title link
 * @param title the title as plain text
 * @param rest the inlines after the link, leading line breaks removed; may be empty
 */
record LeadingLink(Link link, String title, List<Inline> rest) {

    private static final String REMARK_STARTS = ":.,;!?-–—(|/[";

    /** The leading link of {@code inlines}, or {@code null}. */
    static LeadingLink of(List<Inline> inlines) {
        int i = 0;
        while (i < inlines.size() && isDecoration(inlines.get(i))) {
            i++;
        }
        if (i == inlines.size()) {
            return null;
        }
        Link link = InlineRuns.soleLink(inlines.get(i));
        if (link == null) {
            return null;
        }
        if (!hasTextTitle(link)) {
            return null; // an image link or an empty link is not a title
        }
        List<Inline> rest = inlines.subList(i + 1, inlines.size());
        String title = InlineRuns.squeeze(Inline.plainText(link.inlines()));
        boolean label = title.endsWith(":");
        if (!rest.isEmpty() && !label && !startsBody(rest.get(0))) {
            return null;
        }
        int start = 0;
        while (start < rest.size() && rest.get(start) instanceof LineBreak) {
            start++;
        }
        if (label) {
            // "[**homepage:**](url) As you might have noticed ..." names its subject like a
            // label: the colon ends the title, and the sentence after it is the body
            title = title.substring(0, title.length() - 1).stripTrailing();
        }
        return new LeadingLink(link, title, List.copyOf(rest.subList(start, rest.size())));
    }

    private static boolean hasTextTitle(Link link) {
        return InlineRuns.hasWord(Inline.plainText(link.inlines()))
                && InlineRuns.images(link.inlines()) == 0
                && link.inlines().stream().noneMatch(inline -> inline instanceof RawInline);
    }

    /** Emoji, bullets and spaces before the link, which hold no word. */
    private static boolean isDecoration(Inline inline) {
        return inline instanceof Text text && !InlineRuns.hasWord(text.text());
    }

    private static boolean startsBody(Inline inline) {
        if (inline instanceof LineBreak) {
            return true;
        }
        if (inline instanceof Text text) {
            String value = text.text().stripLeading();
            return value.isEmpty()
                    || REMARK_STARTS.indexOf(value.charAt(0)) >= 0
                    || !InlineRuns.hasWord(value.length() > 3 ? value.substring(0, 3) : value)
                    || value.startsWith("by ");
        }
        return false;
    }
}
