package dev.newsletter.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The names a command line gives formats and granularities. */
class FeedFormatTest {

    @Test
    void formatsAreFoundByTheirShortNameOrConstantInAnyCase() {
        assertThat(FeedFormat.fromId("atom")).isEqualTo(FeedFormat.ATOM);
        assertThat(FeedFormat.fromId(" RSS ")).isEqualTo(FeedFormat.RSS);
        assertThat(FeedFormat.fromId("json")).isEqualTo(FeedFormat.JSON_FEED);
        assertThat(FeedFormat.fromId("json-feed")).isEqualTo(FeedFormat.JSON_FEED);
        for (FeedFormat format : FeedFormat.values()) {
            assertThat(FeedFormat.fromId(format.id())).isEqualTo(format);
        }
        assertThatThrownBy(() -> FeedFormat.fromId("rdf"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rdf")
                .hasMessageContaining("atom, rss or json");
    }

    @Test
    void granularitiesAreFoundByTheirName() {
        assertThat(FeedGranularity.fromId("entry")).isEqualTo(FeedGranularity.ENTRY);
        assertThat(FeedGranularity.fromId("Issue")).isEqualTo(FeedGranularity.ISSUE);
        assertThat(FeedGranularity.ENTRY.id()).isEqualTo("entry");
        assertThatThrownBy(() -> FeedGranularity.fromId("section"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("issue or entry");
    }

    @Test
    void mediaTypesAndExtensions() {
        assertThat(FeedFormat.ATOM.mediaType()).isEqualTo("application/atom+xml");
        assertThat(FeedFormat.JSON_FEED.mediaType()).isEqualTo("application/feed+json");
        assertThat(FeedFormat.JSON_FEED.fileExtension()).isEqualTo(".json");
    }
}
