package dev.newsletter;

import dev.newsletter.internal.ParserRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Reads issues from files and strings, choosing for each source the installed {@link IssueParser}
 * that recognises its content best. Build one per run and share it: it is immutable and
 * thread-safe, and it looks the parsers up once.
 *
 * <pre>{@code
 * IssueReader reader = IssueReader.builder()
 *     .options(ParseOptions.builder().strict(true).build())
 *     .build();
 * ParseResult result = reader.read(Path.of("issue.md"));
 * result.diagnostics().forEach(System.err::println);
 * Issue issue = result.issue();
 * }</pre>
 */
public final class IssueReader {

    /** The artifact that holds the standard parsers, named when none is installed. */
    public static final String PARSER_ARTIFACT = "dev.newsletter:newsletter-parser";

    private static final Comparator<ParseResult> BY_DATE =
            Comparator.comparing(
                            (ParseResult result) -> result.issue().date(),
                            Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(
                            result -> result.issue().source().location(),
                            Comparator.nullsLast(Comparator.naturalOrder()));

    private final ParseOptions options;
    private final List<IssueParser> parsers;

    private IssueReader(ParseOptions options, List<IssueParser> parsers) {
        this.options = options;
        this.parsers = parsers;
    }

    /** A reader with default options and the parsers found with {@link java.util.ServiceLoader}. */
    public static IssueReader create() {
        return builder().build();
    }

    /** The shared default reader behind {@link Issue#parse(Path)}. */
    static IssueReader standard() {
        return StandardHolder.READER;
    }

    /** A builder: default options, parsers found with {@link java.util.ServiceLoader}. */
    public static Builder builder() {
        return new Builder();
    }

    /** The options. */
    public ParseOptions options() {
        return options;
    }

    /** The parsers this reader chooses from. */
    public List<IssueParser> parsers() {
        return parsers;
    }

    /**
     * Reads the issue in {@code file}.
     *
     * @throws IOException if it cannot be read
     * @throws ParseException if it is over the size limit or no parser recognises it
     * @throws IllegalStateException if no parser is installed
     */
    public ParseResult read(Path file) throws IOException {
        return read(input(file));
    }

    /**
     * Reads the issue in {@code input}.
     *
     * @throws ParseException if it is over the size limit or no parser recognises it
     * @throws IllegalStateException if no parser is installed
     */
    public ParseResult read(ParseInput input) {
        checkSize(input);
        return choose(input).parse(input, options);
    }

    /**
     * Reads every issue in {@code path}: each file of a folder (recursively, skipping hidden files
     * and files no parser recognises), or each message of a multi-message file such as an mbox.
     * Sorted by date, undated issues last, then by location.
     *
     * @throws IOException if a file cannot be read
     */
    public List<ParseResult> readAll(Path path) throws IOException {
        List<ParseResult> results = new ArrayList<>();
        if (Files.isDirectory(path)) {
            for (Path file : filesUnder(path)) {
                ParseInput input = input(file);
                IssueParser parser = best(input);
                if (parser != null) {
                    results.addAll(parser.parseAll(input, options));
                }
            }
        } else {
            ParseInput input = input(path);
            checkSize(input);
            results.addAll(choose(input).parseAll(input, options));
        }
        results.sort(BY_DATE);
        return List.copyOf(results);
    }

    /**
     * Parses the issue in {@code file}, failing on errors (and on warnings in strict mode).
     *
     * @throws IOException if it cannot be read
     * @throws ParseException on errors
     */
    public Issue parse(Path file) throws IOException {
        return read(file).issueOrThrow(options.strict());
    }

    /**
     * Parses an issue held in a string.
     *
     * @throws ParseException on errors
     */
    public Issue parse(String text) {
        return read(ParseInput.of("<string>", text)).issueOrThrow(options.strict());
    }

    /**
     * Parses every issue in {@code path}, as {@link #readAll(Path)} reads them.
     *
     * @throws IOException if a file cannot be read
     * @throws ParseException if any issue has errors
     */
    public List<Issue> parseAll(Path path) throws IOException {
        List<Issue> issues = new ArrayList<>();
        for (ParseResult result : readAll(path)) {
            issues.add(result.issueOrThrow(options.strict()));
        }
        return List.copyOf(issues);
    }

    private ParseInput input(Path file) throws IOException {
        long size = Files.size(file);
        if (size > options.maxInputBytes()) {
            throw tooLarge(file.toString(), size);
        }
        return ParseInput.of(file);
    }

    private void checkSize(ParseInput input) {
        if (input.size() > options.maxInputBytes()) {
            throw tooLarge(input.name(), input.size());
        }
    }

    private ParseException tooLarge(String name, long size) {
        return new ParseException(
                Diagnostic.error(
                        name,
                        0,
                        0,
                        "input is "
                                + size
                                + " bytes, over the limit of "
                                + options.maxInputBytes()
                                + " bytes (ParseOptions.maxInputBytes)"));
    }

    private static List<Path> filesUnder(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(file -> !isHidden(folder.relativize(file)))
                    .sorted()
                    .toList();
        }
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private IssueParser choose(ParseInput input) {
        IssueParser parser = best(input);
        if (parser == null) {
            List<String> names = parsers.stream().map(IssueParser::name).toList();
            throw new ParseException(
                    Diagnostic.error(
                            input.name(),
                            1,
                            1,
                            "not a newsletter this library can read (tried the parsers "
                                    + names
                                    + ")"));
        }
        return parser;
    }

    /** The parser with the highest confidence, or null when none recognises the input. */
    private IssueParser best(ParseInput input) {
        if (parsers.isEmpty()) {
            throw new IllegalStateException(
                    "No newsletter parser is installed: add the dependency "
                            + PARSER_ARTIFACT
                            + " to the class path or module path (JSON input needs"
                            + " dev.newsletter:newsletter-render).");
        }
        IssueParser best = null;
        int bestConfidence = 0;
        for (IssueParser parser : parsers) {
            int confidence = parser.confidence(input);
            if (confidence > bestConfidence) {
                best = parser;
                bestConfidence = confidence;
            }
        }
        return best;
    }

    @Override
    public String toString() {
        return "IssueReader[parsers="
                + parsers.stream().map(IssueParser::name).toList()
                + ", options="
                + options
                + "]";
    }

    /** Builds an {@link IssueReader}. Not thread-safe. */
    public static final class Builder {
        private ParseOptions options = ParseOptions.defaults();
        private List<IssueParser> parsers;

        private Builder() {}

        /** The options (default: {@link ParseOptions#defaults()}). */
        public Builder options(ParseOptions options) {
            this.options = Objects.requireNonNull(options, "options");
            return this;
        }

        /**
         * Uses exactly these parsers instead of the installed ones, in order of preference when two
         * are equally sure.
         */
        public Builder parsers(Collection<? extends IssueParser> parsers) {
            this.parsers = List.copyOf(parsers);
            return this;
        }

        /** The reader; looks up the installed parsers unless {@link #parsers} was called. */
        public IssueReader build() {
            return new IssueReader(options, parsers != null ? parsers : ParserRegistry.installed());
        }
    }

    private static final class StandardHolder {
        static final IssueReader READER = create();
    }
}
