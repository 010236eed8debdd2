package dev.newsletter.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsletter.Issue;
import dev.newsletter.IssueReader;
import dev.newsletter.ParseInput;
import dev.newsletter.ParseResult;
import dev.newsletter.feed.FeedFormat;
import dev.newsletter.feed.FeedGranularity;
import dev.newsletter.feed.FeedWriter;
import dev.newsletter.render.HtmlRenderer;
import dev.newsletter.render.JsonIssueParser;
import dev.newsletter.render.JsonRenderer;
import dev.newsletter.render.MarkdownRenderer;
import dev.newsletter.render.PlainTextRenderer;
import java.net.URI;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Renders parsed issues in every format and checks what comes out: rendering never throws, HTML
 * (pages, fragments and the HTML inside feeds) is inert, Atom and RSS are well-formed XML, JSON and
 * JSON Feed are valid JSON, JSON reads back to an equal issue, and the Markdown and text outputs
 * read back without anything but a ParseException escaping.
 */
final class IssueOutputs {

    static final URI HOME = URI.create("https://lab.example.org/newsletter/");
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String CONTENT_MODULE = "http://purl.org/rss/1.0/modules/content/";

    private static final HtmlRenderer FRAGMENT = HtmlRenderer.create();
    private static final HtmlRenderer PAGE =
            HtmlRenderer.builder()
                    .standalone(true)
                    .baseUri(HOME)
                    .atomFeed(HOME.resolve("atom.xml"))
                    .rssFeed(HOME.resolve("rss.xml"))
                    .jsonFeed(HOME.resolve("feed.json"))
                    .build();
    private static final MarkdownRenderer MARKDOWN = MarkdownRenderer.create();
    private static final JsonRenderer JSON = JsonRenderer.create();
    private static final JsonIssueParser JSON_PARSER = JsonIssueParser.create();
    private static final IssueReader READ_BACK = IssueReader.create();

    /** How one run renders: the choices a fuzz input makes beside the document. */
    record Choices(
            int textWidth,
            boolean standalone,
            FeedGranularity granularity,
            boolean summaryOnly,
            String feedTitle,
            String feedDescription) {}

    private IssueOutputs() {}

    /** Renders {@code issue} in every format and checks each output. */
    static void checkIssue(Issue issue, Choices choices) {
        String html = (choices.standalone() ? PAGE : FRAGMENT).render(issue);
        InertHtml.check(html, "the HTML");
        for (var entry : issue.entries()) {
            InertHtml.check(FRAGMENT.renderEntry(entry), "an entry's HTML");
        }

        String json = JSON.render(issue);
        WellFormed.json(json, "the JSON");
        ParseResult back = JSON_PARSER.parse(ParseInput.of("issue.json", json), null);
        if (!back.diagnostics().isEmpty()) {
            throw new AssertionError("the JSON does not read back: " + back.diagnostics());
        }
        if (!back.issue().equals(issue)) {
            throw new AssertionError(
                    "the JSON reads back to another issue:\n" + issue + "\n" + back.issue());
        }

        String markdown = MARKDOWN.render(issue);
        ParserContract.read(READ_BACK, ParseInput.of("issue.md", markdown));
        String text = PlainTextRenderer.builder().width(choices.textWidth()).build().render(issue);
        ParserContract.read(READ_BACK, ParseInput.of("issue.txt", text));
    }

    /** Writes {@code issues} as every kind of feed and checks each. */
    static void checkFeeds(List<Issue> issues, Choices choices) {
        for (FeedFormat format : FeedFormat.values()) {
            FeedWriter.Builder builder =
                    FeedWriter.builder()
                            .format(format)
                            .title(choices.feedTitle())
                            .description(choices.feedDescription())
                            .homepage(HOME)
                            .selfUri(HOME.resolve(format.id() + format.fileExtension()))
                            .granularity(choices.granularity())
                            .summaryOnly(choices.summaryOnly());
            String feed = builder.build().write(issues);
            switch (format) {
                case ATOM -> checkAtom(feed);
                case RSS -> checkRss(feed);
                case JSON_FEED -> checkJsonFeed(feed);
            }
        }
    }

    private static void checkAtom(String feed) {
        Document atom = WellFormed.xml(feed, "the Atom feed");
        for (String name : List.of("content", "summary", "title", "subtitle", "rights")) {
            NodeList nodes = atom.getElementsByTagNameNS(ATOM, name);
            for (int i = 0; i < nodes.getLength(); i++) {
                Element element = (Element) nodes.item(i);
                if (element.getAttribute("type").equals("html")) {
                    InertHtml.check(element.getTextContent(), "the Atom " + name);
                }
            }
        }
    }

    /** Readers show RSS descriptions and encoded content as HTML, so they must be inert. */
    private static void checkRss(String feed) {
        Document rss = WellFormed.xml(feed, "the RSS feed");
        NodeList descriptions = rss.getElementsByTagName("description");
        for (int i = 0; i < descriptions.getLength(); i++) {
            InertHtml.check(descriptions.item(i).getTextContent(), "an RSS description");
        }
        NodeList contents = rss.getElementsByTagNameNS(CONTENT_MODULE, "encoded");
        for (int i = 0; i < contents.getLength(); i++) {
            InertHtml.check(contents.item(i).getTextContent(), "an RSS content:encoded");
        }
    }

    private static void checkJsonFeed(String feed) {
        JsonNode json = WellFormed.json(feed, "the JSON Feed");
        if (!json.path("items").isArray()) {
            throw new AssertionError("the JSON Feed has no items array: " + feed);
        }
        for (JsonNode item : json.path("items")) {
            if (item.has("content_html")) {
                InertHtml.check(item.path("content_html").asText(), "a JSON Feed content_html");
            }
        }
    }
}
