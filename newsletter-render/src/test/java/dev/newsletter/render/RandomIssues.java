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
                    "~~", "|", "!", "![", ":", "\"", "'", "—", "\u00a0", "{", "}", "$", "%", "^",
                    "@");

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
        Gen<ListItem> tightItem = paragraph().map(p -> ListItem.of(p));
        Gen<ListItem> looseItem = paragraph().zip(paragraph(), (a, b) -> ListItem.of(a, b));
        Gen<List<ListItem>> items =
                lists().of(Generate.oneOf(tightItem, looseItem)).ofSizeBetween(1, 3);
        Gen<String> codeLine =
                lists().of(Generate.pick(List.of("a", "```", "~~~", "  x", "# y", "<b>", "\\")))
                        .ofSizeBetween(0, 3)
                        .map(parts -> String.join("", parts));
        return Generate.frequency(
                org.quicktheories.api.Pair.of(6, paragraph()),
                org.quicktheories.api.Pair.of(
                        1,
                        Generate.range(3, 6)
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
                org.quicktheories.api.Pair.of(1, Generate.constant((Block) new Rule())));
    }

    static Gen<List<Block>> blocks(int max) {
        return lists().of(block()).ofSizeBetween(0, max);
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
                                blocks(2),
                                Generate.booleans(),
                                person,
                                (title, linked, body, attributed, who) ->
                                        Entry.builder()
                                                .title(title)
                                                .link(
                                                        linked
                                                                ? URI.create(
                                                                        "https://example.org/"
                                                                                + title.replace(
                                                                                        ' ', '-'))
                                                                : null)
                                                .blocks(body)
                                                .contributor(attributed ? who : null)
                                                .build());
        Gen<Section> section =
                Generate.enumValues(SectionKind.class)
                        .zip(
                                words(),
                                blocks(2),
                                lists().of(entry).ofSizeBetween(0, 3),
                                (kind, topic, lead, entries) -> {
                                    String label =
                                            switch (kind) {
                                                case RESEARCH -> "New research!";
                                                case PROTOTYPES ->
                                                        "New Applied ML Prototypes (AMPs)!";
                                                case LIVESTREAMS -> "Fast Forward Live!";
                                                case READING -> "Recommended reading";
                                                case OTHER -> "";
                                            };
                                    String title = kind == SectionKind.READING ? "" : topic;
                                    String heading =
                                            label.isEmpty()
                                                    ? title
                                                    : (title.isEmpty()
                                                            ? label
                                                            : label + " " + title);
                                    return Section.builder(kind)
                                            .heading(heading)
                                            .title(title)
                                            .blocks(lead)
                                            .entries(entries)
                                            .build();
                                });
        return date.zip(
                Generate.booleans(),
                blocks(3),
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
}
