package dev.newsletter.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsletter.DatePrecision;
import dev.newsletter.Issue;
import dev.newsletter.IssueReader;
import dev.newsletter.ParseInput;
import dev.newsletter.feed.FeedFormat;
import dev.newsletter.feed.FeedWriter;
import dev.newsletter.render.HtmlRenderer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Script in any place an issue can hold it — raw HTML in Markdown, inline HTML, a link or image
 * address, a front-matter title, an HTML email, a plain-text email — never reaches a page or a
 * feed's content as anything but text. Each vector of {@code hostile/html-vectors.txt} and {@code
 * hostile/url-vectors.txt} is tried in every place; the pages are read back as a browser parses
 * them ({@link InertHtml}, which the fuzz targets use too).
 */
class HostileMarkupTest {

    private static final URI BASE = URI.create("https://notes.example.org/");
    private static final IssueReader READER = IssueReader.create();
    private static final HtmlRenderer FRAGMENT = HtmlRenderer.builder().baseUri(BASE).build();
    private static final HtmlRenderer PAGE =
            HtmlRenderer.builder()
                    .standalone(true)
                    .baseUri(BASE)
                    .atomFeed(BASE.resolve("atom.xml"))
                    .build();
    private static final FeedWriter ATOM =
            FeedWriter.builder().format(FeedFormat.ATOM).title("Notes").homepage(BASE).build();

    /** Where markup can stand in an issue, as a function of the markup. */
    private static final List<Place> MARKUP_PLACES =
            List.of(
                    new Place("markdown-block", v -> markdown("Before.\n\n" + v + "\n\nAfter.")),
                    new Place("markdown-inline", v -> markdown("Some " + v + " text.")),
                    new Place("markdown-item", v -> markdown("- [Item](https://ok.example/) " + v)),
                    new Place("front-matter-title", v -> markdownTitled(v)),
                    new Place("html-email", v -> htmlEmail("<p>Before.</p>" + v + "<p>After.</p>")),
                    new Place("text-email", v -> textEmail(v)));

    /** Where an address can stand in an issue, as a function of the address. */
    private static final List<Place> ADDRESS_PLACES =
            List.of(
                    new Place("markdown-link", v -> markdown("Read [this](<" + v + ">) now.")),
                    new Place("markdown-image", v -> markdown("![a picture](<" + v + ">)")),
                    new Place(
                            "markdown-reference",
                            v -> markdown("Read [this][x] now.\n\n[x]: <" + v + ">")),
                    new Place("html-email-link", v -> htmlEmail(link("a", "href", v))),
                    new Place("html-email-image", v -> htmlEmail(link("img", "src", v))));

    private record Place(String name, Function<String, ParseInput> source) {}

    static List<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (String vector : vectors("hostile/html-vectors.txt")) {
            for (Place place : MARKUP_PLACES) {
                cases.add(Arguments.of(place.name(), vector, place.source().apply(vector)));
            }
        }
        for (String vector : vectors("hostile/url-vectors.txt")) {
            for (Place place : ADDRESS_PLACES) {
                cases.add(Arguments.of(place.name(), vector, place.source().apply(vector)));
            }
        }
        return cases;
    }

    @Test
    void everyVectorIsTriedInEveryPlace() {
        assertThat(vectors("hostile/html-vectors.txt")).hasSizeGreaterThanOrEqualTo(100);
        assertThat(cases()).hasSizeGreaterThan(600);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void pagesAndFeedContentStayInert(String place, String vector, ParseInput source) {
        Issue issue = READER.read(source).issue();

        InertHtml.check(FRAGMENT.render(issue), "the fragment");
        InertHtml.check(PAGE.render(issue), "the page");
        // Feeds leave undated issues out; a text email may name no day.
        Issue dated = issue.toBuilder().date(LocalDate.of(2024, 6, 3), DatePrecision.DAY).build();
        Document feed = Jsoup.parse(ATOM.write(List.of(dated)), "", Parser.xmlParser());
        assertThat(feed.select("entry > content")).hasSize(1);
        for (Element content : feed.select("entry > content")) {
            InertHtml.check(content.text(), "the Atom content");
        }
    }

    @Test
    void theCheckSeesWhatItLooksFor() {
        assertThatCode(
                        () ->
                                InertHtml.check(
                                        "<p>Fine <a href=\"https://ok.example/\">link</a></p>",
                                        "ok"))
                .doesNotThrowAnyException();
        for (String active :
                List.of(
                        "<img src=x onerror=alert(1)>",
                        "<a href=\" java\tscript:alert(1)\">x</a>",
                        "<svg><script>alert(1)</script></svg>",
                        "<meta http-equiv=refresh content=0>",
                        "<div style=\"background:url(javascript:alert(1))\">x</div>")) {
            assertThatThrownBy(() -> InertHtml.check(active, "vector"))
                    .as(active)
                    .isInstanceOf(AssertionError.class);
        }
    }

    private static ParseInput markdown(String body) {
        return ParseInput.of(
                "hostile.md", "---\ntitle: Hostile notes\ndate: 2024-06-03\n---\n\n" + body + "\n");
    }

    private static ParseInput markdownTitled(String title) {
        String quoted = "'" + title.replace("'", "''") + "'";
        return ParseInput.of(
                "hostile.md", "---\ntitle: " + quoted + "\ndate: 2024-06-03\n---\n\nText.\n");
    }

    private static ParseInput htmlEmail(String body) {
        return ParseInput.of(
                "hostile.html",
                "<!DOCTYPE html><html><head><title>Hostile notes</title></head><body>"
                        + "<h1>June 2024</h1>"
                        + body
                        + "</body></html>");
    }

    private static ParseInput textEmail(String line) {
        return ParseInput.of(
                "hostile.txt", "Hostile notes\n\nJune 2024\n\nBefore.\n\n" + line + "\n\nAfter.\n");
    }

    private static String link(String element, String attribute, String address) {
        String quoted = address.replace("&", "&amp;").replace("\"", "&quot;");
        return "<p><" + element + " " + attribute + "=\"" + quoted + "\">x</" + element + "></p>";
    }

    private static List<String> vectors(String resource) {
        try (InputStream in = HostileMarkupTest.class.getResourceAsStream("/" + resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("# "))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
