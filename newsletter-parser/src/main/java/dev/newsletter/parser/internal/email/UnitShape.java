package dev.newsletter.parser.internal.email;

/** What a {@link Unit} of a body is, before the structure rules decide its role. */
enum UnitShape {
    /** A paragraph of prose, or a short line standing alone (a candidate heading or title). */
    PARAGRAPH,
    /** A heading the source marks as one (an HTML heading, an underlined text line). */
    HEADING,
    /**
     * A subsection's heading in a plain-text body: a line underlined with {@code ~} (level 3) or
     * {@code .} (level 4), below the {@code =} of sections and the {@code -} of entry titles.
     */
    SUBHEADING,
    /** A bullet or numbered list. */
    LIST,
    /** A quoted passage. */
    QUOTE,
    /** Preformatted text. */
    CODE,
    /** An image standing alone. */
    FIGURE,
    /** Rows of cells set apart by bars, as text emails write a table. */
    TABLE,
    /** A separator line: dashes, a horizontal rule. */
    RULE,
    /** The header lines of a message embedded in the body, as mailing-list digests have them. */
    HEADERS
}
