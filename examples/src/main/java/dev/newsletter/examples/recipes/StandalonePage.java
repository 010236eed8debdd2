package dev.newsletter.examples.recipes;

import dev.newsletter.Issue;
import dev.newsletter.render.HtmlRenderer;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Renders one issue as a standalone HTML page whose relative links point at the live site. */
public final class StandalonePage {

    private StandalonePage() {}

    /** Takes the issue file, the output file and the site's base URL. */
    public static void main(String[] args) throws IOException {
        Issue issue = Issue.parse(Path.of(args[0]));
        HtmlRenderer renderer =
                HtmlRenderer.builder().standalone(true).baseUri(URI.create(args[2])).build();
        try (Writer out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            renderer.render(issue, out);
        }
    }
}
