package dev.newsletter.parser.email;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.newsletter.Issue;
import dev.newsletter.ParseInput;
import dev.newsletter.ParseOptions;
import dev.newsletter.ParseResult;
import dev.newsletter.parser.EmailIssueParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The hand-written fixtures under {@code src/test/resources/email} and the shared corpus. */
final class Fixtures {

    static final EmailIssueParser PARSER = EmailIssueParser.create();

    /** The shared corpus seen from the module directory, surefire's working directory. */
    static final Path CORPUS = Path.of("..", "..", "shared", "corpus");

    private Fixtures() {}

    /** The issue the email parser reads from {@code text}, given as a plain-text body. */
    static Issue parseText(String text) {
        return PARSER.parse(ParseInput.of("case.txt", text), ParseOptions.defaults()).issue();
    }

    /** The bytes of the fixture {@code email/<path>}. */
    static byte[] bytes(String path) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/email/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture email/" + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fixture as UTF-8 text. */
    static String text(String path) {
        return new String(bytes(path), StandardCharsets.UTF_8);
    }

    /** The fixture as parser input, named by its file name. */
    static ParseInput input(String path) {
        return ParseInput.of(path.substring(path.lastIndexOf('/') + 1), bytes(path));
    }

    /** The result of parsing the fixture with default options. */
    static ParseResult read(String path) {
        return PARSER.parse(input(path), ParseOptions.defaults());
    }

    /** The issue of the fixture. */
    static Issue parse(String path) {
        return read(path).issue();
    }

    /** A corpus file, skipping the test when the corpus is absent. */
    static Path corpus(String relative) {
        Path file = CORPUS.resolve(relative);
        assumeTrue(Files.isReadable(file), "the shared corpus is absent: " + file.toAbsolutePath());
        return file;
    }

    /** The issue of a corpus file, skipping the test when the corpus is absent. */
    static Issue parseCorpus(String relative) {
        try {
            return PARSER.parse(ParseInput.of(corpus(relative)), ParseOptions.defaults()).issue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
