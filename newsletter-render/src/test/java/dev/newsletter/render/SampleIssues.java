package dev.newsletter.render;

import dev.newsletter.DatePrecision;
import dev.newsletter.Entry;
import dev.newsletter.Issue;
import dev.newsletter.Metadata;
import dev.newsletter.Person;
import dev.newsletter.Publication;
import dev.newsletter.Section;
import dev.newsletter.SectionKind;
import dev.newsletter.content.Code;
import dev.newsletter.content.CodeBlock;
import dev.newsletter.content.Emphasis;
import dev.newsletter.content.Figure;
import dev.newsletter.content.Image;
import dev.newsletter.content.Link;
import dev.newsletter.content.ListBlock;
import dev.newsletter.content.ListItem;
import dev.newsletter.content.Paragraph;
import dev.newsletter.content.Quote;
import dev.newsletter.content.RawBlock;
import dev.newsletter.content.RawInline;
import dev.newsletter.content.Strong;
import dev.newsletter.content.Table;
import dev.newsletter.content.TableRow;
import dev.newsletter.content.Text;
import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Hand-built issues, written for these tests, shaped like the newsletters the library reads. */
final class SampleIssues {

    private SampleIssues() {}

    /** Every sample by name, the name being the golden file's base name. */
    static Map<String, Issue> all() {
        Map<String, Issue> all = new LinkedHashMap<>();
        all.put("monthly", monthly());
        all.put("email-shaped", emailShaped());
        all.put("hostile", hostile());
        return all;
    }

    /** A monthly issue with front matter, every section kind, entries with and without links. */
    static Issue monthly() {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("preview_image", "/images/march-cover.png");
        metadata.put("post_type", "Newsletter");
        metadata.put("draft", false);
        return Issue.builder()
                .publication(
                        new Publication(
                                "Signal Notes",
                                "Notes from the lab on new research, prototypes and what we read",
                                URI.create("https://notes.example.org/")))
                .title("Signal Notes March Newsletter")
                .edition("March 2023")
                .date(LocalDate.of(2023, 3, 14))
                .addAuthor(
                        Person.of("Ada Park", URI.create("https://notes.example.org/people/ada")))
                .addTag("newsletter")
                .addTag("machine learning")
                .metadata(Metadata.of(metadata))
                .addIntro(
                        Paragraph.of(
                                new Text(
                                        "Welcome to the March edition of Signal Notes. This month we look at "),
                                Emphasis.of("sparse attention"),
                                new Text(
                                        ", share two prototypes and pass on our favourite reads.")))
                .addSection(
                        Section.builder(SectionKind.RESEARCH)
                                .heading("New research! Sparse Attention in Practice")
                                .title("Sparse Attention in Practice")
                                .addBlock(
                                        Figure.of(
                                                Image.of(
                                                        "/images/sparse-pattern.png",
                                                        "Attention pattern of a sparse model")))
                                .addBlock(
                                        Paragraph.of(
                                                "Dense attention compares every token with every other one, so its cost"
                                                        + " grows with the square of the input. Over the last two months we"
                                                        + " measured how far sparse patterns get on long documents."))
                                .addEntry(
                                        Entry.builder()
                                                .title("Why sparse attention scales")
                                                .link(
                                                        URI.create(
                                                                "https://notes.example.org/2023/03/sparse-attention"))
                                                .addBlock(
                                                        Paragraph.of(
                                                                new Text(
                                                                        "We compare block, strided and learned patterns, and show"
                                                                                + " where each one breaks down. The code is in "),
                                                                Link.of(
                                                                        "our repository",
                                                                        "https://git.example.org/lab/sparse"),
                                                                new Text(".")))
                                                .build())
                                .build())
                .addSection(
                        Section.builder(SectionKind.PROTOTYPES)
                                .heading("New prototypes!")
                                .addBlock(Paragraph.of("Two small tools came out of this cycle."))
                                .addEntry(
                                        Entry.builder()
                                                .title("Drift Watch")
                                                .link(
                                                        URI.create(
                                                                "https://git.example.org/lab/drift-watch"))
                                                .addBlock(
                                                        Paragraph.of(
                                                                new Text(
                                                                        "Alerts you when the inputs of a model stop looking like"
                                                                                + " its training data. Start it with "),
                                                                new Code("drift-watch --window 7d"),
                                                                new Text(":")))
                                                .addBlock(
                                                        new CodeBlock(
                                                                "shell",
                                                                "pip install drift-watch\ndrift-watch --window 7d\n"))
                                                .build())
                                .addEntry(
                                        Entry.builder()
                                                .title("Label Triage")
                                                .link(
                                                        URI.create(
                                                                "https://git.example.org/lab/label-triage"))
                                                .addBlock(
                                                        Paragraph.of(
                                                                "Ranks training examples by how likely their label is wrong:"))
                                                .addBlock(
                                                        ListBlock.bullets(
                                                                ListItem.of(
                                                                        Paragraph.of(
                                                                                "works with any classifier")),
                                                                ListItem.of(
                                                                        Paragraph.of(
                                                                                "explains each ranking"))))
                                                .build())
                                .build())
                .addSection(
                        Section.builder(SectionKind.LIVESTREAMS)
                                .heading("Live sessions")
                                .addBlock(
                                        Paragraph.of(
                                                "Catch up on the recordings of our recent livestreams."))
                                .addEntry(
                                        Entry.builder()
                                                .title("Streaming feature stores")
                                                .link(
                                                        URI.create(
                                                                "https://video.example.com/watch?v=abc123&t=42"))
                                                .build())
                                .addEntry(
                                        Entry.builder()
                                                .title("Evaluating retrieval systems")
                                                .build())
                                .build())
                .addSection(
                        Section.builder(SectionKind.READING)
                                .heading("Recommended reading")
                                .addBlock(
                                        Paragraph.of(
                                                "Our engineers share their favourite reads of the month:"))
                                .addEntry(
                                        Entry.builder()
                                                .title("Attention is not all you need, sometimes")
                                                .link(
                                                        URI.create(
                                                                "https://papers.example.net/abs/2303.01234"))
                                                .addBlock(
                                                        Paragraph.of(
                                                                new Text(
                                                                        "A careful study of when recurrence still wins. The"
                                                                                + " ablations in section 4 are "),
                                                                Strong.of(
                                                                        "worth the price of admission"),
                                                                new Text(".")))
                                                .contributor(
                                                        Person.of(
                                                                "Ada",
                                                                URI.create(
                                                                        "https://social.example.com/@ada")))
                                                .build())
                                .addEntry(
                                        Entry.builder()
                                                .title("Notes on data contracts")
                                                .link(
                                                        URI.create(
                                                                "https://blog.example.com/data-contracts"))
                                                .addBlock(
                                                        Quote.of(
                                                                Paragraph.of(
                                                                        "A schema is a promise; a contract says who keeps it.")))
                                                .addBlock(
                                                        Paragraph.of(
                                                                "Short and practical, with examples from three teams that"
                                                                        + " adopted contracts last year."))
                                                .contributor(Person.of("Jonas"))
                                                .build())
                                .addEntry(
                                        Entry.builder()
                                                .title("Visualising loss landscapes")
                                                .link(
                                                        URI.create(
                                                                "https://papers.example.net/abs/1712.00000"))
                                                .addBlock(
                                                        Paragraph.of(
                                                                "Pictures that make skip connections obvious."))
                                                .addBlock(
                                                        Figure.of(
                                                                Image.of(
                                                                        "/images/loss-landscape.png",
                                                                        "Two loss landscapes")))
                                                .contributor(
                                                        Person.of(
                                                                "Mei",
                                                                URI.create(
                                                                        "https://mei.example.com/")))
                                                .build())
                                .build())
                .addSection(
                        Section.builder(SectionKind.EVENTS)
                                .heading("Events")
                                .title("Events")
                                .addBlock(
                                        new Table(
                                                TableRow.of("Date", "Event", "Where"),
                                                List.of(
                                                        TableRow.of(
                                                                "4 April",
                                                                "Reading group: retrieval",
                                                                "online"),
                                                        TableRow.of(
                                                                "19 April",
                                                                "Office hours",
                                                                "Berlin"))))
                                .build())
                .build();
    }

    /**
     * An issue the way a plain-text email gives it: a month, no links, an unheaded reading list.
     */
    static Issue emailShaped() {
        return Issue.builder()
                .publication(
                        Publication.unknown()
                                .withTagline(
                                        "Updates from the lab on new research, prototypes, and what we read"))
                .title("April 2023")
                .edition("April 2023")
                .date(LocalDate.of(2023, 4, 1), DatePrecision.MONTH)
                .addIntro(
                        Paragraph.of(
                                "Welcome to the April edition. This month we test how small models cope with"
                                        + " long inputs."))
                .addSection(
                        Section.builder(SectionKind.RESEARCH)
                                .heading("New Research!")
                                .addBlock(
                                        Paragraph.of(
                                                "Small models are cheap to run, but how well do they keep track of a long"
                                                        + " conversation?"))
                                .addEntry(
                                        Entry.builder()
                                                .title("Long Context on a Budget")
                                                .addBlock(
                                                        Paragraph.of(
                                                                "We measured recall over inputs of up to 32,000 tokens and found"
                                                                        + " the answer depends less on size than on training data."))
                                                .build())
                                .build())
                .addSection(
                        Section.builder(SectionKind.READING)
                                .addBlock(
                                        Paragraph.of(
                                                "Our research engineers share their favourite reads of the month."))
                                .addEntry(
                                        Entry.builder()
                                                .title("Tokenizers, Explained Slowly")
                                                .addBlock(
                                                        Paragraph.of(
                                                                "A patient tour of byte-pair encoding that finally made merges"
                                                                        + " click for me."))
                                                .contributor(Person.of("Priya"))
                                                .build())
                                .addEntry(
                                        Entry.builder()
                                                .title("What Breaks When You Quantize")
                                                .addBlock(
                                                        Paragraph.of(
                                                                "Which layers suffer, and why outliers matter."))
                                                .contributor(Person.of("Tom"))
                                                .build())
                                .build())
                .build();
    }

    /**
     * An issue whose text and raw HTML try every trick: script tags, event handlers, {@code
     * javascript:} and {@code data:} URLs, a closing {@code textarea}, Markdown-significant text.
     */
    static Issue hostile() {
        return Issue.builder()
                .title("<script>alert('title')</script>")
                .edition("May 2023")
                .date(LocalDate.of(2023, 5, 2))
                .summary("\"><script>alert('summary')</script>")
                .addIntro(
                        Paragraph.of(
                                new Text("<script>alert(1)</script> and </textarea> stay text; "),
                                new RawInline("<img src=x onerror=alert(2)>"),
                                new Text(" "),
                                Link.of("x", "javascript:alert(3)"),
                                new Text(" "),
                                Link.of("tabbed", " java\tscript:alert(4)"),
                                new Text(" "),
                                new Image(
                                        "data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoNSk+",
                                        "svg",
                                        "")))
                .addIntro(
                        new RawBlock(
                                "<script>alert(6)</script><p onclick=\"alert(7)\">kept words</p>"))
                .addIntro(
                        new RawBlock(
                                "<div><a href=\"JaVaScRiPt:alert(8)\">raw link</a></div><iframe src=\"https://evil.example/\"></iframe>"))
                .addIntro(new RawBlock("<textarea><img src=x onerror=alert(9)></textarea>"))
                .addIntro(
                        Paragraph.of(
                                "*not emphasis* _nor this_ # no heading [no](link) `no code` <b>no tag</b> &amp;"))
                .addIntro(Paragraph.of("- not a list item"))
                .addIntro(Paragraph.of("1. not an ordered list"))
                .addSection(
                        Section.builder(SectionKind.READING)
                                .heading("Recommended reading")
                                .addEntry(
                                        Entry.builder()
                                                .title("Click \"me\" <now> </textarea>")
                                                .link(URI.create("javascript:alert(10)"))
                                                .addBlock(
                                                        Paragraph.of(
                                                                new Text("a "),
                                                                new RawInline(
                                                                        "<span style=\"x\" onmouseover=\"alert(11)\">"),
                                                                new Text("span"),
                                                                new RawInline("</span>")))
                                                .contributor(
                                                        Person.of(
                                                                "Mallory",
                                                                URI.create("vbscript:msgbox(12)")))
                                                .build())
                                .build())
                .build();
    }
}
