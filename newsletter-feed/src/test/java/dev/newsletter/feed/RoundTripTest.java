package dev.newsletter.feed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsletter.feed.FeedReading.ReadItem;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Rome reads our RSS and Atom back to the same items, and JSON Feed agrees with both. */
class RoundTripTest {

    private static FeedWriter writer(FeedFormat format, FeedGranularity granularity) {
        return FeedWriter.builder()
                .format(format)
                .title("Lab Notes")
                .homepage(SampleArchive.HOME)
                .selfUri(URI.create("https://lab.example.org/newsletters/feed"))
                .granularity(granularity)
                .build();
    }

    private static List<ReadItem> read(FeedFormat format, FeedGranularity granularity) {
        String text = writer(format, granularity).write(SampleArchive.issues());
        return switch (format) {
            case ATOM -> FeedReading.atomItems(text);
            case RSS -> FeedReading.rssItems(text);
            case JSON_FEED -> FeedReading.jsonItems(text);
        };
    }

    @ParameterizedTest
    @EnumSource(FeedGranularity.class)
    void allThreeFormatsCarryTheSameItems(FeedGranularity granularity) {
        List<ReadItem> atom = read(FeedFormat.ATOM, granularity);

        assertThat(read(FeedFormat.RSS, granularity)).isEqualTo(atom);
        assertThat(read(FeedFormat.JSON_FEED, granularity)).isEqualTo(atom);
    }

    @Test
    void issuesComeNewestFirstWithTheirTitlesAndDates() {
        List<ReadItem> items = read(FeedFormat.RSS, FeedGranularity.ISSUE);

        // Eleven dated issues; the undated draft cannot be placed in time and is left out.
        assertThat(items)
                .extracting(ReadItem::title)
                .containsExactly(
                        "Lab Notes November 2022 & <friends>",
                        "Lab Notes February 2022",
                        "Lab Notes November 2021",
                        "Lab Notes June 2021",
                        "Lab Notes special: conference recap",
                        "Lab Notes March 2021",
                        "Lab Notes January 2021",
                        "Lab Notes October 2020",
                        "Lab Notes August 2020",
                        "July 2020",
                        "Lab Notes June 2020");
        assertThat(items.get(3).published()).isEqualTo(Instant.parse("2021-06-25T14:49:47Z"));
        assertThat(items.get(9).published()).isEqualTo(Instant.parse("2020-07-01T00:00:00Z"));
        assertThat(items.get(3).authors()).containsExactly("The Lab Notes team");
    }

    @Test
    void entriesCarryTheirContributorAndTheirOwnLink() {
        List<ReadItem> items = read(FeedFormat.ATOM, FeedGranularity.ENTRY);

        assertThat(items)
                .filteredOn(item -> item.title().equals("A ConvNet for the 2020s"))
                .singleElement()
                .satisfies(
                        item -> {
                            assertThat(item.link())
                                    .isEqualTo("https://arxiv.example.org/abs/2201.03545");
                            assertThat(item.authors()).containsExactly("Andrew");
                            assertThat(item.published())
                                    .isEqualTo(Instant.parse("2022-02-17T00:00:00Z"));
                        });
        // A relative research link is made absolute against the home page.
        assertThat(items)
                .extracting(ReadItem::link)
                .contains("https://lab.example.org/2021/01/few-shot.html")
                .allMatch(link -> URI.create(link).isAbsolute());
    }

    @Test
    void theFeedIsUpdatedAtItsNewestIssueNeverAtTheClock() {
        String rss = writer(FeedFormat.RSS, FeedGranularity.ISSUE).write(SampleArchive.issues());
        String atom = writer(FeedFormat.ATOM, FeedGranularity.ISSUE).write(SampleArchive.issues());

        assertThat(((com.rometools.rome.feed.rss.Channel) FeedReading.rome(rss)).getLastBuildDate())
                .isEqualTo(java.util.Date.from(Instant.parse("2022-11-15T00:00:00Z")));
        assertThat(((com.rometools.rome.feed.atom.Feed) FeedReading.rome(atom)).getUpdated())
                .isEqualTo(java.util.Date.from(Instant.parse("2022-11-15T00:00:00Z")));
    }

    @Test
    void anIssueItemNamesTheContributorsOfItsEntries() {
        String atom = writer(FeedFormat.ATOM, FeedGranularity.ISSUE).write(SampleArchive.issues());
        String rss = writer(FeedFormat.RSS, FeedGranularity.ISSUE).write(SampleArchive.issues());

        com.rometools.rome.feed.atom.Entry february =
                ((com.rometools.rome.feed.atom.Feed) FeedReading.rome(atom)).getEntries().get(1);
        assertThat(february.getContributors())
                .extracting(com.rometools.rome.feed.synd.SyndPerson::getName)
                .containsExactly("Andrew", "Melanie");
        com.rometools.rome.feed.rss.Item item =
                ((com.rometools.rome.feed.rss.Channel) FeedReading.rome(rss)).getItems().get(1);
        com.rometools.rome.feed.module.DCModule dublinCore =
                (com.rometools.rome.feed.module.DCModule)
                        item.getModule(com.rometools.rome.feed.module.DCModule.URI);
        assertThat(dublinCore.getContributors()).containsExactly("Andrew", "Melanie");
    }
}
