package dev.newsletter.feed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsletter.Issue;
import java.net.URI;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every Atom document the writer produces is valid RFC 4287. */
class AtomValidityTest {

    static Stream<Arguments> writers() {
        FeedWriter.Builder base =
                FeedWriter.builder()
                        .format(FeedFormat.ATOM)
                        .title("Lab Notes")
                        .homepage(SampleArchive.HOME)
                        .selfUri(URI.create("https://lab.example.org/newsletters/atom.xml"));
        return Stream.of(
                Arguments.of("issues", base.build()),
                Arguments.of("entries", base.granularity(FeedGranularity.ENTRY).build()),
                Arguments.of("entries, summaries", base.summaryOnly(true).build()),
                Arguments.of(
                        "issues, summaries, no self, language",
                        base.granularity(FeedGranularity.ISSUE)
                                .selfUri(null)
                                .language("en-GB")
                                .build()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writers")
    void theSampleArchiveIsValidAtom(String name, FeedWriter writer) {
        String xml = writer.write(SampleArchive.issues());

        assertThat(AtomChecks.problems(xml)).isEmpty();
        assertThat(
                        AtomChecks.parse(xml)
                                .getElementsByTagNameNS(AtomChecks.ATOM, "entry")
                                .getLength())
                .isGreaterThan(5);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writers")
    void anEmptyArchiveIsValidAtom(String name, FeedWriter writer) {
        String xml = writer.write(List.<Issue>of());

        assertThat(AtomChecks.problems(xml)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writers")
    void everyArchivePageIsValidAtom(String name, FeedWriter writer) {
        FeedWriter paged =
                FeedWriter.builder()
                        .format(FeedFormat.ATOM)
                        .title("Lab Notes")
                        .homepage(SampleArchive.HOME)
                        .selfUri(URI.create("https://lab.example.org/newsletters/atom.xml"))
                        .granularity(
                                writer.write(SampleArchive.issues()).contains(":entry/")
                                        ? FeedGranularity.ENTRY
                                        : FeedGranularity.ISSUE)
                        .pageSize(3)
                        .build();

        List<FeedDocument> documents = paged.writeArchive(SampleArchive.issues());

        assertThat(documents).hasSizeGreaterThan(2);
        for (FeedDocument document : documents) {
            assertThat(AtomChecks.problems(document.text())).as(document.name()).isEmpty();
        }
    }
}
