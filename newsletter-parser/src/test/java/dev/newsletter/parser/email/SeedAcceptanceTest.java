package dev.newsletter.parser.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsletter.DatePrecision;
import dev.newsletter.Entry;
import dev.newsletter.Issue;
import dev.newsletter.Section;
import dev.newsletter.SectionKind;
import dev.newsletter.content.Quote;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The plain-text seeds 002 (February 2022) and 003 (November 2022) of the shared corpus give the
 * structure a reader sees. Skipped when the corpus is absent.
 */
class SeedAcceptanceTest {

    static final String FEBRUARY = "seeds/002_85ff2cd2fd1c7b3d.txt";
    static final String NOVEMBER = "seeds/003_fbdf629d90b9add3.txt";

    @Test
    void february2022() throws IOException {
        Issue issue = Fixtures.parseCorpus(FEBRUARY);
        assertThat(issue.edition()).isEqualTo("February 2022");
        assertThat(issue.date()).isEqualTo(LocalDate.of(2022, 2, 1));
        assertThat(issue.datePrecision()).isEqualTo(DatePrecision.MONTH);
        assertThat(issue.publication().tagline())
                .isEqualTo(
                        "Updates from Cloudera Fast Forward on new research, prototypes, and exciting"
                                + " developments");
        assertThat(issue.metadata().getString("viewInBrowser"))
                .contains("View this email in browser");
        assertThat(issue.introText()).startsWith("Welcome to the February edition");

        assertThat(issue.sections())
                .extracting(Section::kind)
                .containsExactly(
                        SectionKind.RESEARCH,
                        SectionKind.PROTOTYPES,
                        SectionKind.LIVESTREAMS,
                        SectionKind.READING);
        assertThat(issue.entries(SectionKind.RESEARCH))
                .extracting(Entry::title)
                .containsExactly("Why and How Convolutions Work for Video Classification");
        assertThat(issue.entries(SectionKind.RESEARCH).get(0).plainText())
                .endsWith("Video convolution example");
        assertThat(issue.entries(SectionKind.PROTOTYPES))
                .extracting(Entry::title)
                .containsExactly("Continuous Model Monitoring", "Video Classification");
        assertThat(issue.entries(SectionKind.LIVESTREAMS))
                .extracting(Entry::title, Entry::blocks)
                .containsExactly(
                        tuple(
                                "Deep Learning for Automatic Offline Signature Verification",
                                java.util.List.of()),
                        tuple("Session-based Recommender Systems", java.util.List.of()),
                        tuple("Few-Shot Text Classification", java.util.List.of()),
                        tuple(
                                "Representation Learning for Software Engineers",
                                java.util.List.of()));
        Section reading = issue.sections(SectionKind.READING).get(0);
        assertThat(reading.heading()).isEmpty();
        assertThat(reading.plainText()).contains("share their favorite reads of the month");
        assertThat(reading.entries())
                .extracting(Entry::title, entry -> entry.contributor().name())
                .containsExactly(
                        tuple("A ConvNet for the 2020s", "Andrew"),
                        tuple("The Illustrated Retrieval Transformer", "Melanie"),
                        tuple(
                                "Emerging Properties in Self-Supervised Vision Transformers",
                                "Daniel"));
        assertThat(reading.entries().get(2).plainText())
                .endsWith("for a given performance.")
                .doesNotContain("Daniel");
        assertThat(ModelWords.missing(Files.readString(Fixtures.corpus(FEBRUARY)), issue))
                .isEmpty();
    }

    @Test
    void november2022() throws IOException {
        Issue issue = Fixtures.parseCorpus(NOVEMBER);
        assertThat(issue.edition()).isEqualTo("November 2022");
        assertThat(issue.date()).isEqualTo(LocalDate.of(2022, 11, 1));
        assertThat(issue.sections())
                .extracting(Section::kind)
                .containsExactly(
                        SectionKind.RESEARCH, SectionKind.LIVESTREAMS, SectionKind.READING);
        assertThat(issue.entries(SectionKind.RESEARCH))
                .singleElement()
                .satisfies(
                        entry -> {
                            assertThat(entry.title()).isEqualTo("Implementing CycleGAN");
                            assertThat(entry.plainText())
                                    .endsWith("Where did these zebras come from?");
                        });
        assertThat(issue.entries(SectionKind.LIVESTREAMS))
                .hasSize(4)
                .allSatisfy(entry -> assertThat(entry.blocks()).isEmpty());
        assertThat(issue.entries(SectionKind.READING))
                .extracting(Entry::title, entry -> entry.contributor().name())
                .containsExactly(
                        tuple("A Recipe for Training Neural Networks", "Andrew"),
                        tuple(
                                "Learning Semantic Segmentation From Synthetic Data: A Geometrically Guided"
                                        + " Input-Output Adaptation Approach",
                                "Mike"),
                        tuple(
                                "Chain-of-Thought Prompting Elicits Reasoning in Large Language Models",
                                "Melanie"));
        Entry chainOfThought = issue.entries(SectionKind.READING).get(2);
        assertThat(chainOfThought.plainText()).contains("CoT Prompt example");
        assertThat(chainOfThought.blocks())
                .filteredOn(Quote.class::isInstance)
                .singleElement()
                .satisfies(
                        quote ->
                                assertThat(quote.plainText())
                                        .startsWith("…although chain-of-thought"));
        assertThat(ModelWords.missing(Files.readString(Fixtures.corpus(NOVEMBER)), issue))
                .isEmpty();
    }
}
