package dev.newsletter.render.internal.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.newsletter.Entry;
import dev.newsletter.Issue;
import dev.newsletter.Person;
import dev.newsletter.Publication;
import dev.newsletter.Section;
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
import dev.newsletter.render.internal.AppendableWriter;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * Writes the JSON shape of {@code design.md} with Jackson's streaming generator, so an issue is
 * never held twice in memory. The key names here and in {@link JsonIssueReader} are the contract.
 */
public final class JsonIssueWriter {

    private static final JsonFactory FACTORY =
            JsonFactory.builder()
                    .disable(com.fasterxml.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET)
                    .build();

    private final JsonGenerator json;

    private JsonIssueWriter(JsonGenerator json) {
        this.json = json;
    }

    /** Writes {@code issue} to {@code out}, indented when {@code pretty}. */
    public static void write(Issue issue, Appendable out, boolean pretty) throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(AppendableWriter.of(out))) {
            if (pretty) {
                DefaultPrettyPrinter printer =
                        new DefaultPrettyPrinter()
                                .withObjectIndenter(new DefaultIndenter("  ", "\n"));
                json.setPrettyPrinter(printer);
            }
            new JsonIssueWriter(json).issue(issue);
            json.flush();
        }
        if (pretty) {
            out.append('\n');
        }
    }

    private void issue(Issue issue) throws IOException {
        json.writeStartObject();
        json.writeStringField("title", issue.title());
        stringOrNull("edition", issue.edition());
        stringOrNull("date", issue.date() == null ? null : issue.date().toString());
        stringOrNull("datePrecision", issue.date() == null ? null : issue.datePrecision().id());
        stringOrNull("published", issue.published() == null ? null : issue.published().toString());
        String summaryOrigin = issue.summaryOrigin();
        json.writeStringField("summary", issue.summaryText());
        json.writeStringField("summaryOrigin", summaryOrigin);
        json.writeNumberField("wordCount", issue.wordCount());
        json.writeNumberField("readingMinutes", issue.readingMinutes());
        publication(issue.publication());
        stringOrNull(
                "format", issue.source().format() == null ? null : issue.source().format().id());
        stringOrNull("source", issue.source().location());
        json.writeArrayFieldStart("authors");
        for (Person author : issue.authors()) {
            person(author);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("tags");
        for (String tag : issue.tags()) {
            json.writeString(tag);
        }
        json.writeEndArray();
        json.writeObjectFieldStart("intro");
        json.writeStringField("text", Block.plainText(issue.intro()));
        blocks(issue.intro());
        json.writeEndObject();
        json.writeArrayFieldStart("sections");
        for (Section section : issue.sections()) {
            section(section);
        }
        json.writeEndArray();
        json.writeFieldName("metadata");
        value(issue.metadata().asMap());
        json.writeEndObject();
    }

    private void publication(Publication publication) throws IOException {
        json.writeObjectFieldStart("publication");
        stringOrNull("name", publication.name());
        stringOrNull("tagline", publication.tagline());
        uriOrNull("homepage", publication.homepage());
        json.writeEndObject();
    }

    private void section(Section section) throws IOException {
        json.writeStartObject();
        json.writeStringField("kind", section.kind().id());
        if (!section.kind().isBroad()) {
            // a finer kind ("events") says which of the five it belongs to, for readers of those
            json.writeStringField("broadKind", section.kind().broad().id());
        }
        json.writeStringField("heading", section.heading());
        json.writeStringField("title", section.title());
        json.writeNumberField("level", section.level());
        json.writeStringField("text", section.plainText());
        blocks(section.blocks());
        json.writeArrayFieldStart("entries");
        for (Entry entry : section.entries()) {
            entry(entry);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("sections");
        for (Section sub : section.subsections()) {
            section(sub);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private void entry(Entry entry) throws IOException {
        json.writeStartObject();
        json.writeStringField("title", entry.title());
        uriOrNull("url", entry.link());
        json.writeFieldName("contributor");
        if (entry.contributor() == null) {
            json.writeNull();
        } else {
            person(entry.contributor());
        }
        json.writeStringField("text", entry.plainText());
        blocks(entry.blocks());
        json.writeEndObject();
    }

    private void person(Person person) throws IOException {
        json.writeStartObject();
        json.writeStringField("name", person.name());
        uriOrNull("url", person.uri());
        json.writeEndObject();
    }

    private void blocks(List<Block> blocks) throws IOException {
        json.writeArrayFieldStart("blocks");
        for (Block block : blocks) {
            block(block);
        }
        json.writeEndArray();
    }

    private void block(Block block) throws IOException {
        json.writeStartObject();
        if (block instanceof Paragraph paragraph) {
            json.writeStringField("type", "paragraph");
            inlines("inlines", paragraph.inlines());
        } else if (block instanceof Heading heading) {
            json.writeStringField("type", "heading");
            json.writeNumberField("level", heading.level());
            inlines("inlines", heading.inlines());
        } else if (block instanceof ListBlock list) {
            json.writeStringField("type", "list");
            json.writeBooleanField("ordered", list.ordered());
            json.writeNumberField("start", list.start());
            json.writeArrayFieldStart("items");
            for (ListItem item : list.items()) {
                json.writeStartObject();
                blocks(item.blocks());
                json.writeEndObject();
            }
            json.writeEndArray();
        } else if (block instanceof Quote quote) {
            json.writeStringField("type", "quote");
            blocks(quote.blocks());
        } else if (block instanceof CodeBlock code) {
            json.writeStringField("type", "code");
            json.writeStringField("info", code.info());
            json.writeStringField("literal", code.literal());
        } else if (block instanceof Figure figure) {
            json.writeStringField("type", "figure");
            json.writeFieldName("image");
            image(figure.image());
            inlines("caption", figure.caption());
        } else if (block instanceof Table table) {
            json.writeStringField("type", "table");
            json.writeFieldName("header");
            row(table.header());
            json.writeArrayFieldStart("rows");
            for (TableRow row : table.rows()) {
                row(row);
            }
            json.writeEndArray();
        } else if (block instanceof Rule) {
            json.writeStringField("type", "rule");
        } else if (block instanceof RawBlock raw) {
            json.writeStringField("type", "raw");
            json.writeStringField("content", raw.content());
        }
        json.writeEndObject();
    }

    private void row(TableRow row) throws IOException {
        json.writeStartArray();
        for (List<Inline> cell : row.cells()) {
            json.writeStartArray();
            for (Inline inline : cell) {
                inline(inline);
            }
            json.writeEndArray();
        }
        json.writeEndArray();
    }

    private void inlines(String field, List<Inline> inlines) throws IOException {
        json.writeArrayFieldStart(field);
        for (Inline inline : inlines) {
            inline(inline);
        }
        json.writeEndArray();
    }

    private void inline(Inline inline) throws IOException {
        if (inline instanceof Image image) {
            image(image);
            return;
        }
        json.writeStartObject();
        if (inline instanceof Text text) {
            json.writeStringField("type", "text");
            json.writeStringField("text", text.text());
        } else if (inline instanceof Emphasis emphasis) {
            json.writeStringField("type", "emphasis");
            inlines("inlines", emphasis.inlines());
        } else if (inline instanceof Strong strong) {
            json.writeStringField("type", "strong");
            inlines("inlines", strong.inlines());
        } else if (inline instanceof Strikethrough strike) {
            json.writeStringField("type", "strikethrough");
            inlines("inlines", strike.inlines());
        } else if (inline instanceof Code code) {
            json.writeStringField("type", "code");
            json.writeStringField("literal", code.literal());
        } else if (inline instanceof Link link) {
            json.writeStringField("type", "link");
            json.writeStringField("url", link.destination());
            json.writeStringField("title", link.title());
            inlines("inlines", link.inlines());
        } else if (inline instanceof LineBreak lineBreak) {
            json.writeStringField("type", "break");
            json.writeBooleanField("hard", lineBreak.hard());
        } else if (inline instanceof RawInline raw) {
            json.writeStringField("type", "raw");
            json.writeStringField("content", raw.content());
        }
        json.writeEndObject();
    }

    private void image(Image image) throws IOException {
        json.writeStartObject();
        json.writeStringField("type", "image");
        json.writeStringField("src", image.source());
        json.writeStringField("alt", image.alt());
        json.writeStringField("title", image.title());
        json.writeEndObject();
    }

    private void value(Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof String text) {
            json.writeString(text);
        } else if (value instanceof Boolean bool) {
            json.writeBoolean(bool);
        } else if (value instanceof Long number) {
            json.writeNumber(number);
        } else if (value instanceof Double number) {
            if (number.isNaN() || number.isInfinite()) {
                json.writeString(number.toString()); // JSON has no NaN or infinity
            } else {
                json.writeNumber(number);
            }
        } else if (value instanceof Map<?, ?> map) {
            json.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                json.writeFieldName((String) entry.getKey());
                value(entry.getValue());
            }
            json.writeEndObject();
        } else if (value instanceof List<?> list) {
            json.writeStartArray();
            for (Object element : list) {
                value(element);
            }
            json.writeEndArray();
        } else {
            throw new IllegalStateException(
                    "metadata holds only plain values, found " + value.getClass());
        }
    }

    private void stringOrNull(String field, String value) throws IOException {
        if (value == null) {
            json.writeNullField(field);
        } else {
            json.writeStringField(field, value);
        }
    }

    private void uriOrNull(String field, URI uri) throws IOException {
        stringOrNull(field, uri == null ? null : uri.toString());
    }
}
