package dev.newsletter.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsletter.Issue;
import dev.newsletter.feed.FeedReading.ReadItem;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Feeds of the real archives of the shared corpus, parsed with the project's parsers: every one
 * valid, read back alike in all formats, and, for Fast Forward Labs, compared with the feed Hugo
 * generated from the same Markdown. Skipped when the corpus is not beside the repository.
 */
class CorpusFeedTest {

    private static final Path CORPUS = Path.of("..", "..", "shared", "corpus");
    private static final URI FFL_HOME = URI.create("https://blog.fastforwardlabs.com/newsletters/");
    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

    private static List<Issue> archive(String folder) throws IOException {
        Path path = CORPUS.resolve(folder);
        assumeTrue(Files.isDirectory(path), "the shared corpus is not here");
        return Issue.parseAll(path);
    }

    /** The page Hugo published each Fast Forward issue at: the file name, as HTML. */
    private static URI hugoPage(Issue issue) {
        String location = issue.source().location().replace('\\', '/');
        String name = location.substring(location.lastIndexOf('/') + 1).replace(".md", ".html");
        return FFL_HOME.resolve(name);
    }

    private static FeedWriter.Builder ffl(FeedFormat format, FeedGranularity granularity) {
        return FeedWriter.builder()
                .format(format)
                .title("Cloudera Fast Forward Labs newsletter")
                .homepage(FFL_HOME)
                .granularity(granularity)
                .issueLinks(CorpusFeedTest::hugoPage);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "seeds",
                "fastforward/markdown-hugo",
                "fastforward/markdown-jekyll",
                "fastforward/email-html",
                "gitrevnews/markdown",
                "gitrevnews/eml",
                "git-whats-cooking/eml",
                "twir/markdown-pelican",
                "this-week-in-react/mdx",
                "rust-osdev/markdown-zola-toml",
                "bitcoin-dev-digest/mailman-digest-text"
            })
    void everyArchiveGivesValidFeedsThatReadBackAlike(String folder) throws IOException {
        List<Issue> issues = archive(folder);
        assertThat(issues).isNotEmpty();

        for (FeedGranularity granularity : FeedGranularity.values()) {
            FeedWriter.Builder builder =
                    FeedWriter.builder()
                            .title(folder)
                            .homepage(URI.create("https://news.example.org/" + folder + "/"))
                            .granularity(granularity);
            String atom = builder.format(FeedFormat.ATOM).build().write(issues);
            String rss = builder.format(FeedFormat.RSS).build().write(issues);
            String json = builder.format(FeedFormat.JSON_FEED).build().write(issues);

            assertThat(AtomChecks.problems(atom)).as("%s per %s", folder, granularity).isEmpty();
            List<ReadItem> items = FeedReading.atomItems(atom);
            assertThat(FeedReading.rssItems(rss)).isEqualTo(items);
            assertThat(FeedReading.jsonItems(json)).isEqualTo(items);
            assertThat(items).extracting(ReadItem::title).allMatch(title -> !title.isBlank());
            JsonNode feed = FeedReading.json(json);
            assertThat(feed.get("version").asText()).isEqualTo("https://jsonfeed.org/version/1.1");
        }
    }

    @Test
    void theFastForwardArchiveGivesTheGoldenItems() throws IOException {
        List<Issue> issues = archive("fastforward/markdown-hugo");
        // The golden file holds only what this library makes of the archive (ids, dates, item
        // counts, categories), none of the publisher's text.
        StringBuilder summary = new StringBuilder();
        for (FeedGranularity granularity : FeedGranularity.values()) {
            String atom = ffl(FeedFormat.ATOM, granularity).build().write(issues);
            org.w3c.dom.Document document = AtomChecks.parse(atom);
            NodeList entries = document.getElementsByTagNameNS(AtomChecks.ATOM, "entry");
            summary.append("# per ")
                    .append(granularity)
                    .append(": ")
                    .append(entries.getLength())
                    .append(" items\n");
            for (int i = 0; i < entries.getLength(); i++) {
                Element entry = (Element) entries.item(i);
                List<String> categories = new ArrayList<>();
                for (Element category : AtomChecks.children(entry, "category")) {
                    categories.add(category.getAttribute("term"));
                }
                summary.append(AtomChecks.child(entry, "id").getTextContent())
                        .append(' ')
                        .append(AtomChecks.child(entry, "published").getTextContent())
                        .append(' ')
                        .append(String.join(",", categories))
                        .append(AtomChecks.children(entry, "author").isEmpty() ? "" : " author")
                        .append(AtomChecks.child(entry, "content") == null ? "" : " content")
                        .append('\n');
            }
        }
        Path golden = GOLDEN.resolve("fastforward-hugo-items.txt");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(golden, summary, StandardCharsets.UTF_8);
        }
        assertThat(summary.toString()).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    @Test
    void whereHugoWroteNoTitleOrTheYearOneOurFeedHasBoth() throws IOException {
        Path hugoFeed = CORPUS.resolve("fastforward/feed-rss/index.xml");
        List<Issue> issues = archive("fastforward/markdown-hugo");
        assumeTrue(Files.isRegularFile(hugoFeed), "the Hugo feed is not here");
        Map<String, ReadItem> ours =
                FeedReading.rssItems(
                                ffl(FeedFormat.RSS, FeedGranularity.ISSUE).build().write(issues))
                        .stream()
                        .collect(Collectors.toMap(ReadItem::link, item -> item));
        Map<String, ReadItem> hugo = new HashMap<>();
        for (ReadItem item :
                FeedReading.rssItems(Files.readString(hugoFeed, StandardCharsets.UTF_8))) {
            hugo.put(item.link(), item);
        }

        List<String> untitledByHugo =
                hugo.values().stream()
                        .filter(item -> item.title() == null || item.title().isBlank())
                        .map(ReadItem::link)
                        .filter(ours::containsKey)
                        .toList();
        assertThat(untitledByHugo).isNotEmpty();
        for (String link : untitledByHugo) {
            assertThat(ours.get(link).title()).as(link).isNotBlank();
        }
        String august = FFL_HOME.resolve("2020-08.html").toString();
        assertThat(hugo.get(august).published())
                .isBefore(java.time.Instant.parse("1000-01-01T00:00:00Z"));
        // The typo'd front-matter date falls back to the issue's own "August 2020", a month.
        assertThat(ours.get(august).published())
                .isEqualTo(java.time.Instant.parse("2020-08-01T00:00:00Z"));
        assertThat(
                        HugoFeedComparisonTest.readerProblems(
                                ffl(FeedFormat.RSS, FeedGranularity.ISSUE).build().write(issues)))
                .isEmpty();
    }
}
