package dev.newsletter.render.internal.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.newsletter.DatePrecision;
import dev.newsletter.Diagnostic;
import dev.newsletter.Entry;
import dev.newsletter.Issue;
import dev.newsletter.Metadata;
import dev.newsletter.ParseInput;
import dev.newsletter.ParseResult;
import dev.newsletter.Person;
import dev.newsletter.Publication;
import dev.newsletter.Section;
import dev.newsletter.SectionKind;
import dev.newsletter.Source;
import dev.newsletter.SourceFormat;
import dev.newsletter.content.Block;
import dev.newsletter.content.Code;
import dev.newsletter.content.CodeBlock;
import dev.newsletter.content.Emphasis;
import dev.newsletter.content.Figure;
import dev.newsletter.content.Heading;
import dev.newsletter.content.Image;
import dev.newsletter.content.Inline;
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
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the JSON shape written by {@link JsonIssueWriter} back into an {@link Issue}. Derived keys
 * ({@code text}, {@code wordCount}, {@code readingMinutes}) are ignored; the {@code summary} is
 * kept only when {@code summaryOrigin} says it was stated in the metadata. One instance per read.
 */
public final class JsonIssueReader {

    private static final JsonFactory FACTORY = new JsonFactory();

    private final String name;
    private JsonTreeReader tree;

    /** A reader for the input named {@code name} in diagnostics. */
    public JsonIssueReader(String name) {
        this.name = name;
    }

    /** Reads one issue; problems become error diagnostics, never exceptions. */
    public ParseResult read(ParseInput input) {
        try (InputStream in = input.openStream();
                JsonParser parser = FACTORY.createParser(in)) {
            tree = new JsonTreeReader(parser);
            Object document = tree.readDocument();
            return ParseResult.of(issue(object(document, "the document")));
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            return failed(
                    Diagnostic.error(
                            name,
                            where == null ? 0 : Math.max(0, where.getLineNr()),
                            where == null ? 0 : Math.max(0, where.getColumnNr()),
                            "not valid JSON: " + e.getOriginalMessage()));
        } catch (JsonShapeException e) {
            return failed(
                    Diagnostic.error(
                            name,
                            e.line(),
                            e.column(),
                            "not the JSON shape of an issue: " + e.getMessage()));
        } catch (IOException e) {
            return failed(Diagnostic.error(name, 0, 0, "cannot read: " + e.getMessage()));
        }
    }

    private ParseResult failed(Diagnostic diagnostic) {
        Issue empty = Issue.builder().source(Source.of(name, SourceFormat.JSON)).build();
        return new ParseResult(empty, List.of(diagnostic));
    }

    private Issue issue(Map<String, Object> json) throws JsonShapeException {
        Issue.Builder issue = Issue.builder();
        issue.title(string(json, "title", "", ""));
        issue.edition(string(json, "edition", null, ""));
        String date = string(json, "date", null, "");
        if (date != null) {
            String precision = string(json, "datePrecision", "day", "");
            try {
                issue.date(LocalDate.parse(date), DatePrecision.fromId(precision));
            } catch (DateTimeException | IllegalArgumentException e) {
                throw shape("date", json, "bad date or precision: " + e.getMessage());
            }
        }
        String published = string(json, "published", null, "");
        if (published != null) {
            try {
                issue.published(Instant.parse(published));
            } catch (DateTimeException e) {
                throw shape("published", json, "not an instant: " + published);
            }
        }
        if ("metadata".equals(json.get("summaryOrigin"))) {
            issue.summary(string(json, "summary", null, ""));
        }
        Object publication = json.get("publication");
        if (publication != null) {
            Map<String, Object> p = object(publication, "publication");
            issue.publication(
                    new Publication(
                            string(p, "name", null, "publication."),
                            string(p, "tagline", null, "publication."),
                            uri(p, "homepage", "publication.")));
        }
        String format = string(json, "format", null, "");
        String location = string(json, "source", null, "");
        try {
            issue.source(new Source(location, format == null ? null : SourceFormat.fromId(format)));
        } catch (IllegalArgumentException e) {
            throw shape("format", json, e.getMessage());
        }
        for (Object author : array(json, "authors", "")) {
            issue.addAuthor(person(object(author, "authors[]"), "authors[]"));
        }
        for (Object tag : array(json, "tags", "")) {
            if (!(tag instanceof String text)) {
                throw shape("tags", json, "a tag is a string");
            }
            issue.addTag(text);
        }
        Object intro = json.get("intro");
        if (intro != null) {
            issue.intro(blocks(object(intro, "intro"), "intro"));
        }
        List<Object> sections = array(json, "sections", "");
        for (int i = 0; i < sections.size(); i++) {
            issue.addSection(
                    section(
                            object(sections.get(i), "sections[" + i + "]"),
                            "sections[" + i + "]",
                            Section.DEFAULT_LEVEL));
        }
        Object metadata = json.get("metadata");
        if (metadata != null) {
            try {
                issue.metadata(Metadata.of(object(metadata, "metadata")));
            } catch (IllegalArgumentException e) {
                throw shape("metadata", json, e.getMessage());
            }
        }
        try {
            return issue.build();
        } catch (IllegalArgumentException e) {
            throw shape("the document", json, e.getMessage());
        }
    }

    /**
     * @param level the level when the document gives none: a top section's default, or one deeper
     *     than the parent's
     */
    private Section section(Map<String, Object> json, String path, int level)
            throws JsonShapeException {
        Section.Builder section = Section.builder();
        if (json.containsKey("level")) {
            long given = number(json, "level", path);
            if (given < 1 || given > Section.MAX_LEVEL) {
                throw shape(path + ".level", json, "a section's level is 1 to 6");
            }
            level = (int) given;
        }
        section.level(level);
        try {
            String broad = string(json, "broadKind", "other", path + ".");
            section.kind(
                    SectionKind.of(
                            string(json, "kind", "other", path + "."), SectionKind.of(broad)));
        } catch (IllegalArgumentException e) {
            throw shape(path + ".kind", json, e.getMessage());
        }
        section.heading(string(json, "heading", "", path + "."));
        section.title(string(json, "title", "", path + "."));
        section.blocks(blocks(json, path));
        List<Object> entries = array(json, "entries", path + ".");
        for (int i = 0; i < entries.size(); i++) {
            String at = path + ".entries[" + i + "]";
            section.addEntry(entry(object(entries.get(i), at), at));
        }
        List<Object> subsections = array(json, "sections", path + ".");
        for (int i = 0; i < subsections.size(); i++) {
            String at = path + ".sections[" + i + "]";
            if (level >= Section.MAX_LEVEL) {
                throw shape(at, json, "a level-6 section cannot have subsections");
            }
            Section sub = section(object(subsections.get(i), at), at, level + 1);
            if (sub.level() <= level) {
                throw shape(at + ".level", json, "a subsection must be deeper than its section");
            }
            section.addSubsection(sub);
        }
        return section.build();
    }

    private Entry entry(Map<String, Object> json, String path) throws JsonShapeException {
        Entry.Builder entry =
                Entry.builder()
                        .title(string(json, "title", "", path + "."))
                        .link(uri(json, "url", path + "."))
                        .blocks(blocks(json, path));
        Object contributor = json.get("contributor");
        if (contributor != null) {
            entry.contributor(
                    person(object(contributor, path + ".contributor"), path + ".contributor"));
        }
        return entry.build();
    }

    private Person person(Map<String, Object> json, String path) throws JsonShapeException {
        String personName = string(json, "name", null, path + ".");
        if (personName == null || personName.isBlank()) {
            throw shape(path + ".name", json, "a person needs a name");
        }
        return new Person(personName, uri(json, "url", path + "."));
    }

    private List<Block> blocks(Map<String, Object> json, String path) throws JsonShapeException {
        List<Object> array = array(json, "blocks", path + ".");
        List<Block> blocks = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            String at = path + ".blocks[" + i + "]";
            blocks.add(block(object(array.get(i), at), at));
        }
        return blocks;
    }

    private Block block(Map<String, Object> json, String path) throws JsonShapeException {
        String type = string(json, "type", null, path + ".");
        if (type == null) {
            throw shape(path, json, "a block needs a type");
        }
        try {
            switch (type) {
                case "paragraph":
                    return new Paragraph(inlines(json, "inlines", path));
                case "heading":
                    return new Heading(
                            (int) number(json, "level", path), inlines(json, "inlines", path));
                case "list":
                    {
                        List<Object> items = array(json, "items", path + ".");
                        List<ListItem> listItems = new ArrayList<>(items.size());
                        for (int i = 0; i < items.size(); i++) {
                            String at = path + ".items[" + i + "]";
                            listItems.add(new ListItem(blocks(object(items.get(i), at), at)));
                        }
                        return new ListBlock(
                                Boolean.TRUE.equals(json.get("ordered")),
                                (int) number(json, "start", path),
                                listItems);
                    }
                case "quote":
                    return new Quote(blocks(json, path));
                case "code":
                    return new CodeBlock(
                            string(json, "info", "", path + "."),
                            string(json, "literal", "", path + "."));
                case "figure":
                    return new Figure(
                            image(object(json.get("image"), path + ".image"), path + ".image"),
                            inlines(json, "caption", path));
                case "table":
                    {
                        List<TableRow> rows = new ArrayList<>();
                        for (Object row : array(json, "rows", path + ".")) {
                            rows.add(row(row, path + ".rows[]"));
                        }
                        return new Table(row(json.get("header"), path + ".header"), rows);
                    }
                case "rule":
                    return new Rule();
                case "raw":
                    return new RawBlock(string(json, "content", "", path + "."));
                default:
                    throw shape(path + ".type", json, "unknown block type '" + type + "'");
            }
        } catch (IllegalArgumentException e) {
            throw shape(path, json, e.getMessage());
        }
    }

    private TableRow row(Object json, String path) throws JsonShapeException {
        if (!(json instanceof List<?> cells)) {
            throw new JsonShapeException(path, null, "a table row is an array of cells");
        }
        List<List<Inline>> row = new ArrayList<>(cells.size());
        for (Object cell : cells) {
            if (!(cell instanceof List<?> inlines)) {
                throw new JsonShapeException(
                        path, tree.locationOf(cells), "a cell is an array of inlines");
            }
            List<Inline> content = new ArrayList<>(inlines.size());
            for (Object inline : inlines) {
                content.add(inline(object(inline, path + "[]"), path + "[]"));
            }
            row.add(content);
        }
        return new TableRow(row);
    }

    private List<Inline> inlines(Map<String, Object> json, String field, String path)
            throws JsonShapeException {
        List<Object> array = array(json, field, path + ".");
        List<Inline> inlines = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            String at = path + "." + field + "[" + i + "]";
            inlines.add(inline(object(array.get(i), at), at));
        }
        return inlines;
    }

    private Inline inline(Map<String, Object> json, String path) throws JsonShapeException {
        String type = string(json, "type", null, path + ".");
        if (type == null) {
            throw shape(path, json, "an inline needs a type");
        }
        switch (type) {
            case "text":
                return new Text(string(json, "text", "", path + "."));
            case "emphasis":
                return new Emphasis(inlines(json, "inlines", path));
            case "strong":
                return new Strong(inlines(json, "inlines", path));
            case "strikethrough":
                return new Strikethrough(inlines(json, "inlines", path));
            case "code":
                return new Code(string(json, "literal", "", path + "."));
            case "link":
                return new Link(
                        string(json, "url", "", path + "."),
                        string(json, "title", "", path + "."),
                        inlines(json, "inlines", path));
            case "image":
                return image(json, path);
            case "break":
                return new LineBreak(Boolean.TRUE.equals(json.get("hard")));
            case "raw":
                return new RawInline(string(json, "content", "", path + "."));
            default:
                throw shape(path + ".type", json, "unknown inline type '" + type + "'");
        }
    }

    private Image image(Map<String, Object> json, String path) throws JsonShapeException {
        return new Image(
                string(json, "src", "", path + "."),
                string(json, "alt", "", path + "."),
                string(json, "title", "", path + "."));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> object(Object value, String path) throws JsonShapeException {
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw new JsonShapeException(path, null, "expected an object");
    }

    @SuppressWarnings("unchecked")
    private List<Object> array(Map<String, Object> json, String field, String prefix)
            throws JsonShapeException {
        Object value = json.get(field);
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return (List<Object>) list;
        }
        throw shape(prefix + field, json, "expected an array");
    }

    private String string(Map<String, Object> json, String field, String absent, String prefix)
            throws JsonShapeException {
        Object value = json.get(field);
        if (value == null) {
            return absent;
        }
        if (value instanceof String text) {
            return text;
        }
        throw shape(prefix + field, json, "expected a string");
    }

    private long number(Map<String, Object> json, String field, String path)
            throws JsonShapeException {
        Object value = json.get(field);
        if (value instanceof Long number) {
            return number;
        }
        throw shape(path + "." + field, json, "expected an integer");
    }

    private URI uri(Map<String, Object> json, String field, String prefix)
            throws JsonShapeException {
        String text = string(json, field, null, prefix);
        if (text == null) {
            return null;
        }
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            throw shape(prefix + field, json, "not a URI: " + e.getMessage());
        }
    }

    private JsonShapeException shape(String path, Map<String, Object> json, String message) {
        return new JsonShapeException(path, tree.locationOf(json), message);
    }
}
