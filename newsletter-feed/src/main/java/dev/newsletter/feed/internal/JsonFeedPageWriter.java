package dev.newsletter.feed.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.newsletter.Person;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes a page as JSON Feed 1.1 with Jackson's streaming generator. An archive page links the next
 * older page as {@code next_url}, the JSON Feed way of paging. Stateless and thread-safe.
 */
public final class JsonFeedPageWriter implements FeedPageWriter {

    /** The version URL every JSON Feed 1.1 document starts with. */
    public static final String VERSION = "https://jsonfeed.org/version/1.1";

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    @Override
    public void write(FeedPage page, Appendable out) throws IOException {
        Writer writer = new AppendableWriter(out);
        try (JsonGenerator json = FACTORY.createGenerator(writer)) {
            DefaultPrettyPrinter pretty =
                    new DefaultPrettyPrinter(
                                    Separators.createDefaultInstance()
                                            .withObjectFieldValueSpacing(Separators.Spacing.NONE))
                            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                            .withArrayIndenter(new DefaultIndenter("  ", "\n"));
            json.setPrettyPrinter(pretty);
            json.writeStartObject();
            json.writeStringField("version", VERSION);
            json.writeStringField("title", page.title());
            json.writeStringField("home_page_url", page.homepage().toASCIIString());
            writeUri(json, "feed_url", page.self());
            if (page.description() != null && !page.description().isBlank()) {
                json.writeStringField("description", page.description());
            }
            writeUri(json, "next_url", page.previousArchive());
            if (page.language() != null) {
                json.writeStringField("language", page.language());
            }
            writeAuthors(json, page.authors());
            json.writeArrayFieldStart("items");
            for (FeedItem item : page.items()) {
                writeItem(json, item);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        writer.write('\n');
        writer.flush();
    }

    private static void writeItem(JsonGenerator json, FeedItem item) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", item.id());
        json.writeStringField("url", item.link().toASCIIString());
        json.writeStringField("title", item.title());
        if (item.contentHtml() != null) {
            json.writeStringField("content_html", item.contentHtml());
        } else {
            // JSON Feed requires content: a summary-only feed carries the summary as text.
            json.writeStringField(
                    "content_text", item.summary().isBlank() ? item.title() : item.summary());
        }
        if (!item.summary().isBlank()) {
            json.writeStringField("summary", item.summary());
        }
        writeUri(json, "image", item.image());
        json.writeStringField("date_published", rfc3339(item.published()));
        json.writeStringField("date_modified", rfc3339(item.updated()));
        if (!item.authors().isEmpty()) {
            writeAuthors(json, item.authors());
        }
        if (!item.categories().isEmpty()) {
            json.writeArrayFieldStart("tags");
            for (String tag : item.categories()) {
                json.writeString(tag);
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    private static void writeAuthors(JsonGenerator json, List<Person> people) throws IOException {
        json.writeArrayFieldStart("authors");
        for (Person person : people) {
            json.writeStartObject();
            json.writeStringField("name", person.name());
            writeUri(json, "url", person.uri());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeUri(JsonGenerator json, String field, URI uri) throws IOException {
        if (uri != null) {
            json.writeStringField(field, uri.toASCIIString());
        }
    }

    private static String rfc3339(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }
}
