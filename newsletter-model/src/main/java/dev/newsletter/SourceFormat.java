package dev.newsletter;

import java.util.Locale;

/** The shape an issue was read from. */
public enum SourceFormat {
    /** Markdown with a metadata header (YAML, TOML or {@code Key: value} lines). */
    MARKDOWN,
    /** The plain-text body of an email newsletter. */
    TEXT,
    /** An HTML newsletter, as sent by email. */
    HTML,
    /** A raw email message (RFC 5322), also one out of an mbox file. */
    EML,
    /** The JSON exchange shape of this library. */
    JSON;

    /** The lower-case name used in JSON, such as {@code "markdown"}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The format with the given {@link #id()}, in any case.
     *
     * @throws IllegalArgumentException if none has that id
     */
    public static SourceFormat fromId(String id) {
        for (SourceFormat format : values()) {
            if (format.name().equalsIgnoreCase(id)) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown source format: " + id);
    }
}
