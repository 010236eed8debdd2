package dev.newsletter.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsletter.Issue;
import dev.newsletter.Person;
import dev.newsletter.feed.FeedReading.ReadItem;
import dev.newsletter.render.IssueRenderer;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The builder checks its arguments at once and the whole at {@code build()}. */
class FeedWriterBuilderTest {

    private static FeedWriter.Builder lab() {
        return FeedWriter.builder().title("Lab Notes").homepage(SampleArchive.HOME);
    }

    @Test
    void titleAndHomepageAreRequired() {
        assertThatThrownBy(() -> FeedWriter.builder().homepage(SampleArchive.HOME).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("title");
        assertThatThrownBy(() -> FeedWriter.builder().title("Lab Notes").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("home page");
    }

    @Test
    void badArgumentsAreRefusedAtOnce() {
        FeedWriter.Builder builder = FeedWriter.builder();

        assertThatThrownBy(() -> builder.title(" \u0001 "))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.homepage(URI.create("/newsletters/")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("absolute");
        assertThatThrownBy(() -> builder.homepage(URI.create("file:///srv/site/")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.selfUri(URI.create("feed.xml")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.limit(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.pageSize(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.language("not a tag!"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.id(URI.create("feed-1")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theLimitKeepsTheNewestItems() {
        String rss = lab().format(FeedFormat.RSS).limit(2).build().write(SampleArchive.issues());

        assertThat(FeedReading.rssItems(rss))
                .extracting(ReadItem::title)
                .containsExactly("Lab Notes November 2022 & <friends>", "Lab Notes February 2022");
    }

    @Test
    void issueLinksAuthorsIdAndLanguageAreUsed() {
        String atom =
                lab().issueLinks(
                                issue ->
                                        URI.create(
                                                issue.source()
                                                        .location()
                                                        .replace("archive/", "")
                                                        .replace(".md", ".html")))
                        .addAuthor(
                                Person.of(
                                        "The editors", URI.create("https://lab.example.org/about")))
                        .id(URI.create("urn:uuid:0f9c5cf0-8a6b-4d55-9d4c-6f7f5e0b7a21"))
                        .language("en-gb")
                        .description("Monthly notes")
                        .build()
                        .write(SampleArchive.issues());

        assertThat(AtomChecks.problems(atom)).isEmpty();
        assertThat(atom)
                .contains("<id>urn:uuid:0f9c5cf0-8a6b-4d55-9d4c-6f7f5e0b7a21</id>")
                .contains("xml:lang=\"en-GB\"")
                .contains("<name>The editors</name>")
                .contains("Monthly notes");
        assertThat(FeedReading.atomItems(atom))
                .extracting(ReadItem::link)
                .contains("https://lab.example.org/newsletters/2022-02.html");
    }

    @Test
    void aGivenContentRendererWritesTheContent() {
        IssueRenderer titles =
                (issue, out) ->
                        out.append("<p>")
                                .append(issue.edition() == null ? "entry" : issue.edition())
                                .append("\u0000</p>");

        String json =
                lab().format(FeedFormat.JSON_FEED)
                        .contentRenderer(titles)
                        .build()
                        .write(List.of(SampleArchive.issues().get(1)));

        assertThat(FeedReading.json(json).get("items").get(0).get("content_html").asText())
                .isEqualTo("<p>July 2020</p>");
    }

    @Test
    void writingIsRepeatableAndSharesNothingBetweenCalls() {
        FeedWriter writer = lab().granularity(FeedGranularity.ENTRY).build();
        List<Issue> issues = SampleArchive.issues();

        assertThat(writer.write(issues)).isEqualTo(writer.write(issues));
        assertThat(writer.format()).isEqualTo(FeedFormat.ATOM);
    }

    @Test
    void theDefaultContentIsTheHtmlRenderersFragmentWithoutItsHeader() {
        String json =
                lab().format(FeedFormat.JSON_FEED)
                        .granularity(FeedGranularity.ISSUE)
                        .build()
                        .write(List.of(SampleArchive.issues().get(0)));

        String html = FeedReading.json(json).get("items").get(0).get("content_html").asText();

        // Title, date and reading time are the item's own fields; the content starts with the
        // intro.
        assertThat(html)
                .startsWith("<article class=\"issue\">\n<div class=\"intro\">")
                .doesNotContain("issue-header", "min read", "<h1>")
                .contains("<section class=\"kind-reading\">")
                .contains("<footer class=\"contributor\">");
    }
}
