package dev.newsletter.parser.internal.email;

import dev.newsletter.Diagnostic;
import dev.newsletter.parser.internal.common.Words;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads one RFC 5322 message: its decoded headers (RFC 2047 encoded words) and the bodies a reader
 * sees, each with its transfer encoding undone and its charset decoded. mime4j types stay in {@link
 * MimeStructureReader} and {@link TransferDecoding}.
 *
 * <p>Which parts are read, in order:
 *
 * <ul>
 *   <li>every text/plain and text/html part, in the order the message has them, whatever the
 *       multipart around it ({@code mixed}, {@code related}, {@code digest}, {@code parallel},
 *       {@code signed} or unknown);
 *   <li>of a {@code multipart/alternative}, one alternative, chosen by {@link
 *       AlternativeChoice#STRUCTURE_FIRST}: the first holding text/plain, else the first holding
 *       text/html; but the HTML, with an info diagnostic saying why, when the plain text is a
 *       flattened copy of it ({@link FlattenedTextPart});
 *   <li>an attached message ({@code message/rfc822}, inline or attachment: it is mail, what this
 *       parser reads) gives its From, Date and Subject as header lines, then its own parts by the
 *       same rules;
 *   <li>a multipart whose boundary never comes is read as plain text, with a warning.
 * </ul>
 *
 * <p>Not read as content, but named (number, file name, type, size) in one info diagnostic per
 * message: attachments ({@code Content-Disposition: attachment}), and parts of other types (images,
 * PDF, calendar, signatures). The parts after the first of a {@code multipart/related} are what its
 * HTML shows (pictures, styles): those that are not text are left to the HTML, which keeps its
 * pictures, and not named. The alternatives not chosen are the same content and not named either.
 *
 * <p>Damage never drops text silently: broken base64 is decoded around the damage and bad
 * quoted-printable escapes are kept as written ({@link TransferDecoding}), with a warning naming
 * the part, its line and column and how much could not be decoded; an unknown charset is a warning
 * and a best-effort decode.
 *
 * <p>Limits ({@link MimeStructureReader}), each an error diagnostic saying which limit and where,
 * keeping all that was read before it: parts nested up to {@value MimeStructureReader#MAX_DEPTH}
 * levels (a multipart or attached message deeper is not opened; nesting of any depth costs neither
 * stack nor time); at most {@value MimeStructureReader#MAX_PARTS} parts; header lines up to 1 MiB,
 * header fields up to 256 KiB, at most {@value MimeStructureReader#MAX_HEADER_COUNT} fields in a
 * header; bodies up to {@code ParseOptions.maxInputBytes}.
 */
final class MimeMessageReader {

    /** Headers kept as metadata, by lower-case name, with the metadata key they get. */
    private static final Map<String, String> KEPT_HEADERS = keptHeaders();

    private final String source;
    private final ZoneId zone;
    private final long maxContentLength;
    private final List<Diagnostic> diagnostics;
    private final AlternativeChoice choice;

    /**
     * A reader reporting to {@code diagnostics}.
     *
     * @param source the name of the message in diagnostics
     * @param zone the zone of a date that names none
     * @param maxContentLength the largest body read, in bytes
     * @param diagnostics where problems go
     */
    MimeMessageReader(
            String source, ZoneId zone, long maxContentLength, List<Diagnostic> diagnostics) {
        this.source = source;
        this.zone = zone;
        this.maxContentLength = maxContentLength;
        this.diagnostics = diagnostics;
        this.choice = AlternativeChoice.STRUCTURE_FIRST;
    }

    private static Map<String, String> keptHeaders() {
        Map<String, String> kept = new LinkedHashMap<>();
        kept.put("from", "from");
        kept.put("sender", "sender");
        kept.put("reply-to", "replyTo");
        kept.put("to", "to");
        kept.put("cc", "cc");
        kept.put("message-id", "messageId");
        kept.put("in-reply-to", "inReplyTo");
        kept.put("list-id", "listId");
        kept.put("list-unsubscribe", "listUnsubscribe");
        kept.put("archived-at", "archivedAt");
        kept.put("date", "dateHeader");
        return kept;
    }

    /**
     * Reads the message, or returns {@code null} after an error diagnostic when not even its header
     * can be read.
     *
     * @param bytes the message
     * @param firstLine the source line of its first header line
     */
    MailMessage read(byte[] bytes, int firstLine) {
        MimeStructureReader.Structure structure =
                new MimeStructureReader(source, maxContentLength, diagnostics)
                        .read(bytes, firstLine);
        if (structure == null) {
            return null;
        }
        Map<String, Object> metadata = new LinkedHashMap<>();
        String subject = null;
        String from = null;
        String dateValue = null;
        for (MimeStructureReader.HeaderField field : structure.fields()) {
            String name = field.name().toLowerCase(Locale.ROOT);
            String value = EncodedWords.decode(field.body());
            switch (name) {
                case "subject" -> subject = subject == null ? value : subject;
                case "from" -> from = from == null ? value : from;
                case "date" -> dateValue = dateValue == null ? field.body() : dateValue;
                default -> {}
            }
            String key = KEPT_HEADERS.get(name);
            if (key != null && !metadata.containsKey(key) && !value.isEmpty()) {
                metadata.put(key, value);
            }
        }
        OffsetDateTime date = null;
        if (dateValue != null) {
            date = MailDate.parse(dateValue, zone);
            if (date == null) {
                diagnostics.add(
                        Diagnostic.warning(
                                source,
                                firstLine + headerLine(bytes, "date"),
                                1,
                                "cannot read the Date header '"
                                        + Words.collapse(dateValue)
                                        + "'; the issue has no date"));
            }
        }
        List<MailPart> parts =
                new PartSelection(source, diagnostics, choice).select(structure.root());
        if (parts.isEmpty() && !structure.cut()) {
            diagnostics.add(
                    Diagnostic.warning(
                            source,
                            structure.root().bodyLine(),
                            1,
                            "the message has no text/plain or text/html part; the issue has no content"));
        }
        String senderName = from == null ? null : MailAddress.displayName(from);
        return new MailMessage(
                subject == null ? null : Words.collapse(subject),
                senderName,
                date,
                metadata,
                parts);
    }

    /** The 0-based line of the first header with the given lower-case name, or 0. */
    private static int headerLine(byte[] bytes, String name) {
        int line = 0;
        int start = 0;
        while (start < bytes.length) {
            int end = start;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            if (end == start || (end == start + 1 && bytes[start] == '\r')) {
                return 0;
            }
            String text =
                    new String(
                            bytes,
                            start,
                            Math.min(end - start, name.length() + 1),
                            StandardCharsets.ISO_8859_1);
            if (text.equalsIgnoreCase(name + ":")) {
                return line;
            }
            line++;
            start = end + 1;
        }
        return 0;
    }
}
