package dev.newsletter.parser.email;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsletter.Entry;
import dev.newsletter.Issue;
import dev.newsletter.ParseInput;
import dev.newsletter.ParseOptions;
import dev.newsletter.Person;
import dev.newsletter.SectionKind;
import dev.newsletter.content.Block;
import dev.newsletter.content.Inline;
import dev.newsletter.content.Link;
import dev.newsletter.content.Paragraph;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How an HTML email's link targets are read: a scheme-less {@code www.} address is https. */
class HtmlLinkTargetRulesTest {

    private static Issue parse(String html) {
        return Fixtures.PARSER
                .parse(ParseInput.of("case.html", html), ParseOptions.defaults())
                .issue();
    }

    private static final String PAGE =
            """
            <html><body>
            <h1>Quiet Notes</h1>
            <h2>Recommended reading</h2>
            <ul>
            <li>
            <p><a href="%s">Quiet Systems</a>
            A short book about software that does not page anyone, with a
            <a href="%s">companion site</a> of its own. — <a href="%s"><em>Priya</em></a></p>
            </li>
            <li>
            <p><a href="https://books.example.org/loud">Loud Systems</a>
            The opposite, in every way. — <a href="https://people.example.org/tomas"><em>Tomas</em></a></p>
            </li>
            </ul>
            </body></html>
            """;

    private static Entry firstReading(String entryLink, String bodyLink, String personLink) {
        return parse(PAGE.formatted(entryLink, bodyLink, personLink))
                .entries(SectionKind.READING)
                .get(0);
    }

    private static List<String> bodyLinks(Entry entry) {
        List<String> out = new ArrayList<>();
        for (Block block : entry.blocks()) {
            if (block instanceof Paragraph paragraph) {
                collect(paragraph.inlines(), out);
            }
        }
        return out;
    }

    private static void collect(List<Inline> inlines, List<String> out) {
        for (Inline inline : inlines) {
            if (inline instanceof Link link) {
                out.add(link.destination());
            }
        }
    }

    @Test
    void aSchemeLessWwwAddressIsReadAsHttpsWhereverItIsALink() {
        Entry entry =
                firstReading(
                        "www.books.example.org/quiet",
                        " www.quiet.example.org/",
                        "www.people.example.org/priya");
        assertThat(entry.title()).isEqualTo("Quiet Systems");
        assertThat(entry.link()).isEqualTo(URI.create("https://www.books.example.org/quiet"));
        assertThat(entry.contributor())
                .isEqualTo(Person.of("Priya", URI.create("https://www.people.example.org/priya")));
        assertThat(bodyLinks(entry)).containsExactly("https://www.quiet.example.org/");
    }

    @Test
    void otherTargetsAreKeptAsWritten() {
        Entry entry =
                firstReading(
                        "https://www.books.example.org/quiet",
                        "quiet/companion.html",
                        "mailto:priya@example.org");
        assertThat(entry.link()).isEqualTo(URI.create("https://www.books.example.org/quiet"));
        assertThat(entry.contributor())
                .isEqualTo(Person.of("Priya", URI.create("mailto:priya@example.org")));
        assertThat(bodyLinks(entry)).containsExactly("quiet/companion.html");
    }
}
