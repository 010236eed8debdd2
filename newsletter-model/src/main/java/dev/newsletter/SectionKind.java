package dev.newsletter;

import java.util.Locale;

/** What a section of an issue is about. */
public enum SectionKind {
    /** New research: reports, blog posts and papers by the publisher. */
    RESEARCH,
    /** Prototypes, demos and applied projects. */
    PROTOTYPES,
    /** Livestreams, webinars and their recordings. */
    LIVESTREAMS,
    /** Recommended reading: links to other people's work, often with a contributor each. */
    READING,
    /** Anything else; the heading is kept as written. */
    OTHER;

    /**
     * The lower-case name used in JSON, CSS classes and feed categories, such as {@code "reading"}.
     */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The kind with the given {@link #id()}, in any case.
     *
     * @throws IllegalArgumentException if no kind has that id
     */
    public static SectionKind fromId(String id) {
        for (SectionKind kind : values()) {
            if (kind.name().equalsIgnoreCase(id)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown section kind: " + id);
    }
}
