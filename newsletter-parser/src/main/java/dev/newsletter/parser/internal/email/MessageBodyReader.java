package dev.newsletter.parser.internal.email;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the bodies of a message, in order, into one stream of units for the structure rules: each
 * text part through the text rules and each HTML part through the HTML rules, from its own first
 * line, so that every unit keeps its line in the file and no part's text is lost.
 */
final class MessageBodyReader {

    private final List<Unit> units = new ArrayList<>();
    private final List<String> hiddenText = new ArrayList<>();
    private final List<String> references = new ArrayList<>();
    private String documentTitle;
    private int htmlParts;
    private int textParts;

    /** Reads {@code parts}, in order. */
    MessageBodyReader(List<MailPart> parts) {
        for (MailPart part : parts) {
            if (part.html()) {
                HtmlBodyReader html = new HtmlBodyReader(part.firstLine());
                units.addAll(html.read(part.text()));
                if (documentTitle == null || documentTitle.isBlank()) {
                    documentTitle = html.documentTitle();
                }
                hiddenText.addAll(html.hiddenText());
                htmlParts++;
            } else {
                TextBodyReader text = new TextBodyReader(part.firstLine());
                units.addAll(text.read(part.text()));
                references.addAll(text.references());
                textParts++;
            }
        }
    }

    /** The units of every part, in order. */
    List<Unit> units() {
        return units;
    }

    /** The first HTML part's non-blank {@code <title>}, or {@code null}. */
    String documentTitle() {
        return documentTitle;
    }

    /** The hidden preview text of the HTML parts, in order. */
    List<String> hiddenText() {
        return hiddenText;
    }

    /** The numbered references the text parts closed with, in order. */
    List<String> references() {
        return references;
    }

    /** Whether no part is HTML: the layout rules of plain text then apply throughout. */
    boolean plainText() {
        return htmlParts == 0;
    }

    /** {@code "html"} when every part is HTML, {@code "mixed"} when some are, else {@code null}. */
    String bodyFormat() {
        if (htmlParts == 0) {
            return null;
        }
        return textParts == 0 ? "html" : "mixed";
    }
}
