package dev.newsletter.parser.internal.email;

import dev.newsletter.DatePrecision;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a body says about the issue as a whole rather than in its content, as the rules find it: the
 * edition line, the newsletter's title and name, the tagline, the latest message of a digest, and
 * metadata (the web copy's address, the edition line as written). Each is set once, by the first
 * rule that finds it, unless said otherwise.
 */
final class IssueHeader {

    private String edition;
    private LocalDate editionDate;
    private DatePrecision editionPrecision = DatePrecision.DAY;
    private String tagline;
    private String title;
    private String publicationName;
    private OffsetDateTime latestMessage;
    private final Map<String, Object> metadata = new LinkedHashMap<>();

    /** The edition ("February 2022", "42"), or null. */
    String edition() {
        return edition;
    }

    /** The date the edition line names, or null. */
    LocalDate editionDate() {
        return editionDate;
    }

    DatePrecision editionPrecision() {
        return editionPrecision;
    }

    /** Takes the edition, its date and precision from an edition line. */
    void edition(EditionLine.Edition named) {
        edition = named.name();
        editionDate = named.date();
        editionPrecision = named.precision();
    }

    /** "Issue #42 - March 3, 2024": the number is the edition; keep the line as written too. */
    void keepEditionLine(EditionLine.Edition named, String line) {
        if (!named.name().equals(line)) {
            metadata.put("editionLine", line);
        }
    }

    String tagline() {
        return tagline;
    }

    void tagline(String text) {
        tagline = text;
    }

    /** A title the body states (a lone top heading, a digest's name), or null. */
    String title() {
        return title;
    }

    void title(String text) {
        title = text;
    }

    /** The publication the body names (a masthead, a digest's list), or null. */
    String publicationName() {
        return publicationName;
    }

    void publicationName(String name) {
        publicationName = name;
    }

    /**
     * Reads the lines GNU Mailman writes into a digest: "Send kiln-l mailing list submissions to"
     * names the publication, "End of kiln-l Digest, Vol 12, Issue 3" the title and edition.
     */
    void readDigestLine(String text) {
        if (publicationName == null) {
            publicationName = MailmanDigest.listName(text);
        }
        MailmanDigest.Name digestName = MailmanDigest.name(text);
        if (digestName != null && title == null) {
            title = digestName.title();
            if (edition == null) {
                edition = digestName.edition();
            }
        }
    }

    /** The latest date of the messages of a digest, or null. */
    OffsetDateTime latestMessage() {
        return latestMessage;
    }

    /** Keeps {@code date} when it is later than the messages seen so far. */
    void messageSent(OffsetDateTime date) {
        if (date != null && (latestMessage == null || date.isAfter(latestMessage))) {
            latestMessage = date;
        }
    }

    /** What the body adds to the issue's metadata, in the order found. */
    Map<String, Object> metadata() {
        return metadata;
    }
}
