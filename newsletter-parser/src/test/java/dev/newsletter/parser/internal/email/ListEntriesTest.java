package dev.newsletter.parser.internal.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsletter.Entry;
import dev.newsletter.Section;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** {@link ListEntries}: a list whose every item opens with a title is one entry per item. */
class ListEntriesTest {

    @Test
    void eachTitledItemIsAnEntryAndWhatFollowsTheListIsTheSections() {
        RuleTrace trace =
                RuleTrace.text(
                        """
                        Recommended Reading

                        - The Slow Kiln (https://studio.example.org/kiln) - firing at low heat
                        - Why Clay Cracks (https://clay.example.net/cracks) - on drying slowly

                        Send us what you read this month.
                        """);

        assertThat(trace.ruleOfUnitStarting("The Slow Kiln")).isEqualTo(ListEntries.class);
        Section reading = trace.body().sections().get(0);
        assertThat(reading.entries())
                .extracting(Entry::title, Entry::link, Entry::plainText)
                .containsExactly(
                        tuple(
                                "The Slow Kiln",
                                URI.create("https://studio.example.org/kiln"),
                                "firing at low heat"),
                        tuple(
                                "Why Clay Cracks",
                                URI.create("https://clay.example.net/cracks"),
                                "on drying slowly"));
        assertThat(RuleTrace.plain(reading.blocks()))
                .containsExactly("Send us what you read this month.");
    }

    @Test
    void aListOfPlainTipsIsNoListOfEntries() {
        RuleTrace trace =
                RuleTrace.text(
                        """
                        Recommended Reading

                        - wedge the clay
                        - trim the foot
                        """);

        assertThat(trace.ruleOf("wedge the clay trim the foot")).isEqualTo(ListText.class);
        assertThat(trace.body().sections().get(0).entries()).isEmpty();
    }
}
