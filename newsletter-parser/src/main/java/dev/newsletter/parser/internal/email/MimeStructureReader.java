package dev.newsletter.parser.internal.email;

import dev.newsletter.Diagnostic;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.field.LenientFieldParser;
import org.apache.james.mime4j.io.MaxHeaderLengthLimitException;
import org.apache.james.mime4j.io.MaxHeaderLimitException;
import org.apache.james.mime4j.io.MaxLineLimitException;
import org.apache.james.mime4j.message.DefaultBodyDescriptorBuilder;
import org.apache.james.mime4j.message.MaximalBodyDescriptor;
import org.apache.james.mime4j.stream.BodyDescriptor;
import org.apache.james.mime4j.stream.EntityState;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;
import org.apache.james.mime4j.stream.MimeTokenStream;
import org.apache.james.mime4j.stream.RecursionMode;

/**
 * Reads the MIME tree of one message with mime4j's token stream, within limits: the nesting depth,
 * the number of parts, the length of lines and headers. mime4j stacks one stream per level of
 * nesting, so past {@link #MAX_DEPTH} an entity is read flat (as one body, its parts unopened):
 * that bounds the stack and the time however deep a message nests. Every limit reached is an error
 * diagnostic that says which limit and where; what was read before it is kept. mime4j types stay
 * inside this class.
 */
final class MimeStructureReader {

    /** The most fields one header may have. */
    static final int MAX_HEADER_COUNT = 1000;

    /** The longest a header field may be, in bytes (its folded lines together). */
    static final int MAX_HEADER_LENGTH = 256 * 1024;

    /** The longest a header line may be, in bytes. */
    static final int MAX_LINE_LENGTH = 1024 * 1024;

    /**
     * The deepest an entity may be nested: a part of the message is at depth 1, a part of that at
     * 2, and an attached message adds a level of its own. A multipart or attached message at this
     * depth is not opened. Real mail nests 3 to 6 deep (mixed, related, alternative; a forwarded
     * message doubles that); 20 leaves room for that and keeps mime4j's stack of streams small.
     */
    static final int MAX_DEPTH = 20;

    /** The most parts one message may have; a newsletter has a handful, a digest some hundreds. */
    static final int MAX_PARTS = 10_000;

    /**
     * A message's tree.
     *
     * @param root the message
     * @param fields the fields of the message's own header, in order
     * @param cut whether a limit or broken structure left part of the message unread (an error
     *     diagnostic says so)
     */
    record Structure(MimePart root, List<HeaderField> fields, boolean cut) {}

    /**
     * One header field, as written.
     *
     * @param name the field name
     * @param body the unfolded raw body
     */
    record HeaderField(String name, String body) {}

    /** One entity being read, with what reading it needs besides the part. */
    private static final class Frame {
        final MimePart part;
        final int headerOffset;
        final int headerLine;
        final boolean encodedSource;
        String boundary;
        String transferEncoding;
        int children;
        boolean bodyRead;

        Frame(MimePart part, int headerOffset, int headerLine, boolean encodedSource) {
            this.part = part;
            this.headerOffset = headerOffset;
            this.headerLine = headerLine;
            this.encodedSource = encodedSource;
        }
    }

    private final String source;
    private final long maxContentLength;
    private final List<Diagnostic> diagnostics;
    private final Deque<Frame> open = new ArrayDeque<>();
    private final List<MimePart> tooDeep = new ArrayList<>();
    private final List<HeaderField> fields = new ArrayList<>();
    private PartLines lines;
    private MimeTokenStream stream;
    private MimePart root;
    private boolean rootHeaderRead;
    private boolean cut;
    private int parts;

    /**
     * A reader reporting to {@code diagnostics}.
     *
     * @param source the name of the file in diagnostics
     * @param maxContentLength the largest body read, in bytes
     * @param diagnostics where problems go
     */
    MimeStructureReader(String source, long maxContentLength, List<Diagnostic> diagnostics) {
        this.source = source;
        this.maxContentLength = maxContentLength;
        this.diagnostics = diagnostics;
    }

    /**
     * The tree of the message, or {@code null} after an error diagnostic when not even its header
     * can be read.
     *
     * @param bytes the message
     * @param firstLine the line of the file where the message starts
     */
    Structure read(byte[] bytes, int firstLine) {
        lines = new PartLines(bytes, firstLine);
        stream = new MimeTokenStream(config(), DecodeMonitor.SILENT, descriptors());
        stream.parse(new ByteArrayInputStream(bytes));
        try {
            for (EntityState state = stream.getState();
                    state != EntityState.T_END_OF_STREAM && !cut;
                    state = stream.next()) {
                read(state);
            }
        } catch (MimeException | IOException | RuntimeException e) {
            stopAt(e);
        }
        reportTooDeep();
        if (!rootHeaderRead) {
            return null;
        }
        return new Structure(root, List.copyOf(fields), cut || !tooDeep.isEmpty());
    }

    private MimeConfig config() {
        return new MimeConfig.Builder()
                .setMaxHeaderCount(MAX_HEADER_COUNT)
                .setMaxHeaderLen(MAX_HEADER_LENGTH)
                .setMaxLineLen(MAX_LINE_LENGTH)
                .setMaxContentLen(maxContentLength)
                .setStrictParsing(false)
                .build();
    }

    private static DefaultBodyDescriptorBuilder descriptors() {
        return new DefaultBodyDescriptorBuilder(
                null, LenientFieldParser.getParser(), DecodeMonitor.SILENT);
    }

    private void read(EntityState state) throws IOException {
        switch (state) {
            case T_START_MESSAGE -> startMessage();
            case T_START_BODYPART -> startBodyPart();
            case T_FIELD -> field(stream.getField());
            case T_END_HEADER -> endHeader();
            case T_START_MULTIPART -> {
                Frame frame = open.peek();
                frame.part.mimeType(stream.getBodyDescriptor().getMimeType());
                frame.boundary = stream.getBodyDescriptor().getBoundary();
            }
            case T_PREAMBLE -> {
                try (InputStream in = stream.getInputStream()) {
                    open.peek().part.preamble(in.readAllBytes());
                }
            }
            case T_BODY -> body(open.peek(), stream.getBodyDescriptor());
            case T_END_BODYPART, T_END_MESSAGE -> open.pop();
            default -> {} // the epilogue, the end of a multipart: nothing to keep
        }
    }

    private void startMessage() {
        if (root == null) {
            root = new MimePart("", 0, lines.line());
            root.markMessage();
            open.push(new Frame(root, lines.offset(), lines.line(), false));
            return;
        }
        // the content of a message/rfc822 part
        Frame holder = open.peek();
        holder.part.mimeType("message/rfc822");
        MimePart message = new MimePart(holder.part.path(), holder.part.depth() + 1, lines.line());
        message.markMessage();
        holder.part.add(message);
        String encoding = holder.transferEncoding;
        // a message sent base64 or quoted-printable is not in the file as written: its lines
        // cannot be found, so its parts take the line of the part that holds it
        boolean encoded = holder.encodedSource || (encoding != null && isEncoding(encoding));
        open.push(new Frame(message, lines.offset(), lines.line(), encoded));
    }

    private static boolean isEncoding(String transferEncoding) {
        String encoding = transferEncoding.strip().toLowerCase(Locale.ROOT);
        return encoding.equals("base64") || encoding.equals("quoted-printable");
    }

    private void startBodyPart() {
        Frame multipart = open.peek();
        parts++;
        multipart.children++;
        String path =
                multipart.part.path().isEmpty()
                        ? Integer.toString(multipart.children)
                        : multipart.part.path() + "." + multipart.children;
        if (!multipart.encodedSource) {
            lines.passBoundary(multipart.boundary);
        }
        if (parts > MAX_PARTS) {
            diagnostics.add(
                    Diagnostic.error(
                            source,
                            lines.line(),
                            1,
                            "the message has more than "
                                    + String.format(Locale.ROOT, "%,d", MAX_PARTS)
                                    + " parts, the limit; part "
                                    + path
                                    + " and the parts after it are not read"));
            cut = true;
            return;
        }
        MimePart part = new MimePart(path, multipart.part.depth() + 1, lines.line());
        multipart.part.add(part);
        open.push(new Frame(part, lines.offset(), lines.line(), multipart.encodedSource));
    }

    private void field(Field field) {
        Frame frame = open.peek();
        String name = field.getName().toLowerCase(Locale.ROOT);
        String body = field.getBody() == null ? "" : field.getBody();
        if (frame.part == root) {
            fields.add(new HeaderField(field.getName(), body));
        } else if (frame.part.isMessage()
                && (name.equals("from") || name.equals("date") || name.equals("subject"))) {
            frame.part.messageHeaders().putIfAbsent(name, EncodedWords.decode(body));
        }
        if (name.equals("content-transfer-encoding")) {
            frame.transferEncoding = body;
        }
    }

    private void endHeader() {
        Frame frame = open.peek();
        if (frame.part == root) {
            rootHeaderRead = true;
        }
        if (frame.encodedSource) {
            frame.part.lines(frame.headerLine, frame.headerLine);
        } else {
            PartLines.HeaderLines header = lines.passHeader(enclosingBoundary());
            frame.part.lines(header.lineOf("content-type"), lines.line());
        }
        if (frame.part.depth() >= MAX_DEPTH) {
            stream.setRecursionMode(RecursionMode.M_FLAT); // its body is not opened
        }
    }

    /** The boundary of the multipart the current entity is a part of, or {@code null}. */
    private String enclosingBoundary() {
        boolean first = true;
        for (Frame frame : open) {
            if (!first && frame.boundary != null) {
                return frame.boundary;
            }
            first = false;
        }
        return null;
    }

    private void body(Frame frame, BodyDescriptor descriptor) throws IOException {
        frame.bodyRead = true;
        MimePart part = frame.part;
        part.mimeType(descriptor.getMimeType());
        part.encoding(descriptor.getCharset(), descriptor.getTransferEncoding());
        if (descriptor instanceof MaximalBodyDescriptor full) {
            String name = full.getContentDispositionFilename();
            if (name == null) {
                name = full.getContentTypeParameters().get("name");
            }
            part.disposition(full.getContentDispositionType(), name);
        }
        if (stream.getRecursionMode() == RecursionMode.M_FLAT) {
            stream.setRecursionMode(RecursionMode.M_RECURSE);
            if (part.isMultipart() || part.mimeType().equals("message/rfc822")) {
                part.markTooDeep();
                part.size(count(stream.getInputStream()));
                tooDeep.add(part);
                return;
            }
        }
        if (part.mimeType().startsWith("text/")) {
            try (InputStream in = stream.getInputStream()) {
                part.content(in.readAllBytes());
            }
        } else {
            part.size(count(stream.getDecodedInputStream()));
        }
    }

    private static long count(InputStream in) throws IOException {
        try (in) {
            return in.transferTo(OutputStream.nullOutputStream());
        }
    }

    private void reportTooDeep() {
        if (tooDeep.isEmpty()) {
            return;
        }
        MimePart first = tooDeep.get(0);
        String more =
                tooDeep.size() == 1
                        ? ""
                        : "; nor are those of " + (tooDeep.size() - 1) + " more parts that deep";
        diagnostics.add(
                Diagnostic.error(
                        source,
                        first.headerLine(),
                        1,
                        "parts are nested more than "
                                + MAX_DEPTH
                                + " levels deep, the limit: the parts inside "
                                + first.describe()
                                + ", "
                                + ByteSize.of(first.size())
                                + ", are not read"
                                + more));
    }

    /** Reading stopped at {@code e}: one error saying, in words, what is wrong and where. */
    private void stopAt(Exception e) {
        cut = true;
        Frame frame = open.peek();
        dropUnread(frame);
        int from = frame == null ? 0 : frame.headerOffset;
        int fromLine = frame == null ? lines.line() : frame.headerLine;
        String rest =
                !rootHeaderRead
                        ? "the message cannot be read"
                        : "the message is not read from "
                                + (frame == null || frame.part.path().isEmpty()
                                        ? "there"
                                        : "part " + frame.part.path())
                                + " on";
        String problem;
        int line;
        if (hasCause(e, MaxLineLimitException.class)) {
            line = lines.lineLongerThan(from, fromLine, MAX_LINE_LENGTH);
            problem = "a header line is longer than 1 MiB (1,048,576 bytes), the limit";
        } else if (hasCause(e, MaxHeaderLimitException.class)) {
            line = lines.fieldLine(from, fromLine, MAX_HEADER_COUNT);
            problem = "a header has more than 1,000 fields, the limit";
        } else if (hasCause(e, MaxHeaderLengthLimitException.class)) {
            line = lines.longFieldLine(from, fromLine, MAX_HEADER_LENGTH);
            problem = "a header field is longer than 256 KiB (262,144 bytes), the limit";
        } else {
            line = lines.line();
            problem = "the MIME structure is broken here";
        }
        diagnostics.add(Diagnostic.error(source, line, 1, problem + "; " + rest));
    }

    /** Takes a part whose body was never reached out of the tree: there is nothing of it. */
    private void dropUnread(Frame frame) {
        if (frame == null || frame.bodyRead || !frame.part.children().isEmpty()) {
            return;
        }
        Frame parent = null;
        boolean first = true;
        for (Frame enclosing : open) {
            if (!first) {
                parent = enclosing;
                break;
            }
            first = false;
        }
        if (parent != null) {
            parent.part.children().remove(frame.part);
        }
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        Throwable cause = e;
        for (int i = 0; cause != null && i < 10; i++, cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
