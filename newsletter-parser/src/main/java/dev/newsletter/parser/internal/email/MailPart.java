package dev.newsletter.parser.internal.email;

import java.util.Objects;

/**
 * One body of a message that is read as content: a text/plain or text/html part, decoded, or the
 * header lines of an attached message.
 *
 * @param text the decoded text
 * @param html whether {@code text} is HTML
 * @param firstLine the line of the file where the body starts, for diagnostics
 */
record MailPart(String text, boolean html, int firstLine) {

    MailPart {
        Objects.requireNonNull(text, "text");
    }
}
