package dev.newsletter.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.newsletter.Entry;
import dev.newsletter.Issue;
import dev.newsletter.Person;
import dev.newsletter.Section;
import dev.newsletter.SectionKind;
import dev.newsletter.content.Paragraph;
import dev.newsletter.content.RawBlock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** Whatever the issues hold, the output is well-formed, valid and safe. */
class HostileContentTest {

    private static FeedWriter writer(FeedFormat format, FeedGranularity granularity) {
        return FeedWriter.builder()
                .format(format)
                .title("Lab Notes")
                .homepage(SampleArchive.HOME)
                .granularity(granularity)
                .build();
    }

    private static Issue issueOf(String text) {
        return Issue.builder()
                .title(text)
                .date(LocalDate.of(2022, 11, 15))
                .addTag(text)
                .addIntro(Paragraph.of(text))
                .addIntro(new RawBlock(text))
                .addSection(
                        Section.builder(SectionKind.READING)
                                .heading(text)
                                .addEntry(
                                        Entry.builder()
                                                .title(text)
                                                .addBlock(Paragraph.of(text))
                                                .contributor(
                                                        text.isBlank() ? null : Person.of(text))
                                                .build())
                                .build())
                .build();
    }

    @Test
    void anyTextGivesValidAtomAndWellFormedRssAndJson() {
        qt().withFixedSeed(4287L)
                .withExamples(150)
                .forAll(strings().allPossible().ofLengthBetween(0, 30))
                .checkAssert(
                        text -> {
                            List<Issue> issues = List.of(issueOf(text));
                            for (FeedGranularity granularity : FeedGranularity.values()) {
                                assertThat(
                                                AtomChecks.problems(
                                                        writer(FeedFormat.ATOM, granularity)
                                                                .write(issues)))
                                        .as(
                                                "%s",
                                                text.codePoints()
                                                        .mapToObj(Integer::toHexString)
                                                        .toList())
                                        .isEmpty();
                                AtomChecks.parse(writer(FeedFormat.RSS, granularity).write(issues));
                                FeedReading.rssItems(
                                        writer(FeedFormat.RSS, granularity).write(issues));
                                FeedReading.jsonItems(
                                        writer(FeedFormat.JSON_FEED, granularity).write(issues));
                            }
                        });
    }

    @ParameterizedTest
    @EnumSource(FeedGranularity.class)
    void markupInTheIssuesNeverBecomesMarkupInTheContent(FeedGranularity granularity) {
        Document atom =
                AtomChecks.parse(
                        writer(FeedFormat.ATOM, granularity).write(SampleArchive.issues()));

        NodeList contents = atom.getElementsByTagNameNS(AtomChecks.ATOM, "content");
        assertThat(contents.getLength()).isGreaterThan(0);
        StringBuilder html = new StringBuilder();
        for (int i = 0; i < contents.getLength(); i++) {
            html.append(contents.item(i).getTextContent());
        }
        // The decoded HTML: the hostile issue's script is text, its unsafe links are gone.
        assertThat(html.toString())
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; friends ]]&gt;")
                .doesNotContain("<script", "javascript:", "data:text", "onerror", "<img src=x");
    }

    @Test
    void markupInTheTitleOrTaglineStaysTextInTheRssChannelDescription() {
        // Readers show an RSS description as HTML, so its text must be HTML-escaped inside the
        // XML escaping; found by ParseRenderFeedFuzzTest.
        Issue untagged = issueOf("Notes");
        Issue tagged =
                untagged.toBuilder()
                        .publication(
                                untagged.publication()
                                        .withTagline("<script>alert(1)</script> & tips"))
                        .build();
        String byTitle =
                FeedWriter.builder()
                        .format(FeedFormat.RSS)
                        .title("Lab <img src=x onerror=alert(1)> Notes")
                        .homepage(SampleArchive.HOME)
                        .build()
                        .write(List.of(untagged));
        String byTagline = writer(FeedFormat.RSS, FeedGranularity.ISSUE).write(List.of(tagged));

        assertThat(channelDescription(byTitle))
                .isEqualTo("Lab &lt;img src=x onerror=alert(1)&gt; Notes");
        assertThat(channelDescription(byTagline))
                .isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt; &amp; tips");
    }

    private static String channelDescription(String rss) {
        Document document = AtomChecks.parse(rss);
        NodeList channel = document.getDocumentElement().getElementsByTagName("channel");
        for (var node = channel.item(0).getFirstChild();
                node != null;
                node = node.getNextSibling()) {
            if (node.getNodeName().equals("description")) {
                return node.getTextContent();
            }
        }
        throw new AssertionError("no channel description in " + rss);
    }

    @ParameterizedTest
    @EnumSource(FeedFormat.class)
    void charactersXmlForbidsAreRemovedAndTheRestKept(FeedFormat format) {
        String text = writer(format, FeedGranularity.ISSUE).write(SampleArchive.issues());

        assertThat(text.codePoints().filter(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t'))
                .isEmpty();
        // Removed, not replaced: no U+FFFD marks where the forbidden characters were.
        assertThat(text)
                .doesNotContain("\uD800", "\uFFFE", "\uFFFD", "\\u0001", "\\u0007")
                .contains("CDATA end ]]");
    }

    @Test
    void relativeLinksAndImagesBecomeAbsolute() {
        Document atom =
                AtomChecks.parse(
                        writer(FeedFormat.ATOM, FeedGranularity.ISSUE)
                                .write(SampleArchive.issues()));

        String html =
                atom.getElementsByTagNameNS(AtomChecks.ATOM, "content")
                        .item(0)
                        .getOwnerDocument()
                        .getDocumentElement()
                        .getTextContent();
        assertThat(html)
                .contains("href=\"https://lab.example.org/2021/01/recap.html\"")
                .contains("src=\"https://lab.example.org/images/2020/causal-graph.png\"")
                // "../images" from /newsletters/ climbs to the site root
                .contains("src=\"https://lab.example.org/images/2021/few-shot.svg\"")
                .doesNotContain("href=\"/", "src=\"/", "src=\"../");
    }
}
