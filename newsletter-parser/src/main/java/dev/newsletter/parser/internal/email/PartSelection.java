package dev.newsletter.parser.internal.email;

import dev.newsletter.Diagnostic;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Which parts of a message's tree are read as content, decoded to text, in order: every text part,
 * one alternative of each {@code multipart/alternative} (an info diagnostic says why when the
 * choice is not the usual one). What is not read is said in one diagnostic; damage in an encoding
 * or an unknown charset is a warning naming the part.
 */
final class PartSelection {

    /** How many parts the diagnostic about unread parts names before it counts the rest. */
    private static final int NAMED_PARTS = 5;

    private final String source;
    private final List<Diagnostic> diagnostics;
    private final AlternativeChoice choice;
    private final List<MailPart> parts = new ArrayList<>();
    private final List<String> unread = new ArrayList<>();
    private int firstUnreadLine;

    /**
     * A selection reporting to {@code diagnostics}.
     *
     * @param source the name of the file in diagnostics
     * @param diagnostics where problems go
     * @param choice which alternative to read
     */
    PartSelection(String source, List<Diagnostic> diagnostics, AlternativeChoice choice) {
        this.source = source;
        this.diagnostics = diagnostics;
        this.choice = choice;
    }

    /** The bodies of the message {@code root} to read, in order. */
    List<MailPart> select(MimePart root) {
        walk(root, root);
        reportUnread();
        return List.copyOf(parts);
    }

    private void walk(MimePart part, MimePart root) {
        if (part.isTooDeep()) {
            return; // the structure reader has said so
        }
        if (part.isMessage() && part != root) {
            headerBlock(part);
        }
        List<MimePart> children = part.children();
        if (!children.isEmpty()) {
            walkChildren(part, root);
        } else if (part.isMultipart()) {
            partless(part);
        } else if (part.isAttachment() && !part.isMessage()) {
            unread(part); // a message's own body is read, whatever its disposition
        } else if (part.mimeType().equals("text/plain")) {
            parts.add(text(part, false));
        } else if (part.mimeType().equals("text/html")) {
            parts.add(text(part, true));
        } else {
            unread(part);
        }
    }

    private void walkChildren(MimePart part, MimePart root) {
        List<MimePart> children = part.children();
        switch (part.mimeType()) {
            case "multipart/alternative" -> {
                AlternativeChoice.Choice chosen = choice.choose(children, this::peek);
                if (chosen == null) {
                    unread(part.describe() + " without a text alternative", part.headerLine());
                } else {
                    if (chosen.reason() != null) {
                        diagnostics.add(
                                Diagnostic.info(
                                        source, chosen.part().headerLine(), 1, chosen.reason()));
                    }
                    walk(chosen.part(), root);
                }
            }
            case "multipart/related" -> {
                // the parts after the first are what it shows (pictures, styles): read only text
                for (int i = 0; i < children.size(); i++) {
                    MimePart child = children.get(i);
                    if (i == 0 || !child.children().isEmpty() || isText(child)) {
                        walk(child, root);
                    }
                }
            }
            default -> {
                for (MimePart child : children) {
                    walk(child, root);
                }
            }
        }
    }

    private static boolean isText(MimePart part) {
        return !part.isAttachment()
                && (part.mimeType().equals("text/plain") || part.mimeType().equals("text/html"));
    }

    /** From, Date and Subject of an attached message, as header lines the text rules know. */
    private void headerBlock(MimePart message) {
        StringBuilder block = new StringBuilder();
        for (String name : List.of("from", "date", "subject")) {
            String value = message.messageHeaders().get(name);
            if (value != null && !value.isBlank()) {
                block.append(Character.toUpperCase(name.charAt(0)))
                        .append(name.substring(1))
                        .append(": ")
                        .append(value)
                        .append('\n');
            }
        }
        if (!block.isEmpty()) {
            parts.add(new MailPart(block.toString(), false, message.headerLine()));
        }
    }

    /** A multipart whose boundary never comes: all its body is text before the first part. */
    private void partless(MimePart part) {
        byte[] preamble = part.preamble();
        String text = TextDecoding.decode(preamble, charsetOf(preamble, null, diagnostics));
        if (text.isBlank()) {
            return;
        }
        diagnostics.add(
                Diagnostic.warning(
                        source,
                        part.bodyLine(),
                        1,
                        describe(part)
                                + " has no part: its boundary line never comes; its text is read"
                                + " as plain text"));
        parts.add(new MailPart(text, false, part.bodyLine()));
    }

    /**
     * The decoded text of the first part of {@code type} inside {@code alternative}, for the choice
     * between alternatives; what its decoding finds wrong is said only if the part is then read.
     */
    private String peek(MimePart alternative, String type) {
        MimePart part = alternative.first(type);
        if (part == null) {
            return null;
        }
        byte[] bytes = TransferDecoding.decode(part.content(), part.transferEncoding()).bytes();
        return TextDecoding.decode(bytes, charsetOf(bytes, part, new ArrayList<>()));
    }

    private MailPart text(MimePart part, boolean html) {
        TransferDecoding.Decoded decoded =
                TransferDecoding.decode(part.content(), part.transferEncoding());
        if (decoded.damage() != null) {
            reportDamage(part, decoded.damage());
        }
        if (!TransferDecoding.isKnown(part.transferEncoding())) {
            diagnostics.add(
                    Diagnostic.warning(
                            source,
                            part.contentTypeLine(),
                            1,
                            "unknown Content-Transfer-Encoding '"
                                    + part.transferEncoding().strip()
                                    + "' of "
                                    + part.describe()
                                    + "; read as it is"));
        }
        byte[] bytes = decoded.bytes();
        return new MailPart(
                TextDecoding.decode(bytes, charsetOf(bytes, part, diagnostics)),
                html,
                part.bodyLine());
    }

    private void reportDamage(MimePart part, TransferDecoding.Damage damage) {
        String message;
        if (damage.notEncoded()) {
            message =
                    describe(part)
                            + " is marked "
                            + damage.encoding()
                            + " but is plain text; it is read as it is";
        } else if (damage.encoding().equals("base64")) {
            message =
                    describe(part)
                            + " has broken base64 on "
                            + lines(damage.lines())
                            + ", the first here: "
                            + (damage.skipped() == 0
                                    ? "they are decoded as far as they go"
                                    : damage.skipped()
                                            + (damage.skipped() == 1
                                                    ? " character is"
                                                    : " characters are")
                                            + " not base64 and skipped")
                            + "; the rest of the part is decoded";
        } else {
            message =
                    describe(part)
                            + " has "
                            + damage.skipped()
                            + (damage.skipped() == 1
                                    ? " bad quoted-printable escape"
                                    : " bad quoted-printable escapes")
                            + " on "
                            + lines(damage.lines())
                            + ", the first here; kept as written";
        }
        diagnostics.add(
                Diagnostic.warning(
                        source, part.bodyLine() + damage.line(), damage.column(), message));
    }

    private static String lines(int count) {
        return count == 1 ? "1 line" : count + " lines";
    }

    private static String describe(MimePart part) {
        String text = part.describe();
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /**
     * The charset of a text: the declared one; UTF-8 for UTF-8 text declared (or defaulted to)
     * US-ASCII; an unknown one is a warning and UTF-8 when the bytes are UTF-8, else windows-1252.
     */
    private Charset charsetOf(byte[] bytes, MimePart part, List<Diagnostic> sink) {
        String declared = part == null ? null : part.charset();
        boolean utf8 = TextDecoding.isValidUtf8(bytes);
        Charset charset = charset(declared);
        if (charset == null) {
            Charset fallback = utf8 ? StandardCharsets.UTF_8 : TextDecoding.WINDOWS_1252;
            sink.add(
                    Diagnostic.warning(
                            source,
                            part.contentTypeLine(),
                            1,
                            "unknown charset '"
                                    + declared
                                    + "' in Content-Type"
                                    + (part.path().isEmpty() ? "" : " of part " + part.path())
                                    + "; decoded as "
                                    + fallback.name()));
            return fallback;
        }
        if (charset.equals(StandardCharsets.US_ASCII) && utf8) {
            return StandardCharsets.UTF_8; // 8-bit text labelled (or defaulted to) US-ASCII
        }
        return charset;
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

    private void unread(MimePart part) {
        StringBuilder text =
                new StringBuilder(
                        part.path().isEmpty() ? "the message body" : "part " + part.path());
        if (part.fileName() != null) {
            text.append(" '").append(part.fileName()).append('\'');
        }
        text.append(" (");
        if (part.isAttachment()) {
            text.append("attachment, ");
        }
        text.append(part.mimeType()).append(", ").append(ByteSize.of(part.size())).append(')');
        unread(text.toString(), part.headerLine());
    }

    private void unread(String description, int line) {
        if (unread.isEmpty()) {
            firstUnreadLine = line;
        }
        unread.add(description);
    }

    private void reportUnread() {
        if (unread.isEmpty()) {
            return;
        }
        StringBuilder message =
                new StringBuilder(
                        unread.size() == 1
                                ? "not read as content: "
                                : unread.size() + " parts not read as content: ");
        int named = Math.min(unread.size(), NAMED_PARTS);
        message.append(String.join(", ", unread.subList(0, named)));
        if (unread.size() > named) {
            message.append(" and ").append(unread.size() - named).append(" more");
        }
        diagnostics.add(Diagnostic.info(source, firstUnreadLine, 1, message.toString()));
    }
}
