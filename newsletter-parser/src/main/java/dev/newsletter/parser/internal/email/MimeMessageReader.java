package dev.newsletter.parser.internal.email;

import dev.newsletter.Diagnostic;
import dev.newsletter.parser.internal.common.Words;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.DecoderUtil;
import org.apache.james.mime4j.dom.Body;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.SingleBody;
import org.apache.james.mime4j.field.LenientFieldParser;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;

/**
 * Reads one RFC 5322 message with Apache mime4j: decoded headers (RFC 2047 encoded words), the
 * text/plain part (or the HTML part of HTML-only mail) with its transfer encoding undone and its
 * charset decoded. An unknown charset is a warning and a best-effort decode, never an exception.
 * mime4j types stay inside this class.
 */
final class MimeMessageReader {

    private static final int MAX_HEADER_COUNT = 1000;
    private static final int MAX_HEADER_LENGTH = 256 * 1024;
    private static final int MAX_LINE_LENGTH = 1024 * 1024;
    private static final int MAX_PART_DEPTH = 20;

    /** Headers kept as metadata, by lower-case name, with the metadata key they get. */
    private static final Map<String, String> KEPT_HEADERS = keptHeaders();

    private final String source;
    private final ZoneId zone;
    private final long maxContentLength;
    private final List<Diagnostic> diagnostics;

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
     * Reads the message, or returns {@code null} after an error diagnostic when it cannot be read.
     *
     * @param bytes the message
     * @param firstLine the source line of its first header line
     */
    MailMessage read(byte[] bytes, int firstLine) {
        Message message;
        try {
            message = builder().parseMessage(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            diagnostics.add(
                    Diagnostic.error(
                            source, firstLine, 1, "cannot read the message: " + describe(e)));
            return null;
        }
        try {
            return read(message, bytes, firstLine);
        } finally {
            message.dispose();
        }
    }

    private DefaultMessageBuilder builder() {
        MimeConfig config =
                new MimeConfig.Builder()
                        .setMaxHeaderCount(MAX_HEADER_COUNT)
                        .setMaxHeaderLen(MAX_HEADER_LENGTH)
                        .setMaxLineLen(MAX_LINE_LENGTH)
                        .setMaxContentLen(maxContentLength)
                        .setStrictParsing(false)
                        .build();
        DefaultMessageBuilder builder = new DefaultMessageBuilder();
        builder.setMimeEntityConfig(config);
        builder.setDecodeMonitor(DecodeMonitor.SILENT);
        builder.setFieldParser(LenientFieldParser.getParser());
        return builder;
    }

    private MailMessage read(Message message, byte[] bytes, int firstLine) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        String subject = null;
        String from = null;
        String dateValue = null;
        for (Field field : message.getHeader().getFields()) {
            String name = field.getName().toLowerCase(Locale.ROOT);
            String value = decode(field.getBody());
            switch (name) {
                case "subject" -> subject = subject == null ? value : subject;
                case "from" -> from = from == null ? value : from;
                case "date" -> dateValue = dateValue == null ? field.getBody() : dateValue;
                default -> {}
            }
            String key = KEPT_HEADERS.get(name);
            if (key != null && !metadata.containsKey(key) && !value.isEmpty()) {
                metadata.put(key, value);
            }
        }
        int headerLines = headerLineCount(bytes);
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
        List<Entity> leaves = new ArrayList<>();
        collectLeaves(message, leaves, 0);
        Entity chosen = choose(leaves, "text/plain");
        boolean html = false;
        if (chosen == null) {
            chosen = choose(leaves, "text/html");
            html = chosen != null;
        }
        int bodyLine = firstLine + headerLines + 1;
        String body = "";
        if (chosen == null) {
            diagnostics.add(
                    Diagnostic.warning(
                            source,
                            bodyLine,
                            1,
                            "the message has no text/plain or text/html part; the issue has no content"));
        } else {
            int contentTypeLine =
                    chosen == message ? firstLine + headerLine(bytes, "content-type") : bodyLine;
            body = text(chosen, contentTypeLine);
            if (chosen != message) {
                bodyLine =
                        firstLine
                                - 1
                                + partBodyLine(bytes, headerLines, body, bodyLine - firstLine + 1);
            }
        }
        String senderName = from == null ? null : MailAddress.displayName(from);
        return new MailMessage(
                subject == null ? null : Words.collapse(subject),
                senderName,
                date,
                metadata,
                body,
                html,
                bodyLine);
    }

    private static String decode(String raw) {
        try {
            return Words.collapse(DecoderUtil.decodeEncodedWords(raw, DecodeMonitor.SILENT));
        } catch (RuntimeException e) {
            return Words.collapse(raw);
        }
    }

    private static void collectLeaves(Entity entity, List<Entity> leaves, int depth) {
        Body body = entity.getBody();
        if (body instanceof Multipart multipart) {
            if (depth < MAX_PART_DEPTH) {
                for (Entity part : multipart.getBodyParts()) {
                    collectLeaves(part, leaves, depth + 1);
                }
            }
        } else if (body instanceof SingleBody
                && !"attachment".equalsIgnoreCase(entity.getDispositionType())) {
            leaves.add(entity);
        }
    }

    private static Entity choose(List<Entity> leaves, String mimeType) {
        for (Entity leaf : leaves) {
            if (mimeType.equalsIgnoreCase(leaf.getMimeType())) {
                return leaf;
            }
        }
        return null;
    }

    private String text(Entity entity, int line) {
        byte[] bytes;
        try (InputStream in = ((SingleBody) entity.getBody()).getInputStream()) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            diagnostics.add(
                    Diagnostic.error(
                            source, line, 1, "cannot decode the message body: " + describe(e)));
            return "";
        }
        String declared = entity.getCharset();
        Charset charset = charset(declared);
        boolean utf8 = TextDecoding.isValidUtf8(bytes);
        if (charset == null) {
            Charset fallback = utf8 ? StandardCharsets.UTF_8 : TextDecoding.WINDOWS_1252;
            diagnostics.add(
                    Diagnostic.warning(
                            source,
                            line,
                            1,
                            "unknown charset '"
                                    + declared
                                    + "' in Content-Type; decoded as "
                                    + fallback.name()));
            charset = fallback;
        } else if (charset.equals(StandardCharsets.US_ASCII) && utf8) {
            charset = StandardCharsets.UTF_8; // 8-bit text labelled (or defaulted to) US-ASCII
        }
        return TextDecoding.decode(bytes, charset);
    }

    private static Charset charset(String name) {
        if (name == null || name.isBlank()) {
            return StandardCharsets.US_ASCII;
        }
        try {
            return Charset.forName(name.strip().replace("\"", ""));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * The 1-based line of the message where a part's body starts: found by its first line, which a
     * 7-bit or 8-bit part holds as written; {@code fallback} when it cannot be found (an encoded
     * part), so that diagnostics point at the part rather than nowhere.
     */
    private static int partBodyLine(byte[] bytes, int headerLines, String body, int fallback) {
        int leadingBlank = 0;
        String firstLine = null;
        for (String line : body.split("\r?\n", 50)) {
            if (!line.isBlank()) {
                firstLine = line.strip();
                break;
            }
            leadingBlank++;
        }
        if (firstLine == null || firstLine.length() < 8) {
            return fallback;
        }
        String raw = new String(bytes, StandardCharsets.UTF_8);
        int headerEnd = 0;
        for (int i = 0; i < headerLines && headerEnd >= 0; i++) {
            headerEnd = raw.indexOf('\n', headerEnd) + 1;
        }
        int found = raw.indexOf(firstLine, Math.max(0, headerEnd));
        if (found < 0) {
            return fallback;
        }
        int line = 1;
        for (int i = 0; i < found; i++) {
            if (raw.charAt(i) == '\n') {
                line++;
            }
        }
        return Math.max(1, line - leadingBlank);
    }

    /** The number of header lines before the blank line that ends them. */
    private static int headerLineCount(byte[] bytes) {
        int lines = 0;
        int start = 0;
        while (start < bytes.length) {
            int end = start;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            int contentEnd = end > start && bytes[end - 1] == '\r' ? end - 1 : end;
            if (contentEnd == start) {
                return lines;
            }
            lines++;
            start = end + 1;
        }
        return lines;
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

    private static String describe(Throwable e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        String message = cause.getMessage();
        return message == null ? cause.getClass().getSimpleName() : message;
    }
}
