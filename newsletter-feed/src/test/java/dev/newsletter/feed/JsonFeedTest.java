package dev.newsletter.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.OffsetDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** JSON Feed documents are version 1.1 with every required field. */
class JsonFeedTest {

    @ParameterizedTest(name = "{0}, summary only: {1}")
    @CsvSource({"ISSUE, false", "ISSUE, true", "ENTRY, false", "ENTRY, true"})
    void everyDocumentHasTheRequiredFields(FeedGranularity granularity, boolean summaryOnly) {
        String text =
                FeedWriter.builder()
                        .format(FeedFormat.JSON_FEED)
                        .title("Lab Notes")
                        .homepage(SampleArchive.HOME)
                        .selfUri(URI.create("https://lab.example.org/newsletters/feed.json"))
                        .language("en")
                        .granularity(granularity)
                        .summaryOnly(summaryOnly)
                        .build()
                        .write(SampleArchive.issues());

        JsonNode feed = FeedReading.json(text);

        assertThat(feed.get("version").asText()).isEqualTo("https://jsonfeed.org/version/1.1");
        assertThat(feed.get("title").asText()).isEqualTo("Lab Notes");
        assertThat(feed.get("home_page_url").asText()).isEqualTo(SampleArchive.HOME.toString());
        assertThat(feed.get("feed_url").asText())
                .isEqualTo("https://lab.example.org/newsletters/feed.json");
        assertThat(feed.get("language").asText()).isEqualTo("en");
        assertThat(feed.get("items").isArray()).isTrue();
        assertThat(feed.get("items").size()).isGreaterThan(5);
        for (JsonNode item : feed.get("items")) {
            assertThat(item.get("id").asText()).isNotBlank();
            assertThat(URI.create(item.get("url").asText()).isAbsolute()).isTrue();
            // One of content_html and content_text is required: full content, or the summary alone.
            assertThat(item.has(summaryOnly ? "content_text" : "content_html"))
                    .as(item.toString())
                    .isTrue();
            assertThat(item.has(summaryOnly ? "content_html" : "content_text")).isFalse();
            assertThat(OffsetDateTime.parse(item.get("date_published").asText())).isNotNull();
            if (item.has("authors")) {
                for (JsonNode author : item.get("authors")) {
                    assertThat(author.get("name").asText()).isNotBlank();
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"ISSUE", "ENTRY"})
    void hostileTextIsPlainJsonTextAndTheHtmlIsEscaped(FeedGranularity granularity) {
        String text =
                FeedWriter.builder()
                        .format(FeedFormat.JSON_FEED)
                        .title("Lab Notes")
                        .homepage(SampleArchive.HOME)
                        .granularity(granularity)
                        .build()
                        .write(SampleArchive.issues());

        JsonNode newest = FeedReading.json(text).get("items").get(0);

        assertThat(newest.get("title").asText()).contains("<").doesNotContain("\u0001", "\u0007");
        assertThat(newest.get("content_html").asText())
                .doesNotContain("<script", "javascript:", "onerror", "\uD800", "\uFFFE")
                .contains("&lt;script&gt;");
    }
}
