package dev.newsletter.parser.internal.email;

import dev.newsletter.DatePrecision;
import dev.newsletter.Diagnostic;
import dev.newsletter.Issue;
import dev.newsletter.Metadata;
import dev.newsletter.ParseInput;
import dev.newsletter.ParseOptions;
import dev.newsletter.ParseResult;
import dev.newsletter.Publication;
import dev.newsletter.Source;
import dev.newsletter.SourceFormat;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One parse of one email source: picks the format, reads messages and bodies, and builds the issues
 * with their diagnostics. A fresh instance per call keeps the parser itself stateless.
 */
public final class EmailParseRun {

    private static final Pattern META_CHARSET =
            Pattern.compile("(?i)<meta[^>]{0,200}?charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]{1,40})");

    private final ParseInput input;
    private final ParseOptions options;

    /**
     * A run over {@code input}.
     *
     * @param input the source
     * @param options the options
     */
    public EmailParseRun(ParseInput input, ParseOptions options) {
        this.input = input;
        this.options = options;
    }

    /** How sure the email parser is that it reads {@code input} well, 0 to 100. */
    public static int confidence(ParseInput input) {
        return EmailFormat.confidence(input.head(), input.extension(), input.size(), input::text);
    }

    /** The first (for an mbox) or only issue of the source. */
    public ParseResult parseOne() {
        List<ParseResult> all = parse(true);
        return all.get(0);
    }

    /** Every issue of the source: one per mbox message, else one. */
    public List<ParseResult> parseAll() {
        return parse(false);
    }

    private List<ParseResult> parse(boolean firstOnly) {
        Optional<Diagnostic> tooLarge = input.sizeError(options);
        if (tooLarge.isPresent()) {
            return List.of(new ParseResult(emptyIssue(SourceFormat.TEXT), List.of(tooLarge.get())));
        }
        EmailFormat format = EmailFormat.of(input.head());
        return switch (format) {
            case MBOX -> parseMbox(firstOnly);
            case MESSAGE -> List.of(parseMessage(messageBytes(), input.name(), 1));
            case HTML -> List.of(parseBody(input.name(), SourceFormat.HTML));
            case TEXT -> List.of(parseBody(input.name(), SourceFormat.TEXT));
        };
    }

    private List<ParseResult> parseMbox(boolean firstOnly) {
        List<MboxSplitter.MboxMessage> messages = MboxSplitter.split(messageBytes());
        if (messages.isEmpty()) {
            return List.of(
                    new ParseResult(
                            emptyIssue(SourceFormat.EML),
                            List.of(
                                    Diagnostic.error(
                                            input.name(), 1, 1, "the mbox holds no message"))));
        }
        List<ParseResult> results = new ArrayList<>();
        for (MboxSplitter.MboxMessage message : messages) {
            results.add(
                    parseMessage(
                            message.bytes(),
                            input.name() + "#" + message.number(),
                            message.firstLine()));
            if (firstOnly) {
                break;
            }
        }
        return results;
    }

    private ParseResult parseMessage(byte[] bytes, String location, int firstLine) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        // Diagnostics name the file; the message number is in the issue's source location.
        MimeMessageReader reader =
                new MimeMessageReader(
                        input.name(), options.zone(), options.maxInputBytes(), diagnostics);
        MailMessage message = reader.read(bytes, firstLine);
        if (message == null) {
            return new ParseResult(emptyIssue(SourceFormat.EML, location), diagnostics);
        }
        MessageBodyReader parts = new MessageBodyReader(message.parts());
        String htmlTitle = parts.documentTitle();
        List<String> hidden = parts.hiddenText();
        List<String> references = parts.references();
        AssembledBody body =
                new IssueAssembler(options, input.name(), diagnostics, parts.plainText())
                        .assemble(parts.units());
        Issue.Builder issue = Issue.builder();
        Publication publication = publication(body);
        if (message.senderName() != null && !message.senderName().isBlank()) {
            publication = publication.withName(message.senderName());
        }
        String title = firstNonBlank(message.subject(), htmlTitle, body.title(), body.edition());
        issue.title(title == null ? "" : title);
        Map<String, Object> metadata = new LinkedHashMap<>(message.headerMetadata());
        publication = placeMasthead(body, title, publication, metadata);
        issue.publication(publication);
        OffsetDateTime sent = message.date();
        if (sent != null) {
            issue.date(sent.toLocalDate(), DatePrecision.DAY).published(sent.toInstant());
        } else if (body.editionDate() != null) {
            issue.date(body.editionDate(), body.editionPrecision());
        } else if (body.latestMessage() != null) {
            issue.date(body.latestMessage().toLocalDate(), DatePrecision.DAY);
        }
        String numbered = body.edition() == null ? EditionLine.numberIn(message.subject()) : null;
        issue.edition(
                numbered != null
                        ? numbered
                        : edition(body, sent == null ? null : sent.toLocalDate()));
        issue.authors(body.authors());
        metadata.putAll(body.metadata());
        if (parts.bodyFormat() != null) {
            metadata.put("bodyFormat", parts.bodyFormat());
        }
        if (!references.isEmpty()) {
            metadata.put("references", references);
        }
        if (!hidden.isEmpty()) {
            metadata.put("preheader", String.join("\n", hidden));
        }
        issue.metadata(Metadata.of(metadata));
        issue.intro(body.intro()).sections(body.sections());
        issue.source(Source.of(location, SourceFormat.EML));
        return new ParseResult(issue.build(), diagnostics);
    }

    /**
     * The bytes of a raw message or mbox, which MIME reads as bytes and decodes part by part. Only
     * a byte-order mark (an editor saved the message as text) makes them text first: the text, as
     * UTF-8.
     */
    private byte[] messageBytes() {
        return input.hasByteOrderMark()
                ? input.text().getBytes(StandardCharsets.UTF_8)
                : input.bytes();
    }

    private ParseResult parseBody(String location, SourceFormat format) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        String text = decode(format, diagnostics);
        List<Unit> units;
        String htmlTitle = null;
        List<String> hidden = List.of();
        List<String> references = List.of();
        if (format == SourceFormat.HTML) {
            HtmlBodyReader html = new HtmlBodyReader(1);
            units = html.read(text);
            htmlTitle = html.documentTitle();
            hidden = html.hiddenText();
        } else {
            TextBodyReader reader = new TextBodyReader(1);
            units = reader.read(text);
            references = reader.references();
        }
        if (units.isEmpty()) {
            diagnostics.add(Diagnostic.warning(location, 1, 1, "the source has no content"));
        }
        AssembledBody body =
                new IssueAssembler(options, location, diagnostics, format != SourceFormat.HTML)
                        .assemble(units);
        Issue.Builder issue = Issue.builder().publication(publication(body));
        String title = firstNonBlank(htmlTitle, body.title(), body.edition());
        issue.title(title == null ? "" : title);
        Map<String, Object> metadata = new LinkedHashMap<>();
        issue.publication(placeMasthead(body, title, publication(body), metadata));
        if (body.editionDate() != null) {
            issue.date(body.editionDate(), body.editionPrecision());
        } else if (body.latestMessage() != null) {
            issue.date(body.latestMessage().toLocalDate(), DatePrecision.DAY);
        }
        issue.edition(edition(body, null));
        issue.authors(body.authors());
        metadata.putAll(body.metadata());
        if (!references.isEmpty()) {
            metadata.put("references", references);
        }
        if (!hidden.isEmpty()) {
            metadata.put("preheader", String.join("\n", hidden));
        }
        issue.metadata(Metadata.of(metadata));
        issue.intro(body.intro()).sections(body.sections());
        issue.source(Source.of(location, format));
        return new ParseResult(issue.build(), diagnostics);
    }

    /**
     * A lone top heading that is not the title (the subject or {@code <title>} won) names the
     * newsletter: the publication when it has no name yet, else kept as metadata.
     */
    private static Publication placeMasthead(
            AssembledBody body,
            String title,
            Publication publication,
            Map<String, Object> metadata) {
        String masthead = body.title();
        if (masthead == null || masthead.equals(title)) {
            return publication;
        }
        if (publication.name() == null) {
            return publication.withName(masthead);
        }
        metadata.put("masthead", masthead);
        return publication;
    }

    private Publication publication(AssembledBody body) {
        Publication publication = options.defaultPublication();
        if (body.publicationName() != null) {
            publication = publication.withName(body.publicationName());
        }
        if (body.tagline() != null) {
            publication = publication.withTagline(body.tagline());
        }
        return publication;
    }

    private static String edition(AssembledBody body, LocalDate sent) {
        if (body.edition() != null) {
            return body.edition();
        }
        if (sent != null) {
            return EditionLine.of(sent);
        }
        return body.latestMessage() == null
                ? null
                : EditionLine.of(body.latestMessage().toLocalDate());
    }

    /**
     * The text of a body file. A byte-order mark decides the charset; else UTF-8 when the bytes are
     * UTF-8, or mostly so (a few damaged bytes among valid non-ASCII characters: each read as
     * U+FFFD, with a warning naming the first); else the charset the HTML declares; else
     * windows-1252, the charset mislabelled Latin-1 mail really uses, with a note.
     */
    private String decode(SourceFormat format, List<Diagnostic> diagnostics) {
        Optional<Diagnostic> malformed = input.decodingWarning();
        if (input.hasByteOrderMark() || malformed.isEmpty()) {
            malformed.ifPresent(diagnostics::add);
            return input.text();
        }
        byte[] bytes = input.bytes();
        if (format == SourceFormat.HTML) {
            Matcher declared =
                    META_CHARSET.matcher(
                            new String(
                                    bytes,
                                    0,
                                    Math.min(bytes.length, 4096),
                                    StandardCharsets.ISO_8859_1));
            if (declared.find()) {
                Charset charset = TextDecoding.WINDOWS_1252;
                try {
                    charset = Charset.forName(declared.group(1));
                } catch (IllegalArgumentException e) {
                    diagnostics.add(
                            Diagnostic.warning(
                                    input.name(),
                                    1,
                                    1,
                                    "unknown charset '"
                                            + declared.group(1)
                                            + "' in the HTML; decoded as windows-1252"));
                }
                if (!charset.equals(StandardCharsets.UTF_8)) {
                    return TextDecoding.decode(bytes, charset);
                }
                diagnostics.add(malformed.get()); // declared UTF-8: damaged, not another charset
                return input.text();
            }
        }
        if (TextDecoding.mostlyUtf8(bytes)) {
            diagnostics.add(malformed.get());
            return input.text();
        }
        Diagnostic first = malformed.get(); // where the first byte that is not UTF-8 is
        diagnostics.add(
                Diagnostic.info(
                        input.name(),
                        first.line(),
                        first.column(),
                        "the file is not UTF-8; decoded as windows-1252 (Latin-1)"));
        return TextDecoding.decode(bytes, TextDecoding.WINDOWS_1252);
    }

    private Issue emptyIssue(SourceFormat format) {
        return emptyIssue(format, input.name());
    }

    private Issue emptyIssue(SourceFormat format, String location) {
        return Issue.builder()
                .publication(options.defaultPublication())
                .source(Source.of(location, format))
                .build();
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }
}
