package dev.newsletter;

import dev.newsletter.internal.ArchiveWalk;
import dev.newsletter.internal.BinaryContent;
import dev.newsletter.internal.BoundedReading;
import dev.newsletter.internal.ByteSize;
import dev.newsletter.internal.FileProblems;
import dev.newsletter.internal.ParserRegistry;
import dev.newsletter.internal.SourceFileKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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

    /**
     * The confidence a parser must have to read a file of a folder that has no newsletter
     * extension: front matter, mail headers, an HTML document or a digest, not a README with a
     * heading and a link.
     */
    private static final int CONFIDENT = 60;

    private final ParseOptions options;
    private final List<IssueParser> parsers;
    private final boolean followLinksOutside;

    private IssueReader(
            ParseOptions options, List<IssueParser> parsers, boolean followLinksOutside) {
        this.options = options;
        this.parsers = parsers;
        this.followLinksOutside = followLinksOutside;
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
     * Reads the issue in {@code file}: a regular file, a device or a pipe, of which no more than
     * the size limit and one byte is read.
     *
     * @throws IOException if it cannot be read
     * @throws ParseException if it is over the size limit, empty, binary, or no parser recognises
     *     it
     * @throws IllegalStateException if no parser is installed
     */
    public ParseResult read(Path file) throws IOException {
        return read(ParseInput.read(file, options.maxInputBytes()));
    }

    /**
     * Reads the issue in {@code input}.
     *
     * @throws ParseException if it is over the size limit, empty, binary, or no parser recognises
     *     it
     * @throws IllegalStateException if no parser is installed
     */
    public ParseResult read(ParseInput input) {
        return choose(checked(input)).parse(input, options);
    }

    /**
     * Reads every issue in {@code path}: each file of a folder (recursively), or each message of a
     * multi-message file such as an mbox. In a folder, a file is read when it is a regular file
     * with a newsletter extension ({@code md}, {@code markdown}, {@code mdx}, {@code txt}, {@code
     * eml}, {@code mbox}, {@code html}, {@code json} and the like), or with another extension or
     * none when a parser recognises its content with confidence. Everything else is passed over and
     * reported in {@link ArchiveResult#skipped()}: symbolic links that lead outside the folder
     * (unless {@link Builder#followLinksOutside(boolean)}), binary and empty files, devices and
     * pipes, and pictures, styles and data files beside the issues. Hidden files and folders are
     * passed over without a word; a file reached through several links is read once. A file that
     * cannot be read is an error there, and the others are still read.
     *
     * @throws IOException if the folder or file {@code path} cannot be read
     * @throws ParseException if {@code path} is one file that is over the size limit, empty,
     *     binary, or that no parser recognises
     */
    public ArchiveResult readAll(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            ParseInput input = checked(ParseInput.read(path, options.maxInputBytes()));
            List<ParseResult> results = new ArrayList<>(choose(input).parseAll(input, options));
            results.sort(BY_DATE);
            return new ArchiveResult(results, List.of());
        }
        ArchiveWalk walk = ArchiveWalk.of(path, followLinksOutside);
        List<ParseResult> results = new ArrayList<>();
        List<Diagnostic> skipped = new ArrayList<>(walk.skipped());
        for (ArchiveWalk.SourceFile file : walk.files()) {
            readFile(file, results, skipped);
        }
        results.sort(BY_DATE);
        skipped.sort(Comparator.comparing(Diagnostic::source));
        return new ArchiveResult(results, skipped);
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
     * @throws IOException if the folder or file {@code path} cannot be read
     * @throws ParseException if any issue has errors or a file cannot be read (in strict mode also
     *     on warnings, a skipped file's included), with all of them
     */
    public List<Issue> parseAll(Path path) throws IOException {
        ArchiveResult archive = readAll(path);
        List<Diagnostic> failing = new ArrayList<>();
        archive.skipped().stream().filter(this::fails).forEach(failing::add);
        List<Issue> issues = new ArrayList<>();
        for (ParseResult result : archive.results()) {
            result.diagnostics().stream().filter(this::fails).forEach(failing::add);
            issues.add(result.issue());
        }
        if (!failing.isEmpty()) {
            throw new ParseException(failing);
        }
        return List.copyOf(issues);
    }

    private boolean fails(Diagnostic diagnostic) {
        return diagnostic.severity() == Severity.ERROR
                || (options.strict() && diagnostic.severity() == Severity.WARNING);
    }

    /** One file of a folder: parsed into {@code results}, or one reason in {@code skipped}. */
    private void readFile(
            ArchiveWalk.SourceFile file, List<ParseResult> results, List<Diagnostic> skipped) {
        String name = file.path().toString();
        boolean newsletter = file.kind() == SourceFileKind.NEWSLETTER;
        long max = options.maxInputBytes();
        byte[] bytes = null;
        if (file.size() <= max) {
            int limit = BoundedReading.probeLimit(max);
            // The walk saw no link here: refuse one that appears before the file is opened.
            LinkOption noLink = LinkOption.NOFOLLOW_LINKS;
            try {
                bytes =
                        newsletter
                                ? BoundedReading.read(file.target(), limit, file.size(), noLink)
                                : BoundedReading.readUnlessBinary(
                                        file.target(), limit, file.size(), noLink);
            } catch (IOException e) {
                skipped.add(
                        Diagnostic.error(
                                name, 0, 0, "cannot read it: " + FileProblems.describe(e)));
                return;
            }
        }
        if (bytes == null || bytes.length > max) {
            String message = ByteSize.tooLarge(bytes == null ? file.size() : -1, max);
            skipped.add(
                    newsletter
                            ? Diagnostic.error(name, 0, 0, message)
                            : Diagnostic.warning(name, 0, 0, "skipped: " + message));
            return;
        }
        ParseInput input = ParseInput.wrap(name, bytes);
        String refused = refusal(input);
        if (refused != null) {
            skipped.add(Diagnostic.warning(name, 0, 0, "skipped: " + refused));
            return;
        }
        IssueParser parser = best(input, newsletter ? 1 : CONFIDENT);
        if (parser == null) {
            skipped.add(
                    Diagnostic.warning(
                            name,
                            0,
                            0,
                            newsletter
                                    ? "skipped: not a newsletter this library can read"
                                    : "skipped: not a newsletter (no newsletter extension, and"
                                            + " no parser recognises the content)"));
            return;
        }
        results.addAll(parser.parseAll(input, options));
    }

    /**
     * {@code input}, when it is fit to hand to a parser.
     *
     * @throws ParseException if it is over the size limit, empty or binary
     */
    private ParseInput checked(ParseInput input) {
        Optional<Diagnostic> tooLarge = input.sizeError(options);
        if (tooLarge.isPresent()) {
            throw new ParseException(tooLarge.get());
        }
        String refused = refusal(input);
        if (refused != null) {
            throw new ParseException(Diagnostic.error(input.name(), 0, 0, refused));
        }
        return input;
    }

    /** Why {@code input} is no newsletter before any parser looks, or null. */
    private static String refusal(ParseInput input) {
        if (input.size() == 0) {
            return "the file is empty";
        }
        long nul = input.binaryOffset();
        return nul >= 0 ? BinaryContent.message(nul) : null;
    }

    private IssueParser choose(ParseInput input) {
        IssueParser parser = best(input, 1);
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

    /** The parser with the highest confidence, at least {@code least}; null when none has it. */
    private IssueParser best(ParseInput input, int least) {
        if (parsers.isEmpty()) {
            throw new IllegalStateException(
                    "No newsletter parser is installed: add the dependency "
                            + PARSER_ARTIFACT
                            + " to the class path or module path (JSON input needs"
                            + " dev.newsletter:newsletter-render).");
        }
        IssueParser best = null;
        int bestConfidence = least - 1;
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
                + (followLinksOutside ? ", followLinksOutside" : "")
                + "]";
    }

    /** Builds an {@link IssueReader}. Not thread-safe. */
    public static final class Builder {
        private ParseOptions options = ParseOptions.defaults();
        private List<IssueParser> parsers;
        private boolean followLinksOutside;

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

        /**
         * Whether {@link IssueReader#readAll(Path)} reads files and folders reached through a
         * symbolic link whose real target is outside the folder it reads (default: false, they are
         * skipped with a warning, so that reading a folder you do not control cannot publish other
         * files the process can read).
         */
        public Builder followLinksOutside(boolean followLinksOutside) {
            this.followLinksOutside = followLinksOutside;
            return this;
        }

        /** The reader; looks up the installed parsers unless {@link #parsers} was called. */
        public IssueReader build() {
            return new IssueReader(
                    options,
                    parsers != null ? parsers : ParserRegistry.installed(),
                    followLinksOutside);
        }
    }

    private static final class StandardHolder {
        static final IssueReader READER = create();
    }
}
