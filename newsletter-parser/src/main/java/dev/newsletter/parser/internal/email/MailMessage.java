package dev.newsletter.parser.internal.email;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A raw message as the parser needs it: decoded headers and the bodies read as content.
 *
 * @param subject the decoded subject, or {@code null}
 * @param senderName the From display name, or {@code null}
 * @param date the Date header, or {@code null} when absent or unreadable
 * @param headerMetadata other useful headers, decoded, in order
 * @param parts the bodies to read, in the order the message has them; empty when it has none
 */
record MailMessage(
        String subject,
        String senderName,
        OffsetDateTime date,
        Map<String, Object> headerMetadata,
        List<MailPart> parts) {

    MailMessage {
        parts = List.copyOf(parts);
    }
}
