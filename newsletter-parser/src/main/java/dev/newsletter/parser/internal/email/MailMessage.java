package dev.newsletter.parser.internal.email;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * A raw message as the parser needs it: decoded headers and the chosen body.
 *
 * @param subject the decoded subject, or {@code null}
 * @param senderName the From display name, or {@code null}
 * @param date the Date header, or {@code null} when absent or unreadable
 * @param headerMetadata other useful headers, decoded, in order
 * @param body the decoded body text (plain text or HTML), empty when the message has none
 * @param html whether {@code body} is HTML
 * @param bodyFirstLine the source line of the body's first line
 */
record MailMessage(
        String subject,
        String senderName,
        OffsetDateTime date,
        Map<String, Object> headerMetadata,
        String body,
        boolean html,
        int bodyFirstLine) {}
