package dev.newsletter.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsletter.Entry;
import dev.newsletter.Issue;
import dev.newsletter.Section;
import dev.newsletter.SectionKind;
import dev.newsletter.content.Image;
import dev.newsletter.content.Link;
import dev.newsletter.content.Paragraph;
import dev.newsletter.content.RawBlock;
import dev.newsletter.content.RawInline;
import dev.newsletter.content.Text;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class HtmlRendererTest {

    /** Elements that run code or load active content, whatever their attributes. */
    private static final List<String> ACTIVE_TAGS =
            List.of(
                    "script",
                    "iframe",
                    "object",
                    "embed",
                    "frame",
                    "frameset",
                    "applet",
                    "base",
                    "form",
                    "textarea",
                    "style",
                    "svg",
                    "math",
                    "meta",
                    "link");

    @Test
    void hostileIssueRendersWithNothingActive() {
        for (boolean standalone : new boolean[] {false, true}) {
            String html =
                    HtmlRenderer.builder()
                            .standalone(standalone)
                            .build()
                            .render(SampleIssues.hostile());
            Document document = Jsoup.parse(html);
            Element scope = standalone ? document.body() : document;

            for (String tag : ACTIVE_TAGS) {
                assertThat(scope.select(tag)).as("<%s> elements", tag).isEmpty();
            }
            for (Element element : document.getAllElements()) {
                for (Attribute attribute : element.attributes()) {
                    String name = attribute.getKey().toLowerCase(Locale.ROOT);
                    assertThat(name)
                            .as("attribute of <%s>", element.tagName())
                            .doesNotStartWith("on");
                    assertThat(name).isNotEqualTo("style");
                    if (name.equals("href") || name.equals("src") || name.equals("action")) {
                        String url =
                                attribute
                                        .getValue()
                                        .replaceAll("[\\s\\p{Cntrl}]", "")
                                        .toLowerCase(Locale.ROOT);
                        assertThat(url)
                                .doesNotStartWith("javascript:")
                                .doesNotStartWith("vbscript:")
                                .doesNotStartWith("data:");
                    }
                }
            }
            // the words survive as text
            assertThat(scope.text())
                    .contains("<script>alert(1)</script> and </textarea> stay text")
                    .contains("kept words")
                    .contains("Click \"me\" <now>")
                    .contains("Mallory");
        }
    }

    @Test
    void standalonePageHasOneScriptFreeHeadWithEscapedTitleAndDescription() {
        String html =
                HtmlRenderer.builder().standalone(true).build().render(SampleIssues.hostile());
        Document document = Jsoup.parse(html);

        assertThat(document.title()).isEqualTo("<script>alert('title')</script>");
        assertThat(document.select("script")).isEmpty();
        assertThat(document.select("meta[name=description]").attr("content"))
                .isEqualTo("\"><script>alert('summary')</script>");
        assertThat(document.select("meta[http-equiv=Content-Security-Policy]").attr("content"))
                .contains("default-src 'none'");
    }

    @Test
    void rawHtmlIsSanitisedButKeepsHarmlessMarkup() {
        Issue issue =
                Issue.builder()
                        .addIntro(
                                new RawBlock(
                                        "<p>A <em>kept</em> <a href=\"/about\" onclick=\"x()\">link</a></p>"))
                        .addIntro(
                                Paragraph.of(
                                        new Text("a "),
                                        new RawInline("<sup>"),
                                        new Text("2"),
                                        new RawInline("</sup>"),
                                        new Text(" b")))
                        .build();

        String html = HtmlRenderer.create().render(issue);

        assertThat(html)
                .contains("<p>A <em>kept</em> <a href=\"/about\">link</a></p>")
                .contains("<p>a <sup>2</sup> b</p>");
    }

    @Test
    void allowRawHtmlPassesRawHtmlThroughUnchanged() {
        String raw =
                "<blockquote class=\"twitter-tweet\"><p>hi</p></blockquote>\n"
                        + "<script async src=\"https://platform.example.com/widgets.js\"></script>";
        Issue issue = Issue.builder().addIntro(new RawBlock(raw)).build();

        String trusted =
                HtmlRenderer.builder().allowRawHtml(true).standalone(true).build().render(issue);
        String safe = HtmlRenderer.builder().standalone(true).build().render(issue);

        assertThat(trusted).contains(raw).doesNotContain("Content-Security-Policy");
        assertThat(safe)
                .doesNotContain("<script")
                .doesNotContain("twitter-tweet")
                .contains("<p>hi</p>");
    }

    @Test
    void allowRawHtmlStillRefusesUnsafeUrlsOfTheModel() {
        Issue issue =
                Issue.builder().addIntro(Paragraph.of(Link.of("x", "javascript:alert(1)"))).build();

        String html = HtmlRenderer.builder().allowRawHtml(true).build().render(issue);

        assertThat(Jsoup.parse(html).select("a")).isEmpty();
        assertThat(html).contains("<p>x</p>");
    }

    @Test
    void relativeLinksAndImagesResolveAgainstTheBaseUri() {
        Issue issue =
                Issue.builder()
                        .addIntro(
                                Paragraph.of(
                                        Link.of("about", "../about/"),
                                        new Text(" "),
                                        Link.of("elsewhere", "https://other.example/x"),
                                        new Text(" "),
                                        Image.of("/images/a.png", "a"),
                                        new Text(" "),
                                        Link.of("top", "#top")))
                        .addIntro(new RawBlock("<img src=\"pics/b.png\" alt=\"b\">"))
                        .addSection(
                                Section.builder(SectionKind.READING)
                                        .addEntry(
                                                Entry.builder()
                                                        .title("t")
                                                        .link(URI.create("post.html"))
                                                        .build())
                                        .build())
                        .build();
        HtmlRenderer renderer =
                HtmlRenderer.builder()
                        .baseUri(URI.create("https://news.example.com/2023/05/issue.html"))
                        .build();

        Document document = Jsoup.parse(renderer.render(issue));

        assertThat(document.select("a").eachAttr("href"))
                .containsExactly(
                        "https://news.example.com/2023/about/",
                        "https://other.example/x",
                        "https://news.example.com/2023/05/issue.html#top",
                        "https://news.example.com/2023/05/post.html");
        assertThat(document.select("img").eachAttr("src"))
                .containsExactly(
                        "https://news.example.com/images/a.png",
                        "https://news.example.com/2023/05/pics/b.png");
    }

    @Test
    void withoutBaseUriRelativeUrlsStayRelative() {
        Issue issue =
                Issue.builder()
                        .addIntro(
                                Paragraph.of(
                                        Link.of("about", "../about/"),
                                        Image.of("/images/a.png", "a")))
                        .addIntro(new RawBlock("<a href=\"/raw\">raw</a>"))
                        .build();

        Document document = Jsoup.parse(HtmlRenderer.create().render(issue));

        assertThat(document.select("a").eachAttr("href")).containsExactly("../about/", "/raw");
        assertThat(document.select("img").attr("src")).isEqualTo("/images/a.png");
    }

    @Test
    void fragmentIsOneArticleWithSemanticSectionsAndEntries() {
        String html = HtmlRenderer.create().render(SampleIssues.monthly());
        Document document = Jsoup.parseBodyFragment(html);

        assertThat(document.body().children()).hasSize(1);
        Element article = document.body().child(0);
        assertThat(article.tagName()).isEqualTo("article");
        assertThat(article.select("> header > h1").text())
                .isEqualTo("Signal Notes March Newsletter");
        assertThat(article.select("> section").eachAttr("class"))
                .containsExactly(
                        "kind-research",
                        "kind-prototypes",
                        "kind-livestreams",
                        "kind-reading",
                        "kind-events kind-other");
        Element reading = article.selectFirst("> section.kind-reading");
        assertThat(reading.select("> h2").text()).isEqualTo("Recommended reading");
        assertThat(reading.select("> article.entry > h3").eachText())
                .containsExactly(
                        "Attention is not all you need, sometimes",
                        "Notes on data contracts",
                        "Visualising loss landscapes");
        assertThat(reading.select("> article.entry > footer.contributor").eachText())
                .containsExactly("— Ada", "— Jonas", "— Mei");
        assertThat(article.select("time").attr("datetime")).isEqualTo("2023-03-14");
        assertThat(html).doesNotContain("<!DOCTYPE", "<head>", "<style", "<meta", "<main");
    }

    @Test
    void standalonePageAnnouncesFeedsAndCarriesTheStylesheet() {
        HtmlRenderer renderer =
                HtmlRenderer.builder()
                        .standalone(true)
                        .language("de-CH")
                        .atomFeed(URI.create("https://notes.example.org/atom.xml"))
                        .rssFeed(URI.create("https://notes.example.org/rss.xml"))
                        .build();

        Document document = Jsoup.parse(renderer.render(SampleIssues.monthly()));

        assertThat(document.select("html").attr("lang")).isEqualTo("de-CH");
        assertThat(document.select("link[rel=alternate]").eachAttr("type"))
                .containsExactly("application/atom+xml", "application/rss+xml");
        assertThat(document.select("link[rel=alternate]").eachAttr("href"))
                .containsExactly(
                        "https://notes.example.org/atom.xml", "https://notes.example.org/rss.xml");
        String css = document.select("head > style").html();
        assertThat(css).contains("prefers-color-scheme: dark").contains("max-width");
        assertThat(document.select("meta[name=viewport]")).hasSize(1);
        assertThat(document.select("time").text()).isEqualTo("14 März 2023");
        assertThat(document.select("body > main > article.issue")).hasSize(1);
    }

    @Test
    void readingTimeFollowsTheConfiguredSpeed() {
        Issue issue = Issue.builder().addIntro(Paragraph.of("word ".repeat(600).strip())).build();

        String standard =
                Jsoup.parse(HtmlRenderer.create().render(issue)).select(".reading-time").text();
        String slow =
                Jsoup.parse(HtmlRenderer.builder().wordsPerMinute(100).build().render(issue))
                        .select(".reading-time")
                        .text();

        assertThat(standard)
                .isEqualTo(issue.readingMinutes() + " min read")
                .isEqualTo("3 min read");
        assertThat(slow).isEqualTo("6 min read");
    }

    @Test
    void oneEntryRendersAloneWithAbsoluteSafeUrls() {
        Entry entry =
                Entry.builder()
                        .title("Relative <read>")
                        .link(URI.create("posts/read.html"))
                        .addBlock(Paragraph.of(Image.of("../img/a.png", "a")))
                        .addBlock(new RawBlock("<p onclick=\"x()\">raw</p>"))
                        .contributor(
                                dev.newsletter.Person.of("Ada", URI.create("javascript:alert(1)")))
                        .build();
        HtmlRenderer renderer =
                HtmlRenderer.builder()
                        .standalone(true)
                        .baseUri(URI.create("https://news.example.com/2023/"))
                        .build();

        String html = renderer.renderEntry(entry);

        assertThat(html)
                .isEqualTo(
                        "<article class=\"entry\">\n"
                                + "<h3><a href=\"https://news.example.com/2023/posts/read.html\">Relative &lt;read&gt;</a></h3>\n"
                                + "<p><img src=\"https://news.example.com/img/a.png\" alt=\"a\" loading=\"lazy\"></p>\n"
                                + "<p>raw</p>\n"
                                + "<footer class=\"contributor\">\u2014 Ada</footer>\n"
                                + "</article>\n");
    }

    @Test
    void builderRefusesBadConfiguration() {
        assertThatThrownBy(() -> HtmlRenderer.builder().baseUri(URI.create("relative/")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("absolute");
        assertThatThrownBy(() -> HtmlRenderer.builder().wordsPerMinute(0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HtmlRenderer.builder().language(" "))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void oneRendererServesManyThreads() throws Exception {
        HtmlRenderer renderer = HtmlRenderer.builder().standalone(true).build();
        String expected = renderer.render(SampleIssues.monthly());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                results.add(pool.submit(() -> renderer.render(SampleIssues.monthly())));
            }
            for (Future<String> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
    }
}
