package dev.newsletter.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsletter.examples.recipes.ContributorFeed;
import dev.newsletter.examples.recipes.ReadingList;
import dev.newsletter.examples.recipes.StandalonePage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs each recipe on the sample archive, as its Javadoc says to. */
class RecipesTest {

    @FunctionalInterface
    private interface Main {
        void run() throws Exception;
    }

    private static String stdout(Main main) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            main.run();
        } finally {
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    @Test
    void readingListNamesEveryReadWithItsContributor() throws Exception {
        String out = stdout(() -> ReadingList.main(new String[] {"sample-archive"}));
        assertThat(out)
                .contains("January 2024: Calibration in Practice (Ines)")
                .contains("February 2024: Lost in the Middle (Ines)")
                .contains("March 2024: Scaling Data-Constrained Language Models (Rosa)");
    }

    @Test
    void standalonePageResolvesLinksAgainstTheSite(@TempDir Path folder) throws Exception {
        Path page = folder.resolve("page.html");
        StandalonePage.main(
                new String[] {
                    "sample-archive/2024-01.md", page.toString(), "https://harborlab.example.org/"
                });
        assertThat(page)
                .content()
                .contains("<!DOCTYPE html>")
                .contains("https://harborlab.example.org/images/2024-01/tabular.png");
    }

    @Test
    void contributorFeedHasAnItemPerEntry() throws Exception {
        String out =
                stdout(
                        () ->
                                ContributorFeed.main(
                                        new String[] {
                                            "sample-archive", "https://harborlab.example.org/"
                                        }));
        assertThat(out).contains("<rss").contains("<title>Calibration in Practice</title>");
    }
}
