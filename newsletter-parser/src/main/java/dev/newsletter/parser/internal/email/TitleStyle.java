package dev.newsletter.parser.internal.email;

/**
 * How a title is set apart, strongest first. A section keeps the style of its first entry's title,
 * so that a weaker line inside an entry (a bold line under heading titles) is a subheading of that
 * entry's text, not the next entry.
 */
enum TitleStyle {
    HEADING,
    LINK,
    BOLD,
    PLAIN;

    /** The style of a title written as {@code unit}. */
    static TitleStyle of(Unit unit) {
        if (unit.shape() == UnitShape.HEADING) {
            return HEADING;
        }
        return unit.link() != null ? LINK : unit.emphasized() ? BOLD : PLAIN;
    }
}
