package dev.newsletter.parser.internal.email;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One entity of a message's MIME tree, as {@link MimeStructureReader} reads it: a multipart with
 * its parts, a message (the root, or one attached as {@code message/rfc822}) with its body, or a
 * leaf with its content. Text leaves keep their transfer-encoded bytes; other leaves keep only
 * their size. Filled in while the message is read, then only read.
 */
final class MimePart {

    private final String path;
    private final int depth;
    private final int headerLine;
    private final List<MimePart> children = new ArrayList<>();
    private final Map<String, String> messageHeaders = new LinkedHashMap<>();
    private boolean message;
    private String mimeType = "text/plain";
    private String disposition;
    private String fileName;
    private String charset;
    private String transferEncoding;
    private int bodyLine;
    private int contentTypeLine;
    private byte[] content;
    private byte[] preamble = new byte[0];
    private long size;
    private boolean tooDeep;

    /**
     * A part.
     *
     * @param path its number, as IMAP numbers parts ("2.1"); empty for the message itself
     * @param depth how many entities enclose it (the message's own parts are at depth 1)
     * @param headerLine the line of the file where its header starts
     */
    MimePart(String path, int depth, int headerLine) {
        this.path = path;
        this.depth = depth;
        this.headerLine = headerLine;
        this.bodyLine = headerLine;
        this.contentTypeLine = headerLine;
    }

    String path() {
        return path;
    }

    int depth() {
        return depth;
    }

    int headerLine() {
        return headerLine;
    }

    /** The line of the file where the body starts. */
    int bodyLine() {
        return bodyLine;
    }

    /** The line of the Content-Type field, or of the header when it has none. */
    int contentTypeLine() {
        return contentTypeLine;
    }

    void lines(int contentTypeLine, int bodyLine) {
        this.contentTypeLine = contentTypeLine;
        this.bodyLine = bodyLine;
    }

    /** The lower-case type and subtype. */
    String mimeType() {
        return mimeType;
    }

    void mimeType(String type) {
        mimeType = type == null ? "text/plain" : type.toLowerCase(Locale.ROOT);
    }

    boolean isMultipart() {
        return mimeType.startsWith("multipart/");
    }

    /** Whether this is a message: the root, or the content of a {@code message/rfc822} part. */
    boolean isMessage() {
        return message;
    }

    void markMessage() {
        message = true;
    }

    /** The From, Date and Subject fields of a message, decoded, by lower-case name. */
    Map<String, String> messageHeaders() {
        return messageHeaders;
    }

    boolean isAttachment() {
        return "attachment".equalsIgnoreCase(disposition);
    }

    /** The Content-Disposition or Content-Type file name, or {@code null}. */
    String fileName() {
        return fileName;
    }

    void disposition(String disposition, String fileName) {
        this.disposition = disposition;
        this.fileName = fileName == null || fileName.isBlank() ? null : fileName.strip();
    }

    /** The declared charset, or {@code null}. */
    String charset() {
        return charset;
    }

    /** The Content-Transfer-Encoding, or {@code null}. */
    String transferEncoding() {
        return transferEncoding;
    }

    void encoding(String charset, String transferEncoding) {
        this.charset = charset;
        this.transferEncoding = transferEncoding;
    }

    List<MimePart> children() {
        return children;
    }

    void add(MimePart child) {
        children.add(child);
    }

    /** The body as the message holds it (still transfer-encoded), for text leaves; else null. */
    byte[] content() {
        return content;
    }

    void content(byte[] content) {
        this.content = content;
        this.size = content.length;
    }

    /** The text of a multipart before its first boundary; all its text when it has no parts. */
    byte[] preamble() {
        return preamble;
    }

    void preamble(byte[] preamble) {
        this.preamble = preamble;
    }

    /** The decoded size of a leaf, in bytes. */
    long size() {
        return size;
    }

    void size(long size) {
        this.size = size;
    }

    /** Whether this is a multipart or message past the nesting limit, whose parts are not read. */
    boolean isTooDeep() {
        return tooDeep;
    }

    void markTooDeep() {
        tooDeep = true;
    }

    /** Whether this or a part inside it (not an attachment) is of {@code type}. */
    boolean holds(String type) {
        if (children.isEmpty()) {
            return !isAttachment() && !tooDeep && mimeType.equals(type);
        }
        for (MimePart child : children) {
            if (child.holds(type)) {
                return true;
            }
        }
        return false;
    }

    /** The first leaf of {@code type} in this part or inside it (not an attachment), or null. */
    MimePart first(String type) {
        if (children.isEmpty()) {
            return holds(type) ? this : null;
        }
        for (MimePart child : children) {
            MimePart found = child.first(type);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** "part 2.1 (text/html)", or "the message body (text/plain)" for a single-part message. */
    String describe() {
        return (path.isEmpty() ? "the message body" : "part " + path) + " (" + mimeType + ")";
    }
}
