package dev.newsletter.parser.markdown;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * The shared corpus of real newsletters, outside the repository: {@code ../shared/corpus} from the
 * repository root. Tests over it skip when it is absent.
 */
final class CorpusFiles {

    static final Path ROOT = Path.of("..", "..", "shared", "corpus");

    private CorpusFiles() {}

    /** Skips the calling test when the corpus is absent. */
    static void assumePresent() {
        Assumptions.assumeTrue(Files.isDirectory(ROOT), "the shared corpus is absent: " + ROOT);
    }

    /**
     * Every Markdown issue of the corpus: the files of its Markdown and MDX archives, and the seeds
     * that open with front matter (Markdown in {@code .txt} files). Skips the calling test when the
     * corpus is absent.
     */
    static List<Path> markdownFiles() {
        // Skips (never fails) the asking test, even from a parameter source, where an empty list
        // would be a configuration error.
        assumePresent();
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files.filter(Files::isRegularFile)
                    .filter(CorpusFiles::isMarkdownIssue)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isMarkdownIssue(Path file) {
        String folder = file.getParent().getFileName().toString();
        if (folder.startsWith("markdown") || folder.equals("mdx")) {
            return true;
        }
        if (folder.equals("seeds")) {
            try {
                return Files.readString(file, StandardCharsets.UTF_8).startsWith("---");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return false;
    }
}
