package dev.newsletter.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsletter.Issue;
import dev.newsletter.IssueParser;
import dev.newsletter.IssueReader;
import dev.newsletter.ParseInput;
import dev.newsletter.ParseResult;
import dev.newsletter.feed.FeedFormat;
import dev.newsletter.feed.FeedGranularity;
import dev.newsletter.feed.FeedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One reader, one renderer per format and one feed writer per format and granularity, each
 * configured once and shared by eight threads, give exactly what a single thread gives: over the
 * shared corpus when it is beside the repository, and always over the sample archive and the
 * parser's own fixtures. The inputs ({@link ParseInput}s, which decode lazily) and the parsed
 * issues are shared too, so their caches are raced as well.
 */
class SharedAcrossThreadsTest {

    private static final int THREADS = 8;
    private static final int ROUNDS = 3;
    private static final URI HOME = URI.create("https://notes.example.org/archive/");

    private static final IssueReader READER = IssueReader.create();
    private static final Map<String, IssueRenderer> RENDERERS =
            Map.of(
                    "html",
                    HtmlRenderer.builder().standalone(true).baseUri(HOME).build(),
                    "markdown",
                    MarkdownRenderer.create(),
                    "text",
                    PlainTextRenderer.create(),
                    "json",
                    JsonRenderer.create());
    private static final Map<String, FeedWriter> FEEDS = feedWriters();

    @Test
    void sharedParsersRenderersAndFeedWritersGiveWhatOneThreadGives() throws Exception {
        List<ParseInput> inputs = inputs();
        assertThat(inputs).hasSizeGreaterThan(10);

        Map<String, String> sequential = new LinkedHashMap<>();
        List<Issue> issues = new ArrayList<>();
        for (ParseInput input : inputs) {
            for (ParseResult result : readAll(input)) {
                issues.add(result.issue());
            }
        }
        for (ParseInput input : inputs) {
            sequential.putAll(outputs(input));
        }
        FEEDS.forEach((name, writer) -> sequential.put(name, writer.write(issues)));

        // Fresh inputs for the threads, so their lazy decoding happens under contention.
        List<ParseInput> shared = inputs();
        Map<String, String> concurrent = new ConcurrentHashMap<>();
        List<Runnable> tasks = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            for (ParseInput input : shared) {
                tasks.add(() -> putSame(concurrent, outputs(input)));
            }
            FEEDS.forEach(
                    (name, writer) ->
                            tasks.add(
                                    () -> putSame(concurrent, Map.of(name, writer.write(issues)))));
        }
        Collections.shuffle(tasks, new Random(8L));
        runTogether(tasks);

        assertThat(concurrent).hasSameSizeAs(sequential);
        for (Map.Entry<String, String> expected : sequential.entrySet()) {
            assertThat(concurrent.get(expected.getKey()))
                    .as(expected.getKey())
                    .isEqualTo(expected.getValue());
        }
    }

    /** Every issue of {@code input} parsed, with its diagnostics, and rendered in every format. */
    private static Map<String, String> outputs(ParseInput input) {
        Map<String, String> out = new LinkedHashMap<>();
        List<ParseResult> results = readAll(input);
        for (int i = 0; i < results.size(); i++) {
            ParseResult result = results.get(i);
            String key = input.name() + "#" + i;
            out.put(key + " diagnostics", result.diagnostics().toString());
            RENDERERS.forEach(
                    (format, renderer) ->
                            out.put(key + " " + format, renderer.render(result.issue())));
        }
        return out;
    }

    /**
     * Every issue of {@code input}, read as {@link IssueReader} reads a file (the surest parser,
     * every message of an mbox), but from the shared input.
     */
    private static List<ParseResult> readAll(ParseInput input) {
        IssueParser surest =
                READER.parsers().stream()
                        .max(Comparator.comparingInt(parser -> parser.confidence(input)))
                        .orElseThrow();
        return surest.parseAll(input, READER.options());
    }

    /** Adds the outputs, failing if a round gave something else than an earlier round. */
    private static void putSame(Map<String, String> all, Map<String, String> outputs) {
        outputs.forEach(
                (key, value) -> {
                    String earlier = all.putIfAbsent(key, value);
                    assertThat(earlier == null || earlier.equals(value))
                            .as("two rounds of %s differ", key)
                            .isTrue();
                });
    }

    /** Runs the tasks on {@link #THREADS} threads that start together, rethrowing any failure. */
    private static void runTogether(List<Runnable> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> futures = new ArrayList<>();
            for (Runnable task : tasks) {
                futures.add(
                        pool.submit(
                                () -> {
                                    start.await();
                                    task.run();
                                    return null;
                                }));
            }
            start.countDown();
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Map<String, FeedWriter> feedWriters() {
        Map<String, FeedWriter> writers = new LinkedHashMap<>();
        for (FeedFormat format : FeedFormat.values()) {
            for (FeedGranularity granularity : FeedGranularity.values()) {
                writers.put(
                        "feed " + format + " " + granularity,
                        FeedWriter.builder()
                                .format(format)
                                .granularity(granularity)
                                .title("Shared Notes")
                                .homepage(HOME)
                                .limit(50)
                                .build());
            }
        }
        return writers;
    }

    /** The corpus when present, the sample archive and the parser's fixtures, as inputs. */
    private static List<ParseInput> inputs() {
        List<ParseInput> inputs = new ArrayList<>();
        for (Path root :
                List.of(
                        Path.of("..", "..", "shared", "corpus"),
                        Path.of("..", "examples", "sample-archive"),
                        Path.of("..", "newsletter-parser", "src", "test", "resources"))) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path file :
                        walk.filter(Files::isRegularFile)
                                .filter(SharedAcrossThreadsTest::isIssue)
                                .sorted()
                                .toList()) {
                    inputs.add(ParseInput.of(file));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return inputs;
    }

    /** Sources, not the expected outputs kept beside them. */
    private static boolean isIssue(Path file) {
        String name = file.getFileName().toString();
        String path = file.toString().replace('\\', '/');
        return !name.equals("README.md") && !name.endsWith(".json") && !path.contains("/golden/");
    }
}
