package dev.newsletter.render;

import static org.quicktheories.generators.SourceDSL.lists;

import dev.newsletter.DatePrecision;
import dev.newsletter.Entry;
import dev.newsletter.Issue;
import dev.newsletter.Metadata;
import dev.newsletter.Person;
import dev.newsletter.Section;
import dev.newsletter.SectionKind;
import dev.newsletter.content.Block;
import dev.newsletter.content.Code;
import dev.newsletter.content.CodeBlock;
import dev.newsletter.content.Emphasis;
import dev.newsletter.content.Heading;
import dev.newsletter.content.Inline;
import dev.newsletter.content.Link;
import dev.newsletter.content.ListBlock;
import dev.newsletter.content.ListItem;
import dev.newsletter.content.Paragraph;
import dev.newsletter.content.Quote;
import dev.newsletter.content.Rule;
import dev.newsletter.content.Strikethrough;
import dev.newsletter.content.Strong;
import dev.newsletter.content.Text;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of random content and issues: odd characters, Markdown-significant text
 * ({@code *}, {@code _}, {@code #}, {@code [}, a backtick, a leading {@code -} or {@code 1.}),
 * empty sections, entries with and without links and contributors.
 */
final class RandomIssues {

    /**
     * Pieces text is made of: plain words, non-ASCII, and everything Markdown might read as syntax.
     */
    private static final List<String> TOKENS =
            List.of(
                    "alpha", "Beta", "gamma", "déjà", "naïve", "日本語", "😀", "x", "42", "3.14", "*",
                    "**", "_", "__", "#", "##", "[", "]", "[x]", "(y)", "`", "``", "<", ">", "<b>",
                    "&", "&amp;", "&#35;", "\\", "\\*", "-", "--", "---", "1.", "2)", "+", "=", "~",
                    "~~", "|", "!", "![", ":", "\"", "'", "—", "\u00a0", "{", "}", "$", "%", "^");

    // No "@" or "www.": the Markdown parser's autolink extension makes such text a link, so a
    // Markdown reader never holds it as text.

    private static final List<String> WORDS =
            List.of(
                    "signal",
                    "notes",
                    "model",
                    "data",
                    "Vision",
                    "Transformer",
                    "léger",
                    "Zürich",
                    "RETRO");

    private RandomIssues() {}

    /** Text that has no leading or trailing whitespace and is never empty. */
    static Gen<String> text() {
        Gen<String> separator = Generate.pick(List.of("", " ", " ", " "));
        Gen<String> piece = Generate.pick(TOKENS).zip(separator, (token, space) -> token + space);
        return lists().of(piece)
                .ofSizeBetween(1, 8)
                .map(pieces -> String.join("", pieces).strip())
                .assuming(text -> !text.isEmpty());
    }

    /** A few plain words, safe inside emphasis whatever surrounds it. */
    static Gen<String> words() {
        return lists().of(Generate.pick(WORDS)).ofSizeBetween(1, 3).map(w -> String.join(" ", w));
    }

    static Gen<String> url() {
        Gen<String> path =
                Generate.pick(
                        List.of(
                                "a",
                                "b_c",
                                "x(1)",
                                "q?x=1&y=2",
                                "with space",
                                "%20",
                                "#frag",
                                "ü"));
        return lists().of(path)
                .ofSizeBetween(1, 3)
                .map(parts -> "https://example.org/" + String.join("/", parts));
    }

    /** One inline that is not text. */
    static Gen<Inline> markup() {
        Gen<String> codeLiteral =
                lists().of(Generate.pick(List.of("a", "`", "``", " ", "*", "<b>", "\\", "x y")))
                        .ofSizeBetween(1, 5)
                        .map(parts -> String.join("", parts))
                        .assuming(literal -> !literal.isBlank());
        return Generate.oneOf(
                words().map(w -> (Inline) Emphasis.of(w)),
                words().map(w -> (Inline) Strong.of(w)),
                codeLiteral.map(literal -> (Inline) new Code(literal)),
                words().zip(url(), (w, u) -> (Inline) Link.of(w, u)));
    }

    /** Paragraph content: text and markup, never two text nodes in a row, trimmed at both ends. */
    static Gen<List<Inline>> inlines() {
        Gen<List<Inline>> segment =
                text().zip(
                                markup(),
                                Generate.booleans(),
                                (text, markup, withMarkup) ->
                                        withMarkup
                                                ? List.of(
                                                        new Text(text + " "), markup, new Text(" "))
                                                : List.of(new Text(text)));
        return lists().of(segment).ofSizeBetween(1, 4).map(RandomIssues::normalise);
    }

    private static List<Inline> normalise(List<List<Inline>> segments) {
        List<Inline> inlines = new ArrayList<>();
        for (List<Inline> segment : segments) {
            for (Inline inline : segment) {
                if (inline instanceof Text text
                        && !inlines.isEmpty()
                        && inlines.get(inlines.size() - 1) instanceof Text before) {
                    inlines.set(inlines.size() - 1, new Text(before.text() + text.text()));
                } else {
                    inlines.add(inline);
                }
            }
        }
        // a paragraph's text is trimmed by every Markdown reader
        if (inlines.get(0) instanceof Text first) {
            inlines.set(0, new Text(first.text().stripLeading()));
        }
        int last = inlines.size() - 1;
        if (inlines.get(last) instanceof Text text) {
            inlines.set(last, new Text(text.text().stripTrailing()));
        }
        inlines.removeIf(inline -> inline instanceof Text text && text.text().isEmpty());
        return List.copyOf(inlines);
    }

    static Gen<Block> paragraph() {
        return inlines().map(inlines -> (Block) new Paragraph(inlines));
    }

    /** Blocks of every kind, lists and quotes holding paragraphs. */
    static Gen<Block> block() {
        return block(true);
    }

    /** Blocks of every kind, or all but headings and thematic breaks. */
    private static Gen<Block> block(boolean headingsAndRules) {
        Gen<ListItem> tightItem = paragraph().map(p -> ListItem.of(p));
        Gen<ListItem> looseItem = paragraph().zip(paragraph(), (a, b) -> ListItem.of(a, b));
        Gen<List<ListItem>> items =
                lists().of(Generate.oneOf(tightItem, looseItem)).ofSizeBetween(1, 3);
        Gen<String> codeLine =
                lists().of(Generate.pick(List.of("a", "```", "~~~", "  x", "# y", "<b>", "\\")))
                        .ofSizeBetween(0, 3)
                        .map(parts -> String.join("", parts));
        int rare = headingsAndRules ? 1 : 0;
        return Generate.frequency(
                org.quicktheories.api.Pair.of(6, paragraph()),
                org.quicktheories.api.Pair.of(
                        rare,
                        Generate.range(4, 6)
                                .zip(
                                        inlines(),
                                        (level, inlines) -> (Block) new Heading(level, inlines))),
                org.quicktheories.api.Pair.of(
                        1, items.map(list -> (Block) new ListBlock(false, 1, list))),
                org.quicktheories.api.Pair.of(
                        1,
                        Generate.range(0, 1000)
                                .zip(
                                        items,
                                        (start, list) -> (Block) new ListBlock(true, start, list))),
                org.quicktheories.api.Pair.of(
                        1,
                        lists().of(paragraph())
                                .ofSizeBetween(1, 2)
                                .map(blocks -> (Block) new Quote(blocks))),
                org.quicktheories.api.Pair.of(
                        1,
                        Generate.pick(List.of("", "java", "sh"))
                                .zip(
                                        lists().of(codeLine).ofSizeBetween(1, 3),
                                        (info, lines) ->
                                                (Block)
                                                        new CodeBlock(
                                                                info,
                                                                String.join("\n", lines) + "\n"))),
                org.quicktheories.api.Pair.of(rare, Generate.constant((Block) new Rule())));
    }

    static Gen<List<Block>> blocks(int max) {
        return lists().of(block()).ofSizeBetween(0, max);
    }

    /**
     * Blocks as they can stand in an issue the Markdown parser reads: no thematic break (one before
     * a section heading is the section boundary), no subheading (one in a section titles an entry;
     * one in the intro of an issue without sections heads a section), paragraphs led by a word.
     */
    static Gen<List<Block>> issueBlocks(int max) {
        return lists().of(block(false).map(RandomIssues::wordLed)).ofSizeBetween(0, max);
    }

    /**
     * A paragraph that opens with a word: one that opens with a link, however much punctuation
     * comes first, is an entry to a reader of the structure.
     */
    private static Block wordLed(Block block) {
        if (block instanceof ListBlock list) {
            List<ListItem> items = new ArrayList<>();
            for (ListItem item : list.items()) {
                items.add(new ListItem(item.blocks().stream().map(RandomIssues::wordLed).toList()));
            }
            return new ListBlock(list.ordered(), list.start(), items);
        }
        if (block instanceof Quote quote) {
            return new Quote(quote.blocks().stream().map(RandomIssues::wordLed).toList());
        }
        if (!(block instanceof Paragraph paragraph)) {
            return block;
        }
        List<Inline> inlines = new ArrayList<>();
        inlines.add(new Text("Note: "));
        inlines.addAll(paragraph.inlines());
        return new Paragraph(normalise(List.of(inlines)));
    }

    /** Plain metadata values: strings YAML would misread, numbers, booleans, nulls, lists, maps. */
    static Gen<Metadata> metadata() {
        Gen<Object> scalar =
                Generate.oneOf(
                        Generate.pick(
                                List.<Object>of(
                                        "no",
                                        "yes",
                                        "12:30",
                                        "012",
                                        "null",
                                        "~",
                                        "- x",
                                        "# not a comment",
                                        "a: b",
                                        "\"quoted\"",
                                        "'single'",
                                        "line\nbreak",
                                        "tab\there",
                                        "ünï",
                                        "😀",
                                        "",
                                        " padded ",
                                        "2021-06-25",
                                        "true",
                                        "[1, 2]",
                                        "{a: 1}",
                                        "@at",
                                        "%percent",
                                        "!tag")),
                        Generate.longRange(-1_000_000L, 1_000_000L).map(n -> (Object) n),
                        Generate.pick(List.<Object>of(true, false, 0.5, -2.25, 1.0E20, 3.0E-7)),
                        text().map(t -> (Object) t));
        Gen<Object> value =
                Generate.oneOf(
                        scalar,
                        lists().of(scalar).ofSizeBetween(0, 3).map(list -> (Object) list),
                        Generate.pick(List.of("k", "key two", "x-y"))
                                .zip(
                                        scalar,
                                        (k, v) -> {
                                            Map<String, Object> map = new LinkedHashMap<>();
                                            map.put(k, v);
                                            return (Object) map;
                                        }));
        Gen<String> key =
                Generate.pick(
                        List.of(
                                "preview_image",
                                "post_type",
                                "draft",
                                "weight",
                                "no",
                                "odd key",
                                "x:y",
                                "series"));
        return lists().of(key.zip(value, (k, v) -> Map.entry(k, v)))
                .ofSizeBetween(0, 4)
                .map(
                        entries -> {
                            Map<String, Object> map = new LinkedHashMap<>();
                            for (Map.Entry<String, Object> entry : entries) {
                                map.put(entry.getKey(), entry.getValue());
                            }
                            return Metadata.of(map);
                        });
    }

    /**
     * The body with its last paragraph closed by a plain sentence: a body that ends in "- *Name*"
     * is an attribution to every reader, so random text must not end that way.
     */
    private static List<Block> closedBody(List<Block> body) {
        if (body.isEmpty() || !(body.get(body.size() - 1) instanceof Paragraph last)) {
            return body;
        }
        List<Inline> inlines = new ArrayList<>(last.inlines());
        inlines.add(new Text(" Worth a look."));
        List<Block> closed = new ArrayList<>(body.subList(0, body.size() - 1));
        closed.add(new Paragraph(normalise(List.of(inlines))));
        return closed;
    }

    /**
     * The blocks with the links of their lists' items turned into text: a list whose items hold
     * links is a list of items to a reader, so a section's lead or an unlinked entry's body that
     * holds one would read back as entries or a subsection.
     */
    private static List<Block> topicLists(List<Block> blocks) {
        List<Block> out = new ArrayList<>();
        for (Block block : blocks) {
            if (block instanceof ListBlock list) {
                List<ListItem> items = new ArrayList<>();
                for (ListItem item : list.items()) {
                    List<Block> itemBlocks = new ArrayList<>(item.blocks());
                    if (!itemBlocks.isEmpty() && itemBlocks.get(0) instanceof Paragraph first) {
                        itemBlocks.set(0, new Paragraph(unlinked(first.inlines())));
                    }
                    items.add(new ListItem(itemBlocks));
                }
                out.add(new ListBlock(list.ordered(), list.start(), items));
            } else {
                out.add(block);
            }
        }
        return out;
    }

    private static List<Inline> unlinked(List<Inline> inlines) {
        List<Inline> out = new ArrayList<>();
        for (Inline inline : inlines) {
            if (inline instanceof Link link) {
                out.addAll(unlinked(link.inlines()));
            } else if (inline instanceof Strong strong) {
                out.add(new Strong(unlinked(strong.inlines())));
            } else if (inline instanceof Emphasis emphasis) {
                out.add(new Emphasis(unlinked(emphasis.inlines())));
            } else if (inline instanceof Strikethrough struck) {
                out.add(new Strikethrough(unlinked(struck.inlines())));
            } else {
                out.add(inline);
            }
        }
        return normalise(List.of(out));
    }

    /**
     * The entries, each given a link: under a heading outside the vocabulary, only a link marks an
     * entry (a plain subheading there is content).
     */
    private static List<Entry> linked(List<Entry> entries) {
        List<Entry> out = new ArrayList<>();
        for (Entry entry : entries) {
            out.add(
                    entry.link() != null
                            ? entry
                            : entry.toBuilder()
                                    .link(URI.create("https://example.org/e" + out.size()))
                                    .build());
        }
        return out;
    }

    /** A whole issue, structured the way a newsletter reader would infer it. */
    static Gen<Issue> issue() {
        Gen<LocalDate> date =
                Generate.range(2015, 2030)
                        .zip(
                                Generate.range(1, 12),
                                Generate.range(1, 28),
                                (y, m, d) -> LocalDate.of(y, m, d));
        Gen<Person> person =
                Generate.pick(List.of("Ada", "Jonas", "Mei", "Ana María", "O'Neil"))
                        .zip(
                                Generate.booleans(),
                                (name, linked) ->
                                        linked
                                                ? Person.of(
                                                        name,
                                                        URI.create(
                                                                "https://people.example/"
                                                                        + name.length()))
                                                : Person.of(name));
        Gen<Entry> entry =
                words().zip(
                                Generate.booleans(),
                                issueBlocks(2),
                                Generate.booleans(),
                                person,
                                (title, linked, body, attributed, who) ->
                                        Entry.builder()
                                                .title(title)
                                                // without a link or a body an entry is no more
                                                // than a subheading: Markdown cannot tell them
                                                // apart
                                                .link(
                                                        linked || body.isEmpty()
                                                                ? URI.create(
                                                                        "https://example.org/"
                                                                                + title.replace(
                                                                                        ' ', '-'))
                                                                : null)
                                                .blocks(
                                                        linked || body.isEmpty()
                                                                ? closedBody(body)
                                                                : closedBody(paragraphsOnly(body)))
                                                .contributor(attributed ? who : null)
                                                .build());
        Gen<Section> section =
                Generate.pick(SectionKind.broadKinds())
                        .zip(
                                words(),
                                issueBlocks(2),
                                lists().of(entry).ofSizeBetween(0, 3),
                                (kind, topic, lead, entries) -> {
                                    String label =
                                            switch (kind.id()) {
                                                case "research" -> "New research!";
                                                case "prototypes" ->
                                                        "New Applied ML Prototypes (AMPs)!";
                                                case "livestreams" -> "Fast Forward Live!";
                                                case "reading" -> "Recommended reading";
                                                default -> "";
                                            };
                                    // a section of links whose heading names no kind is a
                                    // reading list to a reader: "… of the week" says it is not
                                    String title =
                                            kind == SectionKind.READING
                                                    ? ""
                                                    : kind == SectionKind.OTHER
                                                            ? topic + " of the week"
                                                            : topic;
                                    String heading =
                                            label.isEmpty()
                                                    ? title
                                                    : (title.isEmpty()
                                                            ? label
                                                            : label + " " + title);
                                    return Section.builder(kind)
                                            .heading(heading)
                                            .title(title)
                                            .blocks(topicLists(lead))
                                            .entries(
                                                    kind == SectionKind.OTHER
                                                            ? linked(entries)
                                                            : entries)
                                            .build();
                                });
        return date.zip(
                Generate.booleans(),
                issueBlocks(3),
                lists().of(section).ofSizeBetween(0, 4),
                metadata(),
                (day, monthly, intro, sections, metadata) -> {
                    String edition =
                            day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                                    + " "
                                    + day.getYear();
                    LocalDate issueDate = monthly ? day.withDayOfMonth(1) : day;
                    return Issue.builder()
                            .title(monthly ? edition : "Notes " + edition)
                            .edition(edition)
                            .date(issueDate, monthly ? DatePrecision.MONTH : DatePrecision.DAY)
                            .intro(intro)
                            .sections(sections)
                            .metadata(metadata)
                            .build();
                });
    }

    /**
     * Issues of the shape a plain-text email can carry: no URLs (text has no links; references are
     * a separate matter), headline-style entry titles (a sentence-case line is body text to a
     * reader of an email), sections under labels of the vocabulary, bodies of paragraphs.
     */
    static Gen<Issue> emailShaped() {
        return issue().map(RandomIssues::toEmailShape);
    }

    private static Issue toEmailShape(Issue issue) {
        List<Section> sections = new ArrayList<>();
        for (Section section : issue.sections()) {
            SectionKind kind =
                    section.kind() == SectionKind.OTHER ? SectionKind.PROTOTYPES : section.kind();
            String heading =
                    kind == section.kind()
                            ? section.heading()
                            : "New Applied ML Prototypes (AMPs)! " + section.title();
            List<Entry> entries = new ArrayList<>();
            for (Entry entry : section.entries()) {
                entries.add(
                        Entry.builder()
                                .title(headline(entry.title()))
                                .blocks(paragraphsOnly(entry.blocks()))
                                .contributor(
                                        entry.contributor() == null
                                                ? null
                                                : Person.of(entry.contributor().name()))
                                .build());
            }
            List<Block> lead = paragraphsOnly(section.blocks());
            if (lead.isEmpty() && entries.isEmpty()) {
                continue; // a heading with nothing under it closes an email; it heads nothing
            }
            sections.add(
                    section.toBuilder()
                            .kind(kind)
                            .heading(heading)
                            .blocks(lead)
                            .entries(entries)
                            .build());
        }
        return issue.toBuilder()
                .intro(paragraphsOnly(issue.intro()))
                .sections(sections)
                .metadata(Metadata.empty())
                .build();
    }

    private static String headline(String title) {
        StringBuilder out = new StringBuilder();
        for (String word : title.split(" ")) {
            if (out.length() > 0) {
                out.append(' ');
            }
            // Title Case, never ALL CAPS: a line in capitals heads a section in an email
            out.append(Character.toUpperCase(word.charAt(0)))
                    .append(word.substring(1).toLowerCase(Locale.ROOT));
        }
        return out.toString();
    }

    /**
     * The paragraphs as sentences of plain words: markup characters such as {@code *} and {@code _}
     * are read as emphasis in an email, so odd characters are left to the Markdown round trip.
     */
    private static List<Block> paragraphsOnly(List<Block> blocks) {
        List<Block> out = new ArrayList<>();
        for (Block block : blocks) {
            if (block instanceof Paragraph paragraph) {
                String text =
                        paragraph
                                .plainText()
                                .replaceAll("[^\\p{L}\\p{N}.,;:?! ]", " ")
                                .replaceAll(" +", " ")
                                .strip();
                if (!text.isEmpty()) {
                    // a short capitalised line alone is a title to a reader of an email: body
                    // paragraphs read as sentences
                    out.add(Paragraph.of(text + " and more of the same."));
                }
            }
        }
        return out;
    }
}
