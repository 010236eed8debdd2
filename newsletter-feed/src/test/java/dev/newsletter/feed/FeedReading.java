package dev.newsletter.feed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedInput;
import java.io.StringReader;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** Reads feeds back the way a feed reader would: Rome for XML, Jackson for JSON Feed. */
final class FeedReading {

    /** What a reader keeps of an item, in a form all three formats can be compared in. */
    record ReadItem(
            String id, String title, String link, Instant published, List<String> authors) {}

    private FeedReading() {}

    static WireFeed rome(String xml) {
        try {
            return new WireFeedInput().build(new StringReader(xml));
        } catch (FeedException e) {
            throw new AssertionError("Rome could not read the feed: " + e.getMessage(), e);
        }
    }

    static List<ReadItem> atomItems(String xml) {
        Feed feed = (Feed) rome(xml);
        List<ReadItem> items = new ArrayList<>();
        for (Entry entry : feed.getEntries()) {
            String alternate = null;
            for (Link link : entry.getAlternateLinks()) {
                alternate = link.getHref();
            }
            List<String> authors = new ArrayList<>();
            for (SyndPerson person : entry.getAuthors()) {
                authors.add(person.getName());
            }
            items.add(
                    new ReadItem(
                            entry.getId(),
                            entry.getTitle(),
                            alternate,
                            entry.getPublished().toInstant(),
                            authors));
        }
        return items;
    }

    static List<ReadItem> rssItems(String xml) {
        Channel channel = (Channel) rome(xml);
        List<ReadItem> items = new ArrayList<>();
        for (Item item : channel.getItems()) {
            DCModule dublinCore = (DCModule) item.getModule(DCModule.URI);
            List<String> authors = dublinCore == null ? List.of() : dublinCore.getCreators();
            items.add(
                    new ReadItem(
                            item.getGuid().getValue(),
                            item.getTitle(),
                            item.getLink(),
                            item.getPubDate().toInstant(),
                            List.copyOf(authors)));
        }
        return items;
    }

    static JsonNode json(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + e.getMessage(), e);
        }
    }

    static List<ReadItem> jsonItems(String text) {
        List<ReadItem> items = new ArrayList<>();
        for (JsonNode item : json(text).get("items")) {
            List<String> authors = new ArrayList<>();
            if (item.has("authors")) {
                for (JsonNode author : item.get("authors")) {
                    authors.add(author.get("name").asText());
                }
            }
            items.add(
                    new ReadItem(
                            item.get("id").asText(),
                            item.get("title").asText(),
                            item.get("url").asText(),
                            OffsetDateTime.parse(item.get("date_published").asText()).toInstant(),
                            authors));
        }
        return items;
    }
}
