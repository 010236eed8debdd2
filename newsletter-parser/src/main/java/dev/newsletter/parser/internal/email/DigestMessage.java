package dev.newsletter.parser.internal.email;

import dev.newsletter.Person;
import dev.newsletter.SectionKind;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The header lines of a message in a mailing-list digest ({@code From:}, {@code Subject:}, {@code
 * Date:}): an entry titled by the subject without its list tag ("[kiln-l] Cone 6 glazes" is "Cone 6
 * glazes"), credited to the sender. The headers are kept as metadata, and the latest date dates the
 * digest when nothing else does.
 */
final class DigestMessage implements UnitRule {

    private static final Pattern LIST_TAG =
            Pattern.compile("^((?:(?:Re|Fwd?|AW|WG):\\s*)*)\\[[^\\]]{1,60}\\]\\s*");

    @Override
    public boolean apply(Unit unit, UnitContext context) {
        if (unit.shape() != UnitShape.HEADERS) {
            return false;
        }
        IssueUnderConstruction issue = context.issue();
        Map<String, String> headers = unit.headers();
        issue.addMessage(headers);
        String subject = headers.getOrDefault("subject", "");
        String from = headers.get("from");
        String title = LIST_TAG.matcher(subject).replaceFirst("$1").strip();
        if (!issue.hasSection()) {
            issue.startUnlabelledSection(SectionKind.OTHER);
        }
        issue.startEntry(title, null, TitleStyle.HEADING);
        if (from != null) {
            String name = MailAddress.displayName(from);
            if (name != null && !name.isBlank()) {
                issue.setContributor(Person.of(name));
            }
        }
        if (headers.containsKey("date")) {
            issue.header().messageSent(MailDate.parse(headers.get("date"), context.zone()));
        }
        return true;
    }
}
