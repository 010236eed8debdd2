package dev.newsletter;

import java.util.List;
import java.util.Objects;

/**
 * What {@link IssueReader#readAll(java.nio.file.Path)} found: the issues it parsed, and the files
 * it did not turn into issues, each with why, so that nothing is dropped without a word.
 *
 * <pre>{@code
 * ArchiveResult archive = reader.readAll(Path.of("archive"));
 * archive.skipped().forEach(System.err::println); // archive/logo.bin:0:0: warning: skipped: ...
 * for (ParseResult result : archive.results()) { ... }
 * }</pre>
 *
 * @param results the parsed issues, sorted by date (undated last), then by location
 * @param skipped one diagnostic per file not read, naming it (line and column 0), sorted by file:
 *     an error when a file that should be read could not be (no permission, over the size limit), a
 *     warning when a file was passed over as no newsletter ({@code skipped: ...}: a link that leads
 *     outside the folder, binary content, an empty file, content no parser recognises, a device or
 *     pipe), a note for pictures, styles and data files beside the issues
 */
public record ArchiveResult(List<ParseResult> results, List<Diagnostic> skipped) {

    /** Checks and copies. */
    public ArchiveResult {
        results = List.copyOf(Objects.requireNonNull(results, "results"));
        skipped = List.copyOf(Objects.requireNonNull(skipped, "skipped"));
    }

    /** Whether a file could not be read or an issue has errors. */
    public boolean hasErrors() {
        return skipped.stream().anyMatch(d -> d.severity() == Severity.ERROR)
                || results.stream().anyMatch(ParseResult::hasErrors);
    }
}
