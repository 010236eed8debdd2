package dev.newsletter.parser.internal.email;

import dev.newsletter.Diagnostic;
import dev.newsletter.ParseOptions;
import dev.newsletter.content.Block;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A body read through the unit rules with each rule's claims recorded: which rule read which unit,
 * and the body they assembled. Tests name a unit by its text.
 */
final class RuleTrace {

    /** A unit and the rule that claimed it. */
    record Claim(Unit unit, Class<? extends UnitRule> rule) {}

    private final List<Claim> claims;
    private final AssembledBody body;
    private final List<Diagnostic> diagnostics;

    private RuleTrace(List<Claim> claims, AssembledBody body, List<Diagnostic> diagnostics) {
        this.claims = claims;
        this.body = body;
        this.diagnostics = diagnostics;
    }

    /** A plain-text body read by the default rules. */
    static RuleTrace text(String text) {
        return of(new TextBodyReader(1).read(text), true, UnitRules.DEFAULT_RULES);
    }

    /** An HTML body read by the default rules. */
    static RuleTrace html(String html) {
        return of(new HtmlBodyReader(1).read(html), false, UnitRules.DEFAULT_RULES);
    }

    /** A plain-text body read by {@code rules}, in their order. */
    static RuleTrace text(String text, List<UnitRule> rules) {
        return of(new TextBodyReader(1).read(text), true, rules);
    }

    private static RuleTrace of(List<Unit> units, boolean plainText, List<UnitRule> rules) {
        List<Claim> claims = new ArrayList<>();
        List<UnitRule> recording = new ArrayList<>();
        for (UnitRule rule : rules) {
            recording.add(
                    (unit, context) -> {
                        boolean claimed = rule.apply(unit, context);
                        if (claimed) {
                            claims.add(new Claim(unit, rule.getClass()));
                        }
                        return claimed;
                    });
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        AssembledBody body =
                new IssueAssembler(
                                ParseOptions.defaults(),
                                "case.txt",
                                diagnostics,
                                plainText,
                                new UnitRules(recording))
                        .assemble(units);
        return new RuleTrace(claims, body, diagnostics);
    }

    /** The rule that claimed the first unit whose text is {@code text}. */
    Class<? extends UnitRule> ruleOf(String text) {
        for (Claim claim : claims) {
            if (claim.unit().text().equals(text)) {
                return claim.rule();
            }
        }
        throw new AssertionError("no unit reads \"" + text + "\" among " + texts());
    }

    /** The rule that claimed the first unit whose text starts with {@code prefix}. */
    Class<? extends UnitRule> ruleOfUnitStarting(String prefix) {
        for (Claim claim : claims) {
            if (claim.unit().text().startsWith(prefix)) {
                return claim.rule();
            }
        }
        throw new AssertionError("no unit starts with \"" + prefix + "\" among " + texts());
    }

    /** The rules that claimed the units, in the order read. */
    List<Class<? extends UnitRule>> rules() {
        return claims.stream().<Class<? extends UnitRule>>map(Claim::rule).toList();
    }

    /** Each unit's text with the simple name of the rule that claimed it, for failure messages. */
    List<Map.Entry<String, String>> texts() {
        return claims.stream()
                .map(claim -> Map.entry(claim.unit().text(), claim.rule().getSimpleName()))
                .toList();
    }

    /** The plain text of each of {@code blocks}, to compare a section's or entry's content. */
    static List<String> plain(List<? extends Block> blocks) {
        return blocks.stream().map(Block::plainText).toList();
    }

    AssembledBody body() {
        return body;
    }

    List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
