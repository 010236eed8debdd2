package dev.newsletter.feed;

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
import dev.newsletter.content.Emphasis;
import dev.newsletter.content.Figure;
import dev.newsletter.content.Image;
import dev.newsletter.content.Link;
import dev.newsletter.content.ListBlock;
import dev.newsletter.content.ListItem;
import dev.newsletter.content.Paragraph;
import dev.newsletter.content.RawBlock;
import dev.newsletter.content.RawInline;
import dev.newsletter.content.Strong;
import dev.newsletter.content.Text;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A made-up archive in the shape of a monthly applied-ML lab newsletter (written for these tests,
 * not copied from any corpus): research posts, prototypes, a livestream link that recurs month
 * after month, reading lists with contributors, relative image links, two issues on one day, a
 * month-precision issue, a front-matter id and publication instant, an undated issue, and a hostile
 * issue full of characters XML forbids and markup that must not run.
 */
final class SampleArchive {

    static final URI HOME = URI.create("https://lab.example.org/newsletters/");
    static final Publication LAB =
            new Publication(
                    "Lab Notes",
                    "Applied machine learning, monthly",
                    URI.create("https://lab.example.org/"));

    static final Person ANDREW =
            Person.of("Andrew", URI.create("https://people.example.net/andrew"));
    static final Person MELANIE =
            Person.of("Melanie", URI.create("https://people.example.net/mel"));
    static final Person DANIEL = Person.of("Daniel");
    static final Person SHIOULIN = Person.of("Shioulin", URI.create("/team/shioulin"));

    /** The livestream link that recurs in several issues. */
    static final URI LIVESTREAM = URI.create("https://video.example.com/watch?v=ml-live-01");

    private SampleArchive() {}

    /** Every issue of the archive, oldest first, the undated one last. */
    static List<Issue> issues() {
        List<Issue> issues = new ArrayList<>();
        issues.add(
                issue(
                                "2020-06",
                                LocalDate.of(2020, 6, 24),
                                DatePrecision.DAY,
                                "Lab Notes June 2020")
                        .addIntro(
                                Paragraph.of(
                                        "Welcome to the first issue: causal inference, a prototype and reads."))
                        .metadata(
                                Metadata.of(
                                        Map.of("preview_image", "/images/2020/causal-graph.png")))
                        .addSection(
                                research(
                                        "Causality for machine learning",
                                        URI.create("/2020/06/causality.html"),
                                        "Why correlation is not enough once a model leaves the lab.",
                                        new Figure(
                                                Image.of(
                                                        "/images/2020/causal-graph.png",
                                                        "A causal graph"),
                                                List.of(new Text("A small causal graph")))))
                        .addSection(
                                reading(
                                        entry(
                                                "Invariant Risk Minimization",
                                                "https://arxiv.example.org/abs/1907.02893",
                                                "Learning features that stay predictive across environments.",
                                                ANDREW),
                                        entry(
                                                "The Book of Why",
                                                "https://books.example.com/book-of-why",
                                                "A readable history of causal reasoning.",
                                                MELANIE)))
                        .build());
        issues.add(
                issue("2020-07", LocalDate.of(2020, 7, 1), DatePrecision.MONTH, "")
                        .edition("July 2020")
                        .addIntro(Paragraph.of("A short summer issue."))
                        .addSection(
                                livestreams(
                                        entry(
                                                "Fast Forward Live: causal inference",
                                                LIVESTREAM.toString(),
                                                "Replay of our first livestream.",
                                                null)))
                        .addSection(
                                reading(
                                        entry(
                                                "Structural Time Series",
                                                "https://blog.example.com/sts/",
                                                "Forecasting with interpretable components.",
                                                DANIEL)))
                        .build());
        issues.add(
                issue(
                                "2020-08",
                                LocalDate.of(2020, 8, 19),
                                DatePrecision.DAY,
                                "Lab Notes August 2020")
                        .addIntro(
                                Paragraph.of(
                                        new Text("Deep metric learning, and "),
                                        new Emphasis(List.of(new Text("more"))),
                                        new Text(" livestreams.")))
                        .addSection(
                                research(
                                        "Deep metric learning",
                                        URI.create("https://lab.example.org/2020/08/dml.html"),
                                        "Learning distances that mean something.",
                                        null))
                        .addSection(
                                livestreams(
                                        entry(
                                                "Fast Forward Live: causal inference",
                                                "https://www.video.example.com/watch?v=ml-live-01",
                                                "Still worth a replay.",
                                                null)))
                        .addSection(
                                reading(
                                        entry(
                                                "Invariant Risk Minimization",
                                                "https://arxiv.example.org/abs/1907.02893",
                                                "Recommended again, because it keeps coming up.",
                                                SHIOULIN),
                                        entry(
                                                "Self-training with Noisy Student",
                                                "https://arxiv.example.org/abs/1911.04252",
                                                "Pseudo-labels done at scale.",
                                                ANDREW)))
                        .build());
        issues.add(
                issue(
                                "2020-10",
                                LocalDate.of(2020, 10, 21),
                                DatePrecision.DAY,
                                "Lab Notes October 2020")
                        .addIntro(
                                Paragraph.of(
                                        "Interpretability for NLP models and an applied prototype."))
                        .addSection(
                                Section.builder(SectionKind.PROTOTYPES)
                                        .heading("New prototypes!")
                                        .addEntry(
                                                entry(
                                                        "Churn modelling prototype",
                                                        "https://code.example.com/lab/churn",
                                                        "An end-to-end churn model with explanations.",
                                                        null))
                                        .build())
                        .addSection(
                                reading(
                                        entry(
                                                "Attention is not Explanation",
                                                "https://arxiv.example.org/abs/1902.10186",
                                                "A careful look at attention weights.",
                                                MELANIE)))
                        .build());
        issues.add(
                issue(
                                "2021-01",
                                LocalDate.of(2021, 1, 20),
                                DatePrecision.DAY,
                                "Lab Notes January 2021")
                        .addIntro(
                                Paragraph.of(
                                        new Text("Happy new year! "),
                                        new Link(
                                                "/2021/01/recap.html",
                                                "",
                                                List.of(new Text("Our 2020 recap"))),
                                        new Text(" is up.")))
                        .addSection(
                                research(
                                        "Few-shot text classification",
                                        URI.create("/2021/01/few-shot.html"),
                                        "Classifying text with a handful of labels.",
                                        new Figure(
                                                Image.of(
                                                        "../images/2021/few-shot.svg",
                                                        "Embedding space"),
                                                List.of())))
                        .addSection(
                                livestreams(
                                        entry(
                                                "Fast Forward Live: causal inference",
                                                LIVESTREAM.toString(),
                                                "The replay people keep asking for.",
                                                null)))
                        .build());
        issues.add(
                issue(
                                "2021-03",
                                LocalDate.of(2021, 3, 15),
                                DatePrecision.DAY,
                                "Lab Notes March 2021")
                        .addIntro(Paragraph.of("Our regular March issue."))
                        .addSection(
                                reading(
                                        entry(
                                                "Why Machine Learning is Hard",
                                                "https://essays.example.com/ml-hard",
                                                "Debugging in a space of models.",
                                                DANIEL)))
                        .build());
        issues.add(
                issue(
                                "2021-03-conference",
                                LocalDate.of(2021, 3, 15),
                                DatePrecision.DAY,
                                "Lab Notes special: conference recap")
                        .addIntro(
                                Paragraph.of(
                                        "A second issue on the same day: notes from the conference."))
                        .addSection(
                                Section.builder(SectionKind.OTHER)
                                        .heading("Talks we liked")
                                        .title("Talks we liked")
                                        .addEntry(
                                                entry(
                                                        "Data-centric AI",
                                                        "https://talks.example.com/data-centric",
                                                        "Better data beats bigger models.",
                                                        MELANIE))
                                        .build())
                        .build());
        issues.add(
                issue(
                                "2021-06",
                                LocalDate.of(2021, 6, 25),
                                DatePrecision.DAY,
                                "Lab Notes June 2021")
                        .published(Instant.parse("2021-06-25T14:49:47Z"))
                        .addAuthor(
                                Person.of(
                                        "The Lab Notes team",
                                        URI.create("https://lab.example.org/team")))
                        .addTag("anomaly detection")
                        .addIntro(
                                Paragraph.of(
                                        "Anomaly detection, with a front-matter publication time."))
                        .addSection(
                                research(
                                        "Deep learning for anomaly detection",
                                        URI.create("/2021/06/anomalies.html"),
                                        "From autoencoders to flows.",
                                        null))
                        .addSection(
                                reading(
                                        entry(
                                                "Isolation Forest",
                                                "https://papers.example.org/iforest",
                                                "Still the baseline to beat.",
                                                ANDREW)))
                        .build());
        issues.add(
                issue(
                                "2021-11",
                                LocalDate.of(2021, 11, 17),
                                DatePrecision.DAY,
                                "Lab Notes November 2021")
                        .metadata(
                                Metadata.of(
                                        Map.of(
                                                "id",
                                                "urn:uuid:7d1c7a52-52f4-4f3a-9a3e-2f6c8e1b0d11",
                                                "image",
                                                "https://cdn.example.net/covers/2021-11.jpg")))
                        .addIntro(
                                Paragraph.of(
                                        "An issue that states its own id in its front matter."))
                        .addSection(
                                reading(
                                        entry(
                                                "Representation learning for software engineers",
                                                "https://video.example.com/watch?v=replearn",
                                                "A talk for practitioners.",
                                                null),
                                        entry(
                                                "",
                                                "https://notes.example.com/untitled",
                                                "An entry with no title: its first words stand in for one.",
                                                DANIEL)))
                        .build());
        issues.add(
                issue(
                                "2022-02",
                                LocalDate.of(2022, 2, 17),
                                DatePrecision.DAY,
                                "Lab Notes February 2022")
                        .addIntro(Paragraph.of("Video understanding and convolutions."))
                        .addSection(
                                research(
                                        "Convolutions for video classification",
                                        URI.create("/2022/01/video.html"),
                                        "Space and time in one kernel.",
                                        Paragraph.of(
                                                new Image(
                                                        "/images/2022/video-conv.png",
                                                        "Video convolution",
                                                        ""))))
                        .addSection(
                                reading(
                                        entry(
                                                "A ConvNet for the 2020s",
                                                "https://arxiv.example.org/abs/2201.03545",
                                                "Modernising a ResNet step by step.",
                                                ANDREW),
                                        entry(
                                                "The Illustrated Retrieval Transformer",
                                                "http://blog.example.com/retro/",
                                                "Language models that look things up.",
                                                MELANIE)))
                        .build());
        issues.add(
                issue(
                                "2022-11",
                                LocalDate.of(2022, 11, 15),
                                DatePrecision.DAY,
                                "Lab Notes \u0001November\u0007 2022 & <friends>")
                        .addIntro(
                                Paragraph.of(
                                        new Text(
                                                "Bad bytes \u0000\u0008\u000B\u000C\u001F, "
                                                        + "a lone surrogate \uD800 and \uFFFE, CDATA end ]]> and ampersands & more.")))
                        .addIntro(new RawBlock("<script>alert('feed')</script>"))
                        .addSection(
                                reading(
                                        entry(
                                                "<script>alert(1)</script> & friends ]]>",
                                                "javascript:alert(1)",
                                                "Text that looks like markup: <b>bold</b> </content> ]]> &amp;",
                                                Person.of("Eve\u0007")),
                                        Entry.builder()
                                                .title("Synthetic images for classification")
                                                .link(
                                                        URI.create(
                                                                "https://lab.example.org/2022/11/synthetic.html"))
                                                .addBlock(
                                                        Paragraph.of(
                                                                new Text(
                                                                        "Zebras from horses, with "),
                                                                new RawInline(
                                                                        "<img src=x onerror=alert(1)>"),
                                                                new Strong(
                                                                        List.of(new Text("care"))),
                                                                new Text(".")))
                                                .addBlock(
                                                        ListBlock.bullets(
                                                                ListItem.of(
                                                                        Paragraph.of(
                                                                                "one \u0002point")),
                                                                ListItem.of(
                                                                        Paragraph.of(
                                                                                new Link(
                                                                                        "data:text/html,<script>x</script>",
                                                                                        "",
                                                                                        List.of(
                                                                                                new Text(
                                                                                                        "a data link")))))))
                                                .contributor(MELANIE)
                                                .build()))
                        .build());
        issues.add(
                Issue.builder()
                        .publication(LAB)
                        .title("An undated draft")
                        .source(Source.of("archive/draft.md", SourceFormat.MARKDOWN))
                        .addIntro(Paragraph.of("No date, so no place in a feed."))
                        .build());
        return List.copyOf(issues);
    }

    private static Issue.Builder issue(
            String file, LocalDate date, DatePrecision precision, String title) {
        return Issue.builder()
                .publication(LAB)
                .title(title)
                .date(date, precision)
                .source(Source.of("archive/" + file + ".md", SourceFormat.MARKDOWN));
    }

    private static Section research(
            String title, URI link, String text, dev.newsletter.content.Block extra) {
        Entry.Builder entry = Entry.builder().title(title).link(link).addBlock(Paragraph.of(text));
        if (extra != null) {
            entry.addBlock(extra);
        }
        return Section.builder(SectionKind.RESEARCH)
                .heading("New research! " + title)
                .title(title)
                .addEntry(entry.build())
                .build();
    }

    private static Section livestreams(Entry... entries) {
        return Section.builder(SectionKind.LIVESTREAMS)
                .heading("Fast Forward Live!")
                .entries(List.of(entries))
                .build();
    }

    private static Section reading(Entry... entries) {
        return Section.builder(SectionKind.READING)
                .heading("Recommended reading")
                .addBlock(
                        Paragraph.of(
                                "Our research engineers share their favourite reads of the month."))
                .entries(List.of(entries))
                .build();
    }

    private static Entry entry(String title, String link, String text, Person contributor) {
        return Entry.builder()
                .title(title)
                .link(URI.create(link))
                .addBlock(Paragraph.of(text))
                .contributor(contributor)
                .build();
    }
}
