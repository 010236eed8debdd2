package dev.newsletter.feed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsletter.Issue;
import java.net.URI;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The usage examples of the Javadoc, as code that compiles and runs. */
class UsageExampleTest {

    @Test
    void packageExample() {
        List<Issue> issues = SampleArchive.issues();

        FeedWriter atom =
                FeedWriter.builder()
                        .format(FeedFormat.ATOM)
                        .title("Fast Forward")
                        .homepage(URI.create("https://example.org/newsletters/"))
                        .selfUri(URI.create("https://example.org/newsletters/atom.xml"))
                        .build();
        String xml = atom.write(issues);

        assertThat(AtomChecks.problems(xml)).isEmpty();
    }

    @Test
    void feedWriterExample() throws Exception {
        List<Issue> issues = SampleArchive.issues();
        StringBuilder out = new StringBuilder();

        FeedWriter writer =
                FeedWriter.builder()
                        .format(FeedFormat.RSS)
                        .title("Fast Forward Labs newsletter")
                        .homepage(URI.create("https://example.org/newsletters/"))
                        .selfUri(URI.create("https://example.org/newsletters/rss.xml"))
                        .build();
        writer.write(issues, out);

        assertThat(FeedReading.rssItems(out.toString())).hasSize(11);
    }

    @Test
    void oneWriterServesManyThreads() throws Exception {
        FeedWriter writer =
                FeedWriter.builder()
                        .title("Lab Notes")
                        .homepage(SampleArchive.HOME)
                        .granularity(FeedGranularity.ENTRY)
                        .build();
        String expected = writer.write(SampleArchive.issues());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results =
                    pool.invokeAll(
                            java.util.Collections.nCopies(
                                    16, () -> writer.write(SampleArchive.issues())));
            for (Future<String> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
