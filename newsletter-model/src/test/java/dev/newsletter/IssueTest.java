package dev.newsletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsletter.content.Block;
import dev.newsletter.content.Image;
import dev.newsletter.content.Paragraph;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IssueTest {

    @Test
    void recordsRejectNulls() {
        assertThatThrownBy(() -> Issue.builder().title(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("title");
        assertThatThrownBy(() -> new Entry(null, null, List.of(), null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("title");
        assertThatThrownBy(
                        () ->
                                new Section(
                                        SectionKind.OTHER, "h", "t", 2, null, List.of(), List.of()))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("blocks");
        assertThatThrownBy(() -> Person.of(" ")).isInstanceOf(IllegalArgumentException.class);
        List<Block> withNull = new ArrayList<>();
        withNull.add(null);
        assertThatThrownBy(() -> new Entry("t", null, withNull, null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void recordsCopyTheirCollections() {
        List<Block> blocks = new ArrayList<>(List.of(Paragraph.of("one")));
        Entry entry = new Entry("t", null, blocks, null);
        blocks.add(Paragraph.of("two"));
        assertThat(entry.blocks()).containsExactly(Paragraph.of("one"));
        assertThatThrownBy(() -> entry.blocks().add(Paragraph.of("three")))
                .isInstanceOf(UnsupportedOperationException.class);

        List<Section> sections = new ArrayList<>();
        Issue.Builder builder = Issue.builder().sections(sections);
        Issue issue = builder.build();
        sections.add(Section.builder().build());
        assertThat(issue.sections()).isEmpty();
    }

    @Test
    void buildersRoundTripAndEqualIssuesHaveEqualHashCodes() {
        Issue issue = TestIssues.february();
        Issue copy = issue.toBuilder().build();
        assertThat(copy).isEqualTo(issue).isNotSameAs(issue);
        assertThat(copy.hashCode()).isEqualTo(issue.hashCode());
        for (Section section : issue.sections()) {
            assertThat(section.toBuilder().build()).isEqualTo(section);
            for (Entry entry : section.entries()) {
                assertThat(entry.toBuilder().build()).isEqualTo(entry);
            }
        }
        assertThat(issue.toBuilder().title("other").build()).isNotEqualTo(issue);
    }

    @Test
    void builderIsReusableWithoutAffectingBuiltIssues() {
        Issue.Builder builder = Issue.builder().addTag("a");
        Issue first = builder.build();
        builder.addTag("b");
        assertThat(first.tags()).containsExactly("a");
        assertThat(builder.build().tags()).containsExactly("a", "b");
    }

    @Test
    void monthPrecisionDatesFallOnTheFirst() {
        assertThatThrownBy(
                        () ->
                                Issue.builder()
                                        .date(LocalDate.of(2022, 2, 17), DatePrecision.MONTH)
                                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("first of its month");
        Issue undated = Issue.builder().date(null, DatePrecision.MONTH).build();
        assertThat(undated.datePrecision()).isEqualTo(DatePrecision.DAY);
    }

    @Test
    void entriesAcrossSectionsAndByKind() {
        Issue issue = TestIssues.february();
        assertThat(issue.entries())
                .extracting(Entry::title)
                .containsExactly(
                        "How convolutions work on video", "A ConvNet for the 2020s",
                        "The Illustrated Retrieval Transformer", "Another read by Andrew");
        assertThat(issue.entries(SectionKind.READING)).hasSize(3);
        assertThat(issue.entries(SectionKind.LIVESTREAMS)).isEmpty();
        assertThat(issue.sections(SectionKind.RESEARCH))
                .singleElement()
                .extracting(Section::title)
                .isEqualTo("Video classification");
    }

    @Test
    void contributorsAreDistinctInOrderOfFirstAppearance() {
        assertThat(TestIssues.february().contributors())
                .extracting(Person::name)
                .containsExactly("Andrew", "Melanie");
        Entry anonymousFirst = Entry.builder().title("x").contributor(Person.of("Andrew")).build();
        Issue issue =
                TestIssues.february().toBuilder()
                        .addSection(Section.builder().addEntry(anonymousFirst).build())
                        .build();
        assertThat(issue.contributors().get(0).uri())
                .isEqualTo(URI.create("https://example.org/people/andrew"));
    }

    @Test
    void wordCountAndReadingTime() {
        Issue issue =
                Issue.builder()
                        .title("Two words")
                        .addIntro(Paragraph.of("one two three - four, five!"))
                        .build();
        assertThat(issue.wordCount()).isEqualTo(7); // a lone dash is not a word
        assertThat(issue.readingMinutes()).isEqualTo(1);
        StringBuilder long_ = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            long_.append("word ");
        }
        Issue longIssue = Issue.builder().addIntro(Paragraph.of(long_.toString())).build();
        assertThat(longIssue.readingMinutes()).isEqualTo(3); // 500 / 212 rounded up
        assertThat(longIssue.readingMinutes(100)).isEqualTo(5);
        assertThatThrownBy(() -> longIssue.readingMinutes(0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void summaryPrefersStatedThenMoreMarkerThenFirstWords() {
        Issue issue = TestIssues.february();
        assertThat(issue.summaryText())
                .isEqualTo(
                        "Welcome to the February edition. This month: video, monitoring and three reads.");
        assertThat(issue.summaryOrigin()).isEqualTo("more");

        Issue stated = issue.toBuilder().summary("  Video and reads.  ").build();
        assertThat(stated.summaryText()).isEqualTo("Video and reads.");
        assertThat(stated.summaryOrigin()).isEqualTo("metadata");

        Issue noMarker =
                Issue.builder().addIntro(Paragraph.of("one two three four five six")).build();
        assertThat(noMarker.summaryText(4)).isEqualTo("one two three four\u2026");
        assertThat(noMarker.summaryText(6)).isEqualTo("one two three four five six");
        assertThat(noMarker.summaryOrigin()).isEqualTo("words");
    }

    @Test
    void imagesOfAnEntryComeFromItsBody() {
        Entry entry =
                Entry.builder()
                        .title("t")
                        .addBlock(dev.newsletter.content.Figure.of(Image.of("a.png", "A")))
                        .addBlock(Paragraph.of(Image.of("b.png", "B")))
                        .build();
        assertThat(entry.images()).extracting(Image::source).containsExactly("a.png", "b.png");
    }

    @Test
    void toStringIsReadable() {
        String text = TestIssues.february().toString();
        assertThat(text)
                .startsWith("Issue[")
                .contains("title=Lab Notes, February 2022")
                .contains("date=2022-02-01")
                .contains("kind=reading");
        assertThat(Person.of("Ada", URI.create("https://ada.example")).toString())
                .isEqualTo("Ada <https://ada.example>");
    }
}
