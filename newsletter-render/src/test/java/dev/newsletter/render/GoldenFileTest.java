package dev.newsletter.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsletter.Issue;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Renders each hand-built sample in each format and compares with the expected output under {@code
 * src/test/resources/{html,markdown,text}/}. After a deliberate change, regenerate with {@code
 * -Dgolden.update=true} and read the diff before committing it.
 */
class GoldenFileTest {

    private static final Path RESOURCES = Path.of("src", "test", "resources");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    static List<Arguments> cases() {
        HtmlRenderer page =
                HtmlRenderer.builder()
                        .standalone(true)
                        .baseUri(URI.create("https://notes.example.org/2023/03/"))
                        .atomFeed(URI.create("https://notes.example.org/atom.xml"))
                        .jsonFeed(URI.create("https://notes.example.org/feed.json"))
                        .build();
        List<Arguments> cases = new ArrayList<>();
        for (Map.Entry<String, Issue> sample : SampleIssues.all().entrySet()) {
            String name = sample.getKey();
            Issue issue = sample.getValue();
            cases.add(Arguments.of("html/" + name + ".html", HtmlRenderer.create(), issue));
            cases.add(Arguments.of("html/" + name + ".page.html", page, issue));
            cases.add(Arguments.of("markdown/" + name + ".md", MarkdownRenderer.create(), issue));
            cases.add(Arguments.of("text/" + name + ".txt", PlainTextRenderer.create(), issue));
        }
        return cases;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rendersAsTheGoldenFile(String golden, IssueRenderer renderer, Issue issue)
            throws IOException {
        String actual = renderer.render(issue);
        Path file = RESOURCES.resolve(golden);
        if (UPDATE) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }
}
