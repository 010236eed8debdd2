package dev.newsletter.parser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsletter.Issue;
import dev.newsletter.render.JsonRenderer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;

/**
 * The golden form of a corpus issue: its structure as a person checks it (dates, sections, entry
 * titles, links, contributors, block counts), without the body text, which belongs to its publisher
 * and is not copied into this project, plus a fingerprint of the full JSON, so that any change to
 * the text the parser keeps still fails the test.
 */
public final class GoldenOutline {

    private static final ObjectMapper JSON =
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private GoldenOutline() {}

    /** The outline of {@code issue}, as indented JSON ending with a new line. */
    public static String of(Issue issue) {
        String full = JsonRenderer.create().render(issue);
        try {
            JsonNode json = JSON.readTree(full);
            ObjectNode outline = JSON.createObjectNode();
            for (String key :
                    new String[] {
                        "title",
                        "edition",
                        "date",
                        "datePrecision",
                        "published",
                        "format",
                        "source",
                        "wordCount",
                        "publication",
                        "authors",
                        "tags"
                    }) {
                outline.set(key, json.get(key));
            }
            ArrayNode metadataKeys = outline.putArray("metadataKeys");
            for (Iterator<String> keys = json.get("metadata").fieldNames(); keys.hasNext(); ) {
                metadataKeys.add(keys.next());
            }
            outline.put("introBlocks", json.get("intro").get("blocks").size());
            ArrayNode sections = outline.putArray("sections");
            for (JsonNode section : json.get("sections")) {
                ObjectNode s = sections.addObject();
                s.set("kind", section.get("kind"));
                s.set("heading", section.get("heading"));
                s.set("title", section.get("title"));
                s.put("blocks", section.get("blocks").size());
                ArrayNode entries = s.putArray("entries");
                for (JsonNode entry : section.get("entries")) {
                    ObjectNode e = entries.addObject();
                    e.set("title", entry.get("title"));
                    e.set("url", entry.get("url"));
                    e.set("contributor", entry.get("contributor"));
                    e.put("blocks", entry.get("blocks").size());
                }
            }
            outline.put("fingerprint", sha256(full));
            return JSON.writeValueAsString(outline) + "\n";
        } catch (java.io.IOException e) {
            throw new IllegalStateException("our own JSON did not read back", e);
        }
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
