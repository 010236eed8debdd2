package dev.newsletter;

import dev.newsletter.content.Figure;
import dev.newsletter.content.Image;
import dev.newsletter.content.Link;
import dev.newsletter.content.Paragraph;
import dev.newsletter.content.RawBlock;
import dev.newsletter.content.Text;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Realistic issues built in code, shared by the model tests. */
final class TestIssues {

    private TestIssues() {}

    static Entry read(String title, String url, String body, String contributor) {
        return Entry.builder()
                .title(title)
                .link(URI.create(url))
                .addBlock(Paragraph.of(body))
                .contributor(
                        contributor == null
                                ? null
                                : Person.of(
                                        contributor,
                                        URI.create(
                                                "https://example.org/people/"
                                                        + contributor.toLowerCase())))
                .build();
    }

    static Issue february() {
        return Issue.builder()
                .publication(
                        new Publication(
                                "Lab Notes",
                                "Applied machine learning, monthly",
                                URI.create("https://labnotes.example.org/")))
                .title("Lab Notes, February 2022")
                .edition("February 2022")
                .date(LocalDate.of(2022, 2, 1), DatePrecision.MONTH)
                .published(Instant.parse("2022-02-17T10:00:00Z"))
                .addAuthor(Person.of("Ada"))
                .addTag("newsletter")
                .addIntro(
                        Paragraph.of(
                                "Welcome to the February edition. This month: video, monitoring and three reads."))
                .addIntro(new RawBlock("<!-- more -->"))
                .addIntro(Paragraph.of("Thanks for reading."))
                .addSection(
                        Section.builder(SectionKind.RESEARCH)
                                .heading("New research! Video classification")
                                .title("Video classification")
                                .addBlock(
                                        Figure.of(
                                                Image.of(
                                                        "/img/conv.png",
                                                        "A convolution over frames")))
                                .addEntry(
                                        Entry.builder()
                                                .title("How convolutions work on video")
                                                .link(
                                                        URI.create(
                                                                "https://labnotes.example.org/2022/02/video.html"))
                                                .addBlock(
                                                        new Paragraph(
                                                                List.of(
                                                                        new Text("We compare "),
                                                                        Link.of(
                                                                                "3D kernels",
                                                                                "https://example.org/3d"),
                                                                        new Text(
                                                                                " with two-stream models."))))
                                                .build())
                                .build())
                .addSection(
                        Section.builder(SectionKind.READING)
                                .heading("Recommended reading")
                                .addBlock(
                                        Paragraph.of(
                                                "Our engineers share their favourite reads of the month:"))
                                .addEntry(
                                        read(
                                                "A ConvNet for the 2020s",
                                                "https://arxiv.org/abs/2201.03545",
                                                "Convolutions strike back.",
                                                "Andrew"))
                                .addEntry(
                                        read(
                                                "The Illustrated Retrieval Transformer",
                                                "https://example.org/retro",
                                                "Retrieval, drawn well.",
                                                "Melanie"))
                                .addEntry(
                                        read(
                                                "Another read by Andrew",
                                                "https://example.org/another",
                                                "More of the same.",
                                                "Andrew"))
                                .build())
                .metadata(Metadata.of(Map.of("preview_image", "/img/feb.png")))
                .source(Source.of("archive/2022-02.md", SourceFormat.MARKDOWN))
                .build();
    }
}
