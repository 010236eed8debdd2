package dev.newsletter.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Base64;
import java.util.List;

/**
 * Writes a MIME message whose shape the fuzzer chooses: header fields from a list of the ones mail
 * readers look at, with fuzzed values; a tree of parts (text, HTML, attachments, multipart mixed,
 * alternative and related, attached messages) nested up to {@link #MAX_DEPTH}; each leaf in a
 * charset and a transfer encoding, correctly encoded or damaged on purpose. The fuzzer works on the
 * shape and the texts, the writer does the encoding, so base64 and quoted-printable bodies decode
 * to what the fuzzer wrote.
 *
 * <p>Consumption order (choices are single bytes from the end of the input, texts come from its
 * start, each ended by a backslash and one more character): message = header count (0 to 6), then
 * per header a name ({@link #HEADERS}) and its value text, then an entity. Entity = a {@link Kind};
 * a leaf then takes a charset ({@link #CHARSETS}), an {@link Encoding} and its text; a multipart
 * takes a child count (0 to 4), the children, and whether it is closed; a message/rfc822 takes a
 * message.
 */
final class MimeTree {

    /** Deeper than the parser's limit, so the limit is reached. */
    static final int MAX_DEPTH = 70;

    static final List<String> HEADERS =
            List.of(
                    "Subject",
                    "From",
                    "Date",
                    "To",
                    "Message-ID",
                    "MIME-Version",
                    "Reply-To",
                    "List-Id",
                    "List-Unsubscribe",
                    "X-Mailer",
                    "Content-Type",
                    "Content-Transfer-Encoding",
                    "Received",
                    "Sender",
                    "X-Preheader",
                    "Subject ",
                    "");

    static final List<String> CHARSETS =
            List.of(
                    "utf-8",
                    "us-ascii",
                    "iso-8859-1",
                    "windows-1252",
                    "utf-16",
                    "utf-16le",
                    "koi8-r",
                    "shift_jis",
                    "",
                    "\"utf-8\"",
                    "x-unknown-charset",
                    "utf-7");

    /** The kinds of entity. */
    enum Kind {
        TEXT_PLAIN("text/plain"),
        TEXT_HTML("text/html"),
        ATTACHMENT("application/octet-stream"),
        IMAGE("image/png"),
        MIXED("multipart/mixed"),
        ALTERNATIVE("multipart/alternative"),
        RELATED("multipart/related"),
        MESSAGE("message/rfc822");

        final String type;

        Kind(String type) {
            this.type = type;
        }
    }

    /** Transfer encodings, applied correctly or damaged. */
    enum Encoding {
        NONE(null),
        SEVEN_BIT("7bit"),
        EIGHT_BIT("8bit"),
        BASE64("base64"),
        BASE64_DAMAGED("base64"),
        QUOTED_PRINTABLE("quoted-printable"),
        QUOTED_PRINTABLE_DAMAGED("quoted-printable"),
        UNKNOWN("x-uuencode");

        final String header;

        Encoding(String header) {
            this.header = header;
        }
    }

    private final FuzzedDataProvider data;
    private final Output out = new Output();

    private MimeTree(FuzzedDataProvider data) {
        this.data = data;
    }

    /** One message, written from {@code data}: header texts in UTF-8, bodies as encoded. */
    static byte[] message(FuzzedDataProvider data) {
        MimeTree tree = new MimeTree(data);
        tree.writeMessage(0);
        return tree.out.bytes.toByteArray();
    }

    /** Appends text as UTF-8 and bodies as their bytes. */
    private static final class Output {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        Output append(Object text) {
            bytes.writeBytes(String.valueOf(text).getBytes(StandardCharsets.UTF_8));
            return this;
        }

        Output append(char c) {
            return append(String.valueOf(c));
        }

        void appendBytes(byte[] raw) {
            bytes.writeBytes(raw);
        }
    }

    private void writeMessage(int depth) {
        int headers = data.consumeInt(0, 6);
        for (int i = 0; i < headers; i++) {
            String name = data.pickValue(HEADERS);
            out.append(name).append(": ").append(data.consumeString(200)).append('\n');
        }
        writeEntity(depth);
    }

    private void writeEntity(int depth) {
        Kind kind = data.pickValue(Kind.values());
        switch (kind) {
            case MIXED, ALTERNATIVE, RELATED -> {
                if (depth >= MAX_DEPTH) {
                    writeLeaf(Kind.TEXT_PLAIN);
                } else {
                    writeMultipart(kind, depth);
                }
            }
            case MESSAGE -> {
                if (depth >= MAX_DEPTH) {
                    writeLeaf(Kind.TEXT_PLAIN);
                } else {
                    out.append("Content-Type: message/rfc822\n\n");
                    writeMessage(depth + 1);
                }
            }
            default -> writeLeaf(kind);
        }
    }

    private void writeMultipart(Kind kind, int depth) {
        String boundary = "=_b" + depth + "_" + kind.ordinal();
        out.append("Content-Type: ")
                .append(kind.type)
                .append("; boundary=\"")
                .append(boundary)
                .append("\"\n\nThis is a multi-part message in MIME format.\n");
        int children = data.consumeInt(0, 4);
        for (int i = 0; i < children; i++) {
            out.append("\n--").append(boundary).append('\n');
            writeEntity(depth + 1);
        }
        if (data.consumeBoolean()) {
            out.append("\n--").append(boundary).append("--\n");
        }
    }

    private void writeLeaf(Kind kind) {
        String charsetName = data.pickValue(CHARSETS);
        Encoding encoding = data.pickValue(Encoding.values());
        String text = data.consumeString(2000);
        out.append("Content-Type: ").append(kind.type);
        if (!charsetName.isEmpty()) {
            out.append("; charset=").append(charsetName);
        }
        if (kind == Kind.ATTACHMENT || kind == Kind.IMAGE) {
            out.append("\nContent-Disposition: attachment; filename=\"notes.bin\"");
        }
        if (encoding.header != null) {
            out.append("\nContent-Transfer-Encoding: ").append(encoding.header);
        }
        out.append("\n\n");
        out.appendBytes(encode(text.getBytes(charset(charsetName)), encoding));
        out.append('\n');
    }

    private static Charset charset(String name) {
        try {
            return Charset.forName(name.replace("\"", ""));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return StandardCharsets.UTF_8;
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8; // empty name
        }
    }

    /** The body as it travels. */
    private static byte[] encode(byte[] bytes, Encoding encoding) {
        String ascii =
                switch (encoding) {
                    case BASE64 -> Base64.getMimeEncoder().encodeToString(bytes);
                    case BASE64_DAMAGED -> damage(Base64.getMimeEncoder().encodeToString(bytes));
                    case QUOTED_PRINTABLE -> quotedPrintable(bytes);
                    case QUOTED_PRINTABLE_DAMAGED -> quotedPrintable(bytes) + "=Z9=\n=4";
                    default -> null;
                };
        return ascii == null ? bytes : ascii.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Garbage in the middle and the padding gone: decoders must keep what they can. */
    private static String damage(String base64) {
        int middle = base64.length() / 2;
        return (base64.substring(0, middle) + "!*\u00e9 " + base64.substring(middle))
                .replace("=", "");
    }

    private static String quotedPrintable(byte[] bytes) {
        StringBuilder qp = new StringBuilder();
        int column = 0;
        for (byte b : bytes) {
            int c = b & 0xFF;
            String piece =
                    (c >= 33 && c <= 126 && c != '=') || c == ' '
                            ? String.valueOf((char) c)
                            : c == '\n' ? "\n" : String.format("=%02X", c);
            if (column + piece.length() > 75 && !piece.equals("\n")) {
                qp.append("=\n");
                column = 0;
            }
            qp.append(piece);
            column = piece.equals("\n") ? 0 : column + piece.length();
        }
        return qp.toString();
    }
}
