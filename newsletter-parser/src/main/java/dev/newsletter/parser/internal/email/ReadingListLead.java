package dev.newsletter.parser.internal.email;

/**
 * The lead sentence of a reading list that has no heading of its own. The rule is shared with the
 * Markdown parser and lives in {@link dev.newsletter.parser.internal.common.ReadingListLead}; this
 * name stays so the email package reads as before.
 */
final class ReadingListLead {

    private ReadingListLead() {}

    /** Whether {@code text} is a short sentence that introduces recommended reads. */
    static boolean matches(String text) {
        return dev.newsletter.parser.internal.common.ReadingListLead.matches(text);
    }
}
