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
    void writersServeManyThreadsAtOnce() throws Exception {
        List<FeedWriter> writers = new java.util.ArrayList<>();
        for (FeedFormat format : FeedFormat.values()) {
            writers.add(
                    FeedWriter.builder()
                            .format(format)
                            .title("Lab Notes")
                            .homepage(SampleArchive.HOME)
                            .granularity(FeedGranularity.ENTRY)
                            .build());
        }
        List<String> expected = writers.stream().map(w -> w.write(SampleArchive.issues())).toList();
        List<java.util.concurrent.Callable<String>> tasks = new java.util.ArrayList<>();
        for (int i = 0; i < 24; i++) {
            FeedWriter writer = writers.get(i % writers.size());
            tasks.add(() -> writer.write(SampleArchive.issues()));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = pool.invokeAll(tasks);
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get()).isEqualTo(expected.get(i % writers.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
