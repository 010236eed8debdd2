package dev.newsletter.render;

import dev.newsletter.DatePrecision;
import dev.newsletter.Entry;
import dev.newsletter.Issue;
import dev.newsletter.Metadata;
import dev.newsletter.Person;
import dev.newsletter.Publication;
import dev.newsletter.Section;
import dev.newsletter.SectionKind;
import dev.newsletter.Source;
import dev.newsletter.SourceFormat;
import dev.newsletter.content.Code;
import dev.newsletter.content.CodeBlock;
import dev.newsletter.content.Emphasis;
import dev.newsletter.content.Figure;
import dev.newsletter.content.Heading;
import dev.newsletter.content.Image;
import dev.newsletter.content.LineBreak;
import dev.newsletter.content.Link;
import dev.newsletter.content.ListBlock;
import dev.newsletter.content.ListItem;
import dev.newsletter.content.Paragraph;
import dev.newsletter.content.Quote;
import dev.newsletter.content.RawBlock;
import dev.newsletter.content.RawInline;
import dev.newsletter.content.Rule;
import dev.newsletter.content.Strikethrough;
import dev.newsletter.content.Strong;
import dev.newsletter.content.Table;
import dev.newsletter.content.TableRow;
import dev.newsletter.content.Text;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Issues built in code for renderer tests: every block and inline kind, odd text, absent values.
 */
public final class ExchangeSamples {

    private ExchangeSamples() {}

    /** An issue using every block and inline kind, with odd characters and nested metadata. */
    public static Issue everything() {
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("width", 1200);
        nested.put("ratio", 1.5);
        nested.put("alt", null);
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("preview_image", "/images/cover.png");
        metadata.put("draft", false);
        metadata.put("weight", 7);
        metadata.put("image", nested);
        metadata.put("aliases", Arrays.asList("/old/path", "/older/path"));
        return Issue.builder()
                .publication(
                        new Publication(
                                "Lab Notes",
                                "Applied ML, monthly \u2014 since 2017",
                                URI.create("https://labnotes.example.org/")))
                .title("Lab Notes: \"Quotes\", <tags> & \u00e9mojis \ud83d\ude80")
                .edition("February 2022")
                .date(LocalDate.of(2022, 2, 1), DatePrecision.MONTH)
                .published(Instant.parse("2022-02-17T14:49:47Z"))
                .addAuthor(Person.of("Ada Lovelace", URI.create("https://ada.example/")))
                .addAuthor(Person.of("Grace"))
                .addTag("machine learning")
                .addTag("newsletter")
                .addIntro(
                        new Paragraph(
                                List.of(
                                        new Text("Welcome to the "),
                                        new Emphasis(List.of(new Text("February"))),
                                        new Text(" edition, with "),
                                        new Strong(List.of(new Text("bold"))),
                                        new Text(" claims, "),
                                        new Strikethrough(List.of(new Text("mistakes"))),
                                        new Text(", "),
                                        new Code("code()"),
                                        LineBreak.SOFT,
                                        new Text("and a "),
                                        new Link(
                                                "https://example.org/x?a=1&b=2",
                                                "Title \"here\"",
                                                List.of(new Text("link"))),
                                        LineBreak.HARD,
                                        new RawInline("<span class=\"x\">"),
                                        new Text("raw"),
                                        new RawInline("</span>"),
                                        new Text(" tab\there, nul-free \u2028 line separator."))))
                .addIntro(new RawBlock("<!-- more -->"))
                .addSection(
                        Section.builder(SectionKind.RESEARCH)
                                .heading("New research! Video classification")
                                .title("Video classification")
                                .addBlock(
                                        new Figure(
                                                new Image(
                                                        "/img/conv.png",
                                                        "A convolution",
                                                        "Figure 1"),
                                                List.of(new Text("Video convolution example"))))
                                .addBlock(Heading.of(3, "Background"))
                                .addBlock(new CodeBlock("python", "def f(x):\n    return x * 2\n"))
                                .addBlock(
                                        new Table(
                                                TableRow.of("Model", "Top-1"),
                                                List.of(
                                                        TableRow.of("ConvNeXt", "87.8%"),
                                                        TableRow.of("ViT", "85.1%"))))
                                .addEntry(
                                        Entry.builder()
                                                .title("Why and how convolutions work for video")
                                                .link(
                                                        URI.create(
                                                                "https://blog.example.org/2022/02/video.html"))
                                                .addBlock(
                                                        Quote.of(
                                                                Paragraph.of(
                                                                        "Where did these zebras come from?")))
                                                .addBlock(
                                                        new ListBlock(
                                                                true,
                                                                3,
                                                                List.of(
                                                                        ListItem.of(
                                                                                Paragraph.of(
                                                                                        "three")),
                                                                        ListItem.of(
                                                                                Paragraph.of(
                                                                                        "four")))))
                                                .addBlock(
                                                        ListBlock.bullets(
                                                                ListItem.of(
                                                                        Paragraph.of(
                                                                                "- not a bullet"),
                                                                        Paragraph.of(
                                                                                "1. not a number"))))
                                                .addBlock(new Rule())
                                                .build())
                                .build())
                .addSection(
                        Section.builder(SectionKind.READING)
                                .heading("")
                                .addBlock(
                                        Paragraph.of(
                                                "Our engineers share their favourite reads of the month."))
                                .addEntry(
                                        Entry.builder()
                                                .title("A ConvNet for the 2020s")
                                                .link(
                                                        URI.create(
                                                                "https://arxiv.org/abs/2201.03545"))
                                                .addBlock(
                                                        Paragraph.of(
                                                                "Convolutions strike back. *Not emphasis* _nor_ `code` [x](y)"))
                                                .contributor(
                                                        Person.of(
                                                                "Andrew",
                                                                URI.create(
                                                                        "https://example.org/andrew")))
                                                .build())
                                .addEntry(
                                        Entry.builder()
                                                .title("Untitled link-less read")
                                                .contributor(Person.of("Daniel"))
                                                .build())
                                .build())
                .addSection(
                        Section.builder()
                                .heading("Crate of the week")
                                .title("Crate of the week")
                                .build())
                .addSection(
                        Section.builder()
                                .heading("Community")
                                .title("Community")
                                .addBlock(Paragraph.of("Where to meet."))
                                .addSubsection(
                                        Section.builder(SectionKind.EVENTS)
                                                .heading("Upcoming events")
                                                .title("Upcoming events")
                                                .level(3)
                                                .addEntry(
                                                        Entry.builder()
                                                                .title("Berlin meetup")
                                                                .link(
                                                                        URI.create(
                                                                                "https://example.org/berlin"))
                                                                .build())
                                                .addSubsection(
                                                        Section.builder(
                                                                        SectionKind.of(
                                                                                "call-for-papers"))
                                                                .heading("Call for papers")
                                                                .title("Call for papers")
                                                                .level(5)
                                                                .addEntry(
                                                                        Entry.builder()
                                                                                .title(
                                                                                        "An entry without a link")
                                                                                .build())
                                                                .build())
                                                .build())
                                .build())
                .metadata(Metadata.of(metadata))
                .source(Source.of("archive/2022-02.md", SourceFormat.MARKDOWN))
                .build();
    }

    /** An issue where every optional value is absent. */
    public static Issue bare() {
        return Issue.builder().build();
    }
}
