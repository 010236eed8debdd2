package dev.newsletter.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Holds our RSS next to the one Hugo generated for the real Fast Forward Labs archive (in the
 * shared corpus, when present) and counts, in both, what a feed reader stumbles on.
 */
class HugoFeedComparisonTest {

    private static final Path HUGO_FEED =
            Path.of("..", "..", "shared", "corpus", "fastforward", "feed-rss", "index.xml");

    /** What a reader stumbles on in an RSS document, one line per problem. */
    static List<String> readerProblems(String xml) {
        Document document = AtomChecks.parse(xml);
        List<String> problems = new ArrayList<>();
        Set<String> guids = new HashSet<>();
        NodeList items = document.getElementsByTagName("item");
        for (int i = 0; i < items.getLength(); i++) {
            Element item = (Element) items.item(i);
            String link = text(item, "link");
            String where = "item " + (i + 1) + " (" + link + ")";
            if (text(item, "title").isBlank()) {
                problems.add(where + ": no title");
            }
            try {
                OffsetDateTime date =
                        OffsetDateTime.parse(
                                text(item, "pubDate"), DateTimeFormatter.RFC_1123_DATE_TIME);
                if (date.getYear() < 1990) {
                    problems.add(where + ": dated " + date.getYear());
                }
            } catch (DateTimeParseException e) {
                problems.add(where + ": no RFC 822 date");
            }
            if (!guids.add(text(item, "guid"))) {
                problems.add(where + ": duplicate guid");
            }
            if (item.getElementsByTagNameNS("http://purl.org/rss/1.0/modules/content/", "encoded")
                            .getLength()
                    == 0) {
                problems.add(where + ": no full content");
            }
            for (String image :
                    List.of(text(item, "imglink"), attribute(item, "enclosure", "url"))) {
                if (!image.isBlank() && !URI.create(image).isAbsolute()) {
                    problems.add(where + ": relative image " + image);
                }
            }
        }
        return problems;
    }

    @Test
    void ourFeedHasNoneOfTheProblemsOfTheFeedHugoWrote() throws IOException {
        assumeTrue(Files.isRegularFile(HUGO_FEED), "the shared corpus is not here");
        List<String> hugo = readerProblems(Files.readString(HUGO_FEED, StandardCharsets.UTF_8));

        String ours =
                FeedWriter.builder()
                        .format(FeedFormat.RSS)
                        .title("Lab Notes")
                        .homepage(SampleArchive.HOME)
                        .build()
                        .write(SampleArchive.issues());

        assertThat(readerProblems(ours)).isEmpty();
        // Hugo's feed: items without titles, one dated year 1 (a typo'd front-matter date),
        // relative
        // images, and a truncated description as the only content.
        assertThat(hugo)
                .anyMatch(problem -> problem.endsWith("no title"))
                .anyMatch(problem -> problem.endsWith("dated 1"))
                .anyMatch(problem -> problem.contains("relative image"))
                .anyMatch(problem -> problem.endsWith("no full content"));
    }

    private static String text(Element parent, String name) {
        NodeList found = parent.getElementsByTagName(name);
        return found.getLength() == 0 ? "" : found.item(0).getTextContent().strip();
    }

    private static String attribute(Element parent, String name, String attribute) {
        NodeList found = parent.getElementsByTagName(name);
        return found.getLength() == 0 ? "" : ((Element) found.item(0)).getAttribute(attribute);
    }
}
