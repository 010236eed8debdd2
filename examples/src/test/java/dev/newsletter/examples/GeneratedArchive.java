package dev.newsletter.examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes an archive of realistic Markdown issues, made up from a fixed seed: front matter, an
 * introduction, sections with headings, links, lists, emphasis and code, as a small lab or club
 * would send every week. Large enough archives make a build take long enough to kill it mid-way.
 */
final class GeneratedArchive {

    private static final List<String> TOPICS =
            List.of(
                    "community garden",
                    "river survey",
                    "sensor network",
                    "reading group",
                    "open data portal",
                    "bike repair café",
                    "weather station",
                    "map sprint",
                    "tool library",
                    "night sky walk");
    private static final List<String> WORDS =
            List.of(
                    "we",
                    "measured",
                    "the",
                    "north",
                    "bank",
                    "again",
                    "and",
                    "found",
                    "fewer",
                    "herons",
                    "than",
                    "last",
                    "spring",
                    "volunteers",
                    "logged",
                    "readings",
                    "every",
                    "morning",
                    "before",
                    "work",
                    "a",
                    "new",
                    "batch",
                    "of",
                    "boards",
                    "arrived",
                    "with",
                    "better",
                    "batteries",
                    "so",
                    "the",
                    "nodes",
                    "now",
                    "last",
                    "three",
                    "weeks",
                    "our",
                    "notes",
                    "from",
                    "the",
                    "meeting",
                    "are",
                    "online",
                    "thanks",
                    "to",
                    "everyone",
                    "who",
                    "came",
                    "despite",
                    "the",
                    "rain",
                    "next",
                    "time",
                    "bring",
                    "gloves",
                    "tea",
                    "is",
                    "on",
                    "us",
                    "questions",
                    "welcome");
    private static final List<String> PEOPLE =
            List.of("Ines Marlow", "Tomas Verde", "Aiko Brandt", "Sam Okafor", "Lena Ruiz");

    private GeneratedArchive() {}

    /** Writes {@code count} weekly issues into {@code folder}, the same ones for the same seed. */
    static void write(Path folder, int count, long seed) throws IOException {
        Files.createDirectories(folder);
        Random random = new Random(seed);
        LocalDate date = LocalDate.of(2015, 1, 5);
        for (int n = 1; n <= count; n++) {
            Path file = folder.resolve(String.format(Locale.ROOT, "%s-%04d.md", date, n));
            Files.writeString(file, issue(random, n, date), StandardCharsets.UTF_8);
            date = date.plusWeeks(1);
        }
    }

    private static String issue(Random random, int number, LocalDate date) {
        String topic = pick(random, TOPICS);
        StringBuilder text = new StringBuilder();
        text.append("---\n")
                .append("title: \"Field Notes #")
                .append(number)
                .append(": the ")
                .append(topic)
                .append("\"\n")
                .append("date: ")
                .append(date)
                .append("\n")
                .append("publication: Field Notes\n")
                .append("authors:\n  - ")
                .append(pick(random, PEOPLE))
                .append("\ntags: [community, ")
                .append(topic.replace(' ', '-'))
                .append("]\n---\n\n");
        text.append(sentences(random, 3)).append("\n\n<!-- more -->\n\n");
        int sections = 3 + random.nextInt(3);
        for (int s = 0; s < sections; s++) {
            text.append("## ").append(capitalised(pick(random, TOPICS))).append("\n\n");
            text.append(sentences(random, 4 + random.nextInt(4))).append("\n\n");
            int links = 2 + random.nextInt(4);
            for (int l = 0; l < links; l++) {
                String slug = pick(random, TOPICS).replace(' ', '-');
                text.append("- [")
                        .append(capitalised(words(random, 4)))
                        .append("](https://fieldnotes.example.org/")
                        .append(date.getYear())
                        .append('/')
                        .append(slug)
                        .append('-')
                        .append(number)
                        .append(".html): ")
                        .append(words(random, 8))
                        .append(", *")
                        .append(words(random, 2))
                        .append("*\n");
            }
            text.append("\nRun `make survey-")
                    .append(number % 7)
                    .append("` to get the data, then **")
                    .append(words(random, 3))
                    .append("**.\n\n");
        }
        text.append("See you next week,\n").append(pick(random, PEOPLE)).append('\n');
        return text.toString();
    }

    private static String sentences(Random random, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                text.append(' ');
            }
            text.append(capitalised(words(random, 8 + random.nextInt(12)))).append('.');
        }
        return text.toString();
    }

    private static String words(Random random, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                text.append(' ');
            }
            text.append(pick(random, WORDS));
        }
        return text.toString();
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static <T> T pick(Random random, List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
