package dev.newsletter.parser.internal.email;

import dev.newsletter.Diagnostic;
import dev.newsletter.ParseOptions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the structure of a body from its {@link Unit}s, the way a reader does: first the preheader
 * ({@link Preheader}: tagline, "View this email in browser") and which headings start sections
 * ({@link HeadingLevels}), then every unit before the footer in turn by the first of the {@link
 * UnitRules} that claims it (section headings, entry titles, attributions, a reading list announced
 * only by its lead sentence, the messages of a digest), then the footer. Nothing is dropped: what
 * is no heading or title stays as content of the intro, a section or an entry.
 *
 * <p>One instance per body; not thread-safe.
 */
final class IssueAssembler {

    private final ParseOptions options;
    private final boolean plainText;
    private final UnitRules rules;
    private final IssueUnderConstruction issue;

    /**
     * An assembler for one body.
     *
     * @param options the vocabulary, the zone of dates that name none, the base of relative links
     * @param source the name of the source in diagnostics
     * @param diagnostics where problems go
     * @param plainText whether the body is plain text, whose layout (underlines, blank lines)
     *     carries structure
     */
    IssueAssembler(
            ParseOptions options, String source, List<Diagnostic> diagnostics, boolean plainText) {
        this(options, source, diagnostics, plainText, UnitRules.DEFAULT);
    }

    /** An assembler that reads units by {@code rules}. */
    IssueAssembler(
            ParseOptions options,
            String source,
            List<Diagnostic> diagnostics,
            boolean plainText,
            UnitRules rules) {
        this.options = options;
        this.plainText = plainText;
        this.rules = rules;
        this.issue =
                new IssueUnderConstruction(
                        options.vocabulary(), options.baseUri(), source, diagnostics);
    }

    /** The structure of the body made of {@code units}. */
    AssembledBody assemble(List<Unit> units) {
        Set<Integer> consumed = new HashSet<>();
        Preheader.read(units, consumed, issue);
        HeadingLevels levels = HeadingLevels.of(units, consumed, plainText, options.vocabulary());
        boolean digest = units.stream().anyMatch(unit -> unit.shape() == UnitShape.HEADERS);
        int footer = digest ? units.size() : FooterLines.start(units);
        Unit previous = null;
        for (int i = 0; i < footer; i++) {
            if (consumed.contains(i)) {
                continue;
            }
            Unit unit = units.get(i);
            Unit next = i + 1 < footer ? units.get(i + 1) : null;
            rules.read(
                    unit,
                    new UnitContext(
                            issue,
                            levels,
                            options.vocabulary(),
                            options.zone(),
                            plainText,
                            digest,
                            previous,
                            next));
            previous = unit;
        }
        List<String> footerText = new ArrayList<>();
        for (Unit unit : units.subList(footer, units.size())) {
            if (!unit.text().isBlank()) {
                footerText.add(unit.text());
            }
        }
        return issue.build(footerText.isEmpty() ? null : String.join("\n", footerText));
    }
}
