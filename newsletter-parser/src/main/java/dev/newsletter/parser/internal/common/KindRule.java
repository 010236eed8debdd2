package dev.newsletter.parser.internal.common;

import dev.newsletter.Section;
import dev.newsletter.SectionKind;
import dev.newsletter.SectionVocabulary;

/**
 * One way a reader tells what a section is about. {@link SectionKinds} asks the rules in order; the
 * first that knows decides.
 */
public interface KindRule {

    /**
     * The kind of {@code section}, or null when this rule cannot tell.
     *
     * @param section the section as assembled, its kind the one its heading's label names
     * @param parent the kind of the section it is a subsection of, or null for a top section
     * @param vocabulary the publication's section vocabulary
     */
    SectionKind kindOf(Section section, SectionKind parent, SectionVocabulary vocabulary);
}
