package dev.newsletter;

import java.util.Objects;

/**
 * How a {@link SectionVocabulary} reads a section heading: its kind, the label that set the kind,
 * and the title that follows it.
 *
 * @param kind the kind
 * @param label the label as written, such as "New research!"; empty for an {@link
 *     SectionKind#OTHER} heading
 * @param title the rest of the heading, such as "Deep Metric Learning"; the whole heading for an
 *     {@link SectionKind#OTHER} heading
 */
public record SectionLabel(SectionKind kind, String label, String title) {

    /** Checks. */
    public SectionLabel {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(title, "title");
    }
}
