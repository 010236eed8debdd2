package dev.newsletter.parser.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsletter.Entry;
import dev.newsletter.Issue;
import dev.newsletter.IssueReader;
import dev.newsletter.ParseInput;
import dev.newsletter.Section;
import dev.newsletter.SectionKind;
import dev.newsletter.content.Inline;
import dev.newsletter.content.Link;
import dev.newsletter.content.Paragraph;
import dev.newsletter.content.Text;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Items a reader sees in a section without a kind, labelled links that open list items, and bare
 * e-mail addresses in text.
 */
class ItemFormsTest {

    private static Issue read(String markdown) {
        return IssueReader.create().read(ParseInput.of("case.md", markdown)).issue();
    }

    @Test
    void subHeadingsSetApartByRulesAreItemsOfASectionWithoutAKind() {
        Section section =
                read("""
                        ## Office hours

                        Drop in with your questions.

                        ---

                        ### Kelp mapping clinic

                        ---

                        ### Thursday, 10:00 PT

                        Bring a transect sheet.

                        #### What to bring

                        Boots.

                        ---

                        ### Next month
                        """)
                        .sections()
                        .get(0);

        assertThat(section.kind()).isEqualTo(SectionKind.OTHER);
        assertThat(section.plainText()).isEqualTo("Drop in with your questions.");
        assertThat(section.entries())
                .extracting(Entry::title)
                .containsExactly("Kelp mapping clinic", "Thursday, 10:00 PT", "Next month");
        assertThat(section.entries().get(0).blocks()).isEmpty();
        assertThat(section.entries().get(1).plainText())
                .isEqualTo("Bring a transect sheet.\n\nWhat to bring\n\nBoots.");
    }

    @Test
    void subHeadingsWithoutARuleStayTheTextOfASectionWithoutAKind() {
        Section section =
                read("""
                        ## Office hours

                        ### Where we meet

                        In the harbour hall.

                        ### When

                        Thursdays.
                        """)
                        .sections()
                        .get(0);

        assertThat(section.entries()).isEmpty();
        assertThat(section.plainText()).contains("Where we meet", "When", "Thursdays.");
    }

    @Test
    void aLinkedLabelEndingInAColonTitlesTheListItemItOpens() {
        Section section =
                read("""
                        ## New projects

                        A few projects joined the organisation:

                        - [**`tidegauge`:**](https://example.org/tidegauge) Reads gauge stations over serial. It is still young.

                          The first release is planned for June.
                        - [**`kelp-map`:**](https://example.org/kelp-map) Draws survey transects on a map.
                        - [Rust](https://example.org/rust) is the language of both.
                        """)
                        .sections()
                        .get(0);

        assertThat(section.entries())
                .extracting(Entry::title, Entry::link)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "tidegauge", URI.create("https://example.org/tidegauge")),
                        org.assertj.core.groups.Tuple.tuple(
                                "kelp-map", URI.create("https://example.org/kelp-map")),
                        // a bullet that opens with a link is that link's item, though a sentence
                        // runs on from it
                        org.assertj.core.groups.Tuple.tuple(
                                "Rust", URI.create("https://example.org/rust")));
        assertThat(section.entries().get(0).plainText())
                .isEqualTo(
                        "Reads gauge stations over serial. It is still young.\n\n"
                                + "The first release is planned for June.");
        // a sentence that starts with a link is no label: the item keeps it whole as its body
        assertThat(section.entries().get(1).plainText())
                .isEqualTo("Draws survey transects on a map.");
        assertThat(section.entries().get(2).plainText()).isEqualTo("Rust is the language of both.");
    }

    @Test
    void aBareEmailAddressStaysTextWhileWebAddressesAndMailtoLinksLink() {
        List<Inline> inlines =
                ((Paragraph)
                                read("""
                                Write to tides@example.org or see https://example.org/tides, \
                                <desk@example.org> and [the editor](mailto:ed@example.org).
                                """)
                                        .intro()
                                        .get(0))
                        .inlines();

        assertThat(inlines.get(0)).isEqualTo(new Text("Write to tides@example.org or see "));
        assertThat(inlines)
                .filteredOn(Link.class::isInstance)
                .extracting(inline -> ((Link) inline).destination())
                .containsExactly(
                        "https://example.org/tides",
                        "mailto:desk@example.org",
                        "mailto:ed@example.org");
    }
}
