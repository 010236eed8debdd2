package dev.newsletter.parser.internal.email;

import dev.newsletter.SectionVocabulary;
import java.time.ZoneId;

/**
 * What a {@link UnitRule} sees of the body around a unit.
 *
 * @param issue the issue as read so far, which the rule changes when it claims the unit
 * @param levels which headings start sections, chosen before the first unit
 * @param vocabulary the labels that name kinds of sections
 * @param zone the zone of dates that name none
 * @param plainText whether the body is plain text, whose layout (blank lines) carries structure
 * @param digest whether the body holds the messages of a digest
 * @param previous the unit read before, or null for the first
 * @param next the unit after, or null for the last before the footer
 */
record UnitContext(
        IssueUnderConstruction issue,
        HeadingLevels levels,
        SectionVocabulary vocabulary,
        ZoneId zone,
        boolean plainText,
        boolean digest,
        Unit previous,
        Unit next) {

    /** Whether a separator line stands right above the unit. */
    boolean afterRule() {
        return previous != null && previous.shape() == UnitShape.RULE;
    }

    /** Whether the unit before announces this one with a colon ("Thanks to:", "She writes:"). */
    boolean announced() {
        return previous != null && previous.endsWithColon();
    }

    /**
     * Whether what follows the unit ends its section: nothing, a section's heading, a subsection's
     * heading or a separator line.
     */
    boolean closesSection() {
        return next == null
                || next.shape() == UnitShape.HEADING && next.level() <= levels.sectionLevel()
                || next.shape() == UnitShape.SUBHEADING
                || next.shape() == UnitShape.RULE;
    }
}
