package dev.newsletter.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The feeds of the sample archive, compared with golden files read and checked by hand. After an
 * intended change, regenerate them with {@code -Dgolden.update=true} and read the diff.
 */
class GoldenFeedTest {

    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

    static Stream<Arguments> feeds() {
        return Stream.of(FeedFormat.values())
                .flatMap(
                        format ->
                                Stream.of(FeedGranularity.values())
                                        .map(granularity -> Arguments.of(format, granularity)));
    }

    @ParameterizedTest(name = "{0} per {1}")
    @MethodSource("feeds")
    void theSampleArchiveGivesTheGoldenFeed(FeedFormat format, FeedGranularity granularity)
            throws IOException {
        String name =
                "lab-notes-"
                        + format.name().toLowerCase(Locale.ROOT).replace('_', '-')
                        + "-"
                        + granularity.name().toLowerCase(Locale.ROOT)
                        + format.fileExtension();
        String feed =
                FeedWriter.builder()
                        .format(format)
                        .title("Lab Notes")
                        .homepage(SampleArchive.HOME)
                        .selfUri(URI.create("https://lab.example.org/newsletters/" + name))
                        .language("en")
                        .granularity(granularity)
                        .issueLinks(
                                issue ->
                                        URI.create(
                                                issue.source()
                                                        .location()
                                                        .replace("archive/", "")
                                                        .replace(".md", ".html")))
                        .build()
                        .write(SampleArchive.issues());

        Path golden = GOLDEN.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, feed, StandardCharsets.UTF_8);
        }
        assertThat(feed).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
