package dev.newsletter.structure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The structure of corpus issues as people wrote it down by hand, before the parser ran, following
 * {@code ../shared/structure.md}: sections as they nest, their kinds, and each entry's title,
 * address and contributor. Texts are kept as {@linkplain Fingerprint fingerprints}, never as the
 * publishers' words.
 */
final class Expectations {

    static final String RESOURCE = "/structure/expectations.json";

    private static final ObjectMapper JSON =
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** One labelled issue. */
    record Issue(
            String file,
            String date,
            List<Entry> intro,
            List<Section> sections,
            int labelledEntries) {

        String publisher() {
            return file.substring(0, file.indexOf('/'));
        }
    }

    /** A section: its heading's fingerprint (null for a section without heading) and kind. */
    record Section(String heading, String kind, List<Entry> entries, List<Section> sections) {}

    /**
     * An entry: the fingerprints of its title, of the title's first words (for a title that is an
     * item's lead words), of its address and of its contributor's name, each may be null.
     */
    record Entry(String title, String lead, boolean leadTitle, String url, String contributor) {}

    private record File(int version, String note, List<Issue> issues) {}

    private Expectations() {}

    /** The committed expectations. */
    static List<Issue> load() {
        try (InputStream in = Expectations.class.getResourceAsStream(RESOURCE)) {
            return JSON.readValue(in, File.class).issues();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the expectations of the hand-written labels in {@code args[0]} (one JSON file per
     * issue, with plain text, kept outside the repository) to {@code args[1]}.
     */
    public static void main(String[] args) throws IOException {
        List<Issue> issues = new ArrayList<>();
        try (var files = Files.list(Path.of(args[0]))) {
            for (Path label : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                issues.add(issue(JSON.readTree(label.toFile())));
            }
        }
        String note =
                "Hand-written structure of corpus issues (../shared/structure.md), labelled before"
                        + " the parser ran; texts are fingerprints (Fingerprint.java).";
        JSON.writeValue(Path.of(args[1]).toFile(), new File(1, note, issues));
    }

    private static Issue issue(JsonNode label) {
        List<Section> sections = new ArrayList<>();
        for (JsonNode section : label.path("sections")) {
            sections.add(section(section));
        }
        List<Entry> intro = entries(label.path("intro").path("entries"));
        int count = intro.size();
        for (Section section : sections) {
            count += count(section);
        }
        return new Issue(
                label.path("file").asText(),
                label.path("issue").path("date").isTextual()
                        ? label.path("issue").path("date").asText()
                        : null,
                intro,
                sections,
                count);
    }

    private static int count(Section section) {
        int count = section.entries().size();
        for (Section sub : section.sections()) {
            count += count(sub);
        }
        return count;
    }

    private static Section section(JsonNode section) {
        List<Section> subsections = new ArrayList<>();
        for (JsonNode sub : section.path("sections")) {
            subsections.add(section(sub));
        }
        return new Section(
                Fingerprint.of(text(section.path("heading"))),
                section.path("kind").asText("other"),
                entries(section.path("entries")),
                subsections);
    }

    private static List<Entry> entries(JsonNode entries) {
        List<Entry> out = new ArrayList<>();
        for (JsonNode entry : entries) {
            String title = text(entry.path("title"));
            out.add(
                    new Entry(
                            Fingerprint.of(title),
                            Fingerprint.lead(title),
                            "lead".equals(text(entry.path("titleFrom"))),
                            Fingerprint.ofUrl(text(entry.path("url"))),
                            Fingerprint.of(text(entry.path("contributor")))));
        }
        return out;
    }

    private static String text(JsonNode node) {
        return node.isTextual() ? node.asText() : null;
    }
}
