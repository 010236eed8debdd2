package dev.newsletter.render;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.newsletter.Issue;
import dev.newsletter.IssueParser;
import dev.newsletter.IssueReader;
import dev.newsletter.ParseInput;
import dev.newsletter.ParseOptions;
import dev.newsletter.ParseResult;
import dev.newsletter.Publication;
import dev.newsletter.Source;
import java.util.Locale;

/**
 * Reads rendered output back with whatever parsers are installed ({@code newsletter-parser} as a
 * test dependency), and skips the calling test when none recognises the format: the Markdown and
 * email parsers are built beside the renderers.
 */
final class InstalledParsers {

    private static final IssueReader READER = IssueReader.create();

    private InstalledParsers() {}

    /** Skips the test unless an installed parser other than the JSON one recognises the sample. */
    static void assumeParserFor(String name, String sample) {
        ParseInput input = ParseInput.of(name, sample);
        boolean recognised = false;
        for (IssueParser parser : READER.parsers()) {
            if (!parser.name().toLowerCase(Locale.ROOT).contains("json")
                    && parser.confidence(input) > 0) {
                recognised = true;
            }
        }
        assumeTrue(
                recognised,
                "no parser for " + name + " installed: add newsletter-parser (test scope)");
    }

    /** The issue read back from {@code text}, its source cleared for comparison. */
    static Issue readBack(String name, String text) {
        return readBack(name, text, Publication.unknown());
    }

    /**
     * The issue read back from {@code text} by a reader configured with the publication, as an
     * archive's site configuration names it (Markdown front matter does not), source cleared.
     */
    static Issue readBack(String name, String text, Publication publication) {
        IssueReader reader =
                IssueReader.builder()
                        .options(ParseOptions.builder().defaultPublication(publication).build())
                        .build();
        ParseResult result = reader.read(ParseInput.of(name, text));
        return result.issue().toBuilder().source(Source.unknown()).build();
    }
}
