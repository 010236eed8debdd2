package dev.newsletter.parser.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.newsletter.Issue;
import dev.newsletter.ParseInput;
import dev.newsletter.ParseOptions;
import dev.newsletter.ParseResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.james.mime4j.dom.Body;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.SingleBody;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every email-shaped file of the shared corpus (and every fixture) parses without an exception, and
 * every word of its text body is somewhere in the model. Corpus cases are skipped when the corpus
 * is absent.
 */
class CorpusNothingLostTest {

    private static final List<String> EMAIL_FOLDERS =
            List.of(
                    "seeds",
                    "fastforward/email-html",
                    "gitrevnews/eml",
                    "git-whats-cooking/eml",
                    "bitcoin-dev-digest/mailman-digest-text");

    static Stream<Arguments> corpusFiles() throws IOException {
        if (!Files.isDirectory(Fixtures.CORPUS)) {
            return Stream.of(Arguments.of("(corpus absent)", null));
        }
        Stream.Builder<Arguments> files = Stream.builder();
        for (String folder : EMAIL_FOLDERS) {
            try (Stream<Path> listing = Files.list(Fixtures.CORPUS.resolve(folder))) {
                listing.sorted()
                        .filter(file -> !folder.equals("seeds") || isPlainTextSeed(file))
                        .forEach(
                                file ->
                                        files.add(
                                                Arguments.of(
                                                        folder + "/" + file.getFileName(), file)));
            }
        }
        return files.build();
    }

    /** Seeds 000 and 001 are Markdown; the email parser owns 002 and 003. */
    private static boolean isPlainTextSeed(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith("002") || name.startsWith("003");
    }

    static Stream<Arguments> fixtures() {
        return Stream.of(
                        "text/2023-04-signal-notes.txt",
                        "text/sensor-dev-digest.txt",
                        "text/weekly-wrench-42.txt",
                        "html/2023-04-signal-notes.html",
                        "html/garden-club-spring.html",
                        "eml/2023-05-quoted-printable.eml",
                        "eml/2023-06-base64-latin1.eml",
                        "eml/2023-07-bogus-charset.eml",
                        "eml/2023-08-multipart-alternative.eml",
                        "eml/2023-09-html-only.eml",
                        "eml/broken-date.eml")
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpusFiles")
    void corpusFileKeepsEveryWord(String name, Path file) throws IOException {
        assumeTrue(file != null, "the shared corpus is absent");
        byte[] bytes = Files.readAllBytes(file);
        assertKeepsEveryWord(name, bytes);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void fixtureKeepsEveryWord(String path) throws IOException {
        assertKeepsEveryWord(path, Fixtures.bytes(path));
    }

    private static void assertKeepsEveryWord(String name, byte[] bytes) throws IOException {
        ParseInput input = ParseInput.of(name, bytes);
        List<ParseResult> results = Fixtures.PARSER.parseAll(input, ParseOptions.defaults());
        assertThat(results).hasSize(1);
        Issue issue = results.get(0).issue();
        assertThat(results.get(0).hasErrors())
                .as("errors: %s", results.get(0).diagnostics())
                .isFalse();
        String body = bodyText(name, bytes);
        assertThat(ModelWords.missing(body, issue))
                .as("words of %s missing from the model", name)
                .isEmpty();
    }

    /** The text a reader sees: the decoded text body of a message, the text of an HTML page. */
    private static String bodyText(String name, byte[] bytes) throws IOException {
        if (name.endsWith(".eml")) {
            Message message =
                    new DefaultMessageBuilder().parseMessage(new ByteArrayInputStream(bytes));
            SingleBody part = firstTextPart(message);
            String charset = part.getParent().getCharset();
            try (InputStream in = part.getInputStream()) {
                byte[] decoded = in.readAllBytes();
                String text = new String(decoded, charset(charset));
                return part.getParent().getMimeType().equals("text/html")
                        ? Jsoup.parse(text).text()
                        : text;
            }
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        return name.endsWith(".html") ? Jsoup.parse(text).text() : text;
    }

    private static Charset charset(String name) {
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }

    private static SingleBody firstTextPart(Entity entity) {
        Body body = entity.getBody();
        if (body instanceof Multipart multipart) {
            SingleBody html = null;
            for (Entity part : multipart.getBodyParts()) {
                SingleBody found = firstTextPart(part);
                if (found != null && found.getParent().getMimeType().equals("text/plain")) {
                    return found;
                }
                html = html == null ? found : html;
            }
            return html;
        }
        return body instanceof SingleBody single ? single : null;
    }
}
