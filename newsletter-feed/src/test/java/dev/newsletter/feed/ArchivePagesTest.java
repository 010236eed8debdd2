package dev.newsletter.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsletter.Issue;
import dev.newsletter.feed.FeedReading.ReadItem;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** RFC 5005 archived feeds: a current document and archive pages that link each other. */
class ArchivePagesTest {

    private static final URI SELF = URI.create("https://lab.example.org/newsletters/atom.xml");

    private static FeedWriter writer(FeedFormat format) {
        return FeedWriter.builder()
                .format(format)
                .title("Lab Notes")
                .homepage(SampleArchive.HOME)
                .selfUri(
                        format == FeedFormat.JSON_FEED
                                ? URI.create("https://lab.example.org/newsletters/feed.json")
                                : SELF)
                .pageSize(3)
                .build();
    }

    private static Map<String, String> links(String xml) {
        Map<String, String> links = new LinkedHashMap<>();
        for (Element link :
                AtomChecks.children(AtomChecks.parse(xml).getDocumentElement(), "link")) {
            links.put(link.getAttribute("rel"), link.getAttribute("href"));
        }
        return links;
    }

    @Test
    void elevenIssuesInPagesOfThreeMakeACurrentFeedAndThreeArchivePages() {
        List<FeedDocument> documents = writer(FeedFormat.ATOM).writeArchive(SampleArchive.issues());

        assertThat(documents)
                .extracting(FeedDocument::name)
                .containsExactly(
                        "atom.xml",
                        "atom-archive-3.xml",
                        "atom-archive-2.xml",
                        "atom-archive-1.xml");
        assertThat(documents)
                .extracting(FeedDocument::archive)
                .containsExactly(false, true, true, true);
        String base = "https://lab.example.org/newsletters/";
        assertThat(links(documents.get(0).text()))
                .containsEntry("self", base + "atom.xml")
                .containsEntry("prev-archive", base + "atom-archive-3.xml")
                .doesNotContainKeys("next-archive", "current");
        assertThat(links(documents.get(1).text()))
                .containsEntry("self", base + "atom-archive-3.xml")
                .containsEntry("current", base + "atom.xml")
                .containsEntry("prev-archive", base + "atom-archive-2.xml")
                .doesNotContainKey("next-archive");
        assertThat(links(documents.get(3).text()))
                .containsEntry("self", base + "atom-archive-1.xml")
                .containsEntry("next-archive", base + "atom-archive-2.xml")
                .doesNotContainKey("prev-archive");
        assertThat(documents.get(0).text()).doesNotContain("purl.org/syndication/history");
        assertThat(documents.get(3).text()).contains("<fh:archive");
    }

    @Test
    void thePagesTogetherHoldEveryItemAndTheOldestPageTheOldestItems() {
        List<FeedDocument> documents = writer(FeedFormat.ATOM).writeArchive(SampleArchive.issues());
        List<String> everyId =
                FeedReading.atomItems(
                                FeedWriter.builder()
                                        .title("Lab Notes")
                                        .homepage(SampleArchive.HOME)
                                        .build()
                                        .write(SampleArchive.issues()))
                        .stream()
                        .map(ReadItem::id)
                        .toList();

        List<String> paged = new ArrayList<>();
        for (FeedDocument document : documents) {
            List<ReadItem> items = FeedReading.atomItems(document.text());
            assertThat(items).hasSize(3);
            items.forEach(item -> paged.add(item.id()));
        }

        assertThat(paged).containsAll(everyId);
        assertThat(FeedReading.atomItems(documents.get(3).text()))
                .extracting(ReadItem::title)
                .containsExactly("Lab Notes August 2020", "July 2020", "Lab Notes June 2020");
    }

    @Test
    void aFullArchivePageNeverChangesWhenNewerIssuesArrive() {
        List<Issue> all = SampleArchive.issues();
        List<FeedDocument> before = writer(FeedFormat.ATOM).writeArchive(all.subList(0, 10));
        List<FeedDocument> after = writer(FeedFormat.ATOM).writeArchive(all);

        // Ten dated issues fill pages 1 to 3 exactly as eleven do: the new issue only moves
        // "current".
        assertThat(before.subList(1, 4)).isEqualTo(after.subList(1, 4));
        assertThat(before.get(0)).isNotEqualTo(after.get(0));
    }

    @Test
    void rssAndJsonFeedPagesLinkTheirNeighboursToo() {
        List<FeedDocument> rss = writer(FeedFormat.RSS).writeArchive(SampleArchive.issues());
        List<FeedDocument> json = writer(FeedFormat.JSON_FEED).writeArchive(SampleArchive.issues());

        assertThat(rss.get(0).text())
                .contains(
                        "href=\"https://lab.example.org/newsletters/atom-archive-3.xml\" rel=\"prev-archive\"");
        assertThat(rss.get(2).text())
                .contains("rel=\"current\"")
                .contains("rel=\"next-archive\"")
                .contains("<fh:archive");
        FeedReading.rssItems(rss.get(2).text());
        assertThat(json)
                .extracting(FeedDocument::name)
                .containsExactly(
                        "feed.json",
                        "feed-archive-3.json",
                        "feed-archive-2.json",
                        "feed-archive-1.json");
        JsonNode current = FeedReading.json(json.get(0).text());
        assertThat(current.get("next_url").asText())
                .isEqualTo("https://lab.example.org/newsletters/feed-archive-3.json");
        assertThat(FeedReading.json(json.get(3).text()).has("next_url")).isFalse();
    }

    @Test
    void aSmallArchiveIsJustTheCurrentFeed() {
        List<FeedDocument> documents =
                writer(FeedFormat.ATOM).writeArchive(SampleArchive.issues().subList(0, 2));

        assertThat(documents)
                .singleElement()
                .satisfies(
                        document -> {
                            assertThat(document.name()).isEqualTo("atom.xml");
                            assertThat(document.uri()).isEqualTo(SELF);
                            assertThat(links(document.text())).doesNotContainKey("prev-archive");
                        });
    }

    @Test
    void pagingNeedsAPageSizeAndASelfUri() {
        FeedWriter unpaged =
                FeedWriter.builder().title("Lab Notes").homepage(SampleArchive.HOME).build();

        assertThatThrownBy(() -> unpaged.writeArchive(SampleArchive.issues()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("page size");
        assertThatThrownBy(
                        () ->
                                FeedWriter.builder()
                                        .title("Lab Notes")
                                        .homepage(SampleArchive.HOME)
                                        .pageSize(10)
                                        .build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("self URI");
    }
}
