package dev.newsletter.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The JSON of a hand-built issue against a golden file a person has read. To accept a deliberate
 * change, run with {@code -Dgolden.update=true} and read the diff before committing.
 */
class JsonGoldenTest {

    @Test
    void everythingIssueMatchesItsGoldenFile() throws IOException {
        String actual = JsonRenderer.create().render(ExchangeSamples.everything());
        Path golden = Path.of("src/test/resources/json/everything.json");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        try (InputStream in = getClass().getResourceAsStream("/json/everything.json")) {
            assertThat(in).as("golden file json/everything.json").isNotNull();
            assertThat(actual).isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
