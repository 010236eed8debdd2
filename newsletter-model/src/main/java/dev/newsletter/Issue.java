package dev.newsletter;

import dev.newsletter.content.Block;
import dev.newsletter.internal.ContentWalker;
import dev.newsletter.internal.SummaryExtractor;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One issue of a newsletter: its publication, title, edition and date, the intro, the sections with
 * their entries, and the remaining metadata. Immutable, equal by value, thread-safe.
 *
 * <pre>{@code
 * Issue issue = Issue.parse(Path.of("archive/2022-02.md"));
 * for (Entry read : issue.entries(SectionKind.READING)) {
 *   System.out.println(read.title() + " - " + read.contributor());
 * }
 * }</pre>
 *
 * @param publication the newsletter it belongs to, never null (possibly {@link
 *     Publication#unknown()})
 * @param title the front-matter or subject title, else the edition; may be empty, never null
 * @param edition the edition as named by the issue ("June 2021") or derived from its date, or
 *     {@code null}
 * @param date the issue's date, or {@code null} when the source tells none
 * @param datePrecision how precise {@code date} is; {@link DatePrecision#DAY} when there is no date
 * @param published the exact publication instant from the metadata, or {@code null}
 * @param authors the issue's authors or editors, in order
 * @param tags the issue's tags, in order
 * @param summary the summary the source states (front matter {@code summary}), or {@code null}; see
 *     {@link #summaryText()} for the one to show
 * @param intro the content before the first section
 * @param sections the sections, in order
 * @param metadata the remaining metadata, plain values only
 * @param source where the issue was read from
 */
public record Issue(
        Publication publication,
        String title,
        String edition,
        LocalDate date,
        DatePrecision datePrecision,
        Instant published,
        List<Person> authors,
        List<String> tags,
        String summary,
        List<Block> intro,
        List<Section> sections,
        Metadata metadata,
        Source source) {

    /** Words per minute used by {@link #readingMinutes()}. */
    public static final int DEFAULT_WORDS_PER_MINUTE = 212;

    /** Words taken by {@link #summaryText()} when the source marks no summary. */
    public static final int DEFAULT_SUMMARY_WORDS = 50;

    /** Checks and copies. */
    public Issue {
        Objects.requireNonNull(publication, "publication");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(datePrecision, "datePrecision");
        authors = List.copyOf(Objects.requireNonNull(authors, "authors"));
        tags = List.copyOf(Objects.requireNonNull(tags, "tags"));
        intro = List.copyOf(Objects.requireNonNull(intro, "intro"));
        sections = List.copyOf(Objects.requireNonNull(sections, "sections"));
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(source, "source");
        if (date == null && datePrecision != DatePrecision.DAY) {
            throw new IllegalArgumentException("an issue without a date has day precision");
        }
        if (date != null && datePrecision == DatePrecision.MONTH && date.getDayOfMonth() != 1) {
            throw new IllegalArgumentException(
                    "a month-precision date falls on the first of its month, was " + date);
        }
    }

    /**
     * Parses the issue in {@code file}, recognising its format by content (a Markdown issue in a
     * {@code .txt} file is read as Markdown), with default {@link ParseOptions}.
     *
     * @throws IOException if the file cannot be read
     * @throws ParseException if the content has errors, the file is over the size limit, empty or
     *     binary, or no parser recognises it
     * @throws IllegalStateException if no parser is installed: add {@code
     *     dev.newsletter:newsletter-parser}
     */
    public static Issue parse(Path file) throws IOException {
        return IssueReader.standard().parse(file);
    }

    /**
     * Parses the issue in {@code file} with the given options.
     *
     * @throws IOException if the file cannot be read
     * @throws ParseException if the content has errors (or, in strict mode, warnings)
     */
    public static Issue parse(Path file, ParseOptions options) throws IOException {
        return IssueReader.builder().options(options).build().parse(file);
    }

    /**
     * Parses an issue held in a string, recognising its format by content.
     *
     * @throws ParseException if the content has errors or no parser recognises it
     */
    public static Issue parse(String text) {
        return IssueReader.standard().parse(text);
    }

    /**
     * Parses every issue in {@code path}: each newsletter file of a folder (recursively; see {@link
     * IssueReader#readAll(Path)} for which files are read and which are skipped), or each message
     * of a multi-message file such as an mbox. Sorted by date, undated issues last.
     *
     * @throws IOException if the folder or file cannot be read
     * @throws ParseException if an issue has errors or a file of the folder cannot be read
     */
    public static List<Issue> parseAll(Path path) throws IOException {
        return IssueReader.standard().parseAll(path);
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this issue's values. */
    public Builder toBuilder() {
        return new Builder()
                .publication(publication)
                .title(title)
                .edition(edition)
                .date(date, datePrecision)
                .published(published)
                .authors(authors)
                .tags(tags)
                .summary(summary)
                .intro(intro)
                .sections(sections)
                .metadata(metadata)
                .source(source);
    }

    /** Every entry of every section and subsection, in document order. */
    public List<Entry> entries() {
        List<Entry> all = new ArrayList<>();
        for (Section section : sections) {
            all.addAll(section.allEntries());
        }
        return List.copyOf(all);
    }

    /**
     * The entries of the sections and subsections of the given kind, in document order; for a broad
     * kind, also those of its finer kinds ({@code entries(OTHER)} includes events). A subsection of
     * another kind keeps its entries to itself.
     */
    public List<Entry> entries(SectionKind kind) {
        Objects.requireNonNull(kind, "kind");
        List<Entry> all = new ArrayList<>();
        for (Section section : allSections()) {
            if (section.kind().equals(kind) || section.kind().broad().equals(kind)) {
                all.addAll(section.entries());
            }
        }
        return List.copyOf(all);
    }

    /** Every section and subsection, depth first, in document order. */
    public List<Section> allSections() {
        List<Section> all = new ArrayList<>();
        for (Section section : sections) {
            all.addAll(section.withSubsections());
        }
        return List.copyOf(all);
    }

    /**
     * The sections and subsections of the given kind, in document order; for a broad kind, also
     * those of its finer kinds.
     */
    public List<Section> sections(SectionKind kind) {
        Objects.requireNonNull(kind, "kind");
        return allSections().stream()
                .filter(
                        section ->
                                section.kind().equals(kind) || section.kind().broad().equals(kind))
                .toList();
    }

    /**
     * The distinct contributors of all entries, in order of first appearance. Two mentions of the
     * same name count once; the first one that has a URI wins.
     */
    public List<Person> contributors() {
        Map<String, Person> byName = new LinkedHashMap<>();
        for (Entry entry : entries()) {
            Person person = entry.contributor();
            if (person != null) {
                byName.merge(
                        person.name(),
                        person,
                        (first, later) -> first.uri() == null ? later : first);
            }
        }
        return List.copyOf(byName.values());
    }

    /** The intro's readable text. */
    public String introText() {
        return Block.plainText(intro);
    }

    /** The number of words of the title, intro and sections (not of the metadata). */
    public int wordCount() {
        int words = ContentWalker.countWords(title) + ContentWalker.countWords(intro);
        for (Section section : sections) {
            words += section.wordCount();
        }
        return words;
    }

    /**
     * Minutes to read the issue at {@value #DEFAULT_WORDS_PER_MINUTE} words a minute, at least 1.
     */
    public int readingMinutes() {
        return readingMinutes(DEFAULT_WORDS_PER_MINUTE);
    }

    /**
     * Minutes to read the issue at the given speed, rounded up, at least 1.
     *
     * @throws IllegalArgumentException if {@code wordsPerMinute} is not positive
     */
    public int readingMinutes(int wordsPerMinute) {
        if (wordsPerMinute <= 0) {
            throw new IllegalArgumentException(
                    "words per minute must be positive, was " + wordsPerMinute);
        }
        return Math.max(1, (wordCount() + wordsPerMinute - 1) / wordsPerMinute);
    }

    /**
     * The summary to show: the stated {@link #summary()}, else the text before a {@code <!-- more
     * -->} marker, else the first {@value #DEFAULT_SUMMARY_WORDS} words.
     */
    public String summaryText() {
        return summaryText(DEFAULT_SUMMARY_WORDS);
    }

    /**
     * The summary to show, taking at most {@code maxWords} words when the source marks no summary.
     *
     * @throws IllegalArgumentException if {@code maxWords} is not positive
     */
    public String summaryText(int maxWords) {
        return SummaryExtractor.summary(this, maxWords).text();
    }

    /**
     * Where {@link #summaryText(int)} takes its text from.
     *
     * @return {@code "metadata"}, {@code "more"} (a {@code <!-- more -->} marker) or {@code
     *     "words"}
     */
    public String summaryOrigin() {
        return SummaryExtractor.summary(this, DEFAULT_SUMMARY_WORDS).origin();
    }

    /** Builds an {@link Issue}. Not thread-safe. */
    public static final class Builder {
        private Publication publication = Publication.unknown();
        private String title = "";
        private String edition;
        private LocalDate date;
        private DatePrecision datePrecision = DatePrecision.DAY;
        private Instant published;
        private final List<Person> authors = new ArrayList<>();
        private final List<String> tags = new ArrayList<>();
        private String summary;
        private final List<Block> intro = new ArrayList<>();
        private final List<Section> sections = new ArrayList<>();
        private Metadata metadata = Metadata.empty();
        private Source source = Source.unknown();

        private Builder() {}

        /** The publication (default: unknown). */
        public Builder publication(Publication publication) {
            this.publication = Objects.requireNonNull(publication, "publication");
            return this;
        }

        /** The title (default: empty). */
        public Builder title(String title) {
            this.title = Objects.requireNonNull(title, "title");
            return this;
        }

        /** The edition, or {@code null}. */
        public Builder edition(String edition) {
            this.edition = edition;
            return this;
        }

        /** A date naming a day, or {@code null}. */
        public Builder date(LocalDate date) {
            return date(date, DatePrecision.DAY);
        }

        /** A date with its precision; a {@code null} date resets the precision to day. */
        public Builder date(LocalDate date, DatePrecision precision) {
            this.date = date;
            this.datePrecision =
                    date == null ? DatePrecision.DAY : Objects.requireNonNull(precision);
            return this;
        }

        /** The exact publication instant, or {@code null}. */
        public Builder published(Instant published) {
            this.published = published;
            return this;
        }

        /** Replaces the authors. */
        public Builder authors(Collection<Person> authors) {
            Objects.requireNonNull(authors, "authors");
            this.authors.clear();
            authors.forEach(this::addAuthor);
            return this;
        }

        /** Appends an author. */
        public Builder addAuthor(Person author) {
            authors.add(Objects.requireNonNull(author, "author"));
            return this;
        }

        /** Replaces the tags. */
        public Builder tags(Collection<String> tags) {
            Objects.requireNonNull(tags, "tags");
            this.tags.clear();
            tags.forEach(this::addTag);
            return this;
        }

        /** Appends a tag. */
        public Builder addTag(String tag) {
            tags.add(Objects.requireNonNull(tag, "tag"));
            return this;
        }

        /** The stated summary, or {@code null}. */
        public Builder summary(String summary) {
            this.summary = summary;
            return this;
        }

        /** Replaces the intro. */
        public Builder intro(Collection<? extends Block> intro) {
            Objects.requireNonNull(intro, "intro");
            this.intro.clear();
            intro.forEach(this::addIntro);
            return this;
        }

        /** Appends a block to the intro. */
        public Builder addIntro(Block block) {
            intro.add(Objects.requireNonNull(block, "block"));
            return this;
        }

        /** Replaces the sections. */
        public Builder sections(Collection<Section> sections) {
            Objects.requireNonNull(sections, "sections");
            this.sections.clear();
            sections.forEach(this::addSection);
            return this;
        }

        /** Appends a section. */
        public Builder addSection(Section section) {
            sections.add(Objects.requireNonNull(section, "section"));
            return this;
        }

        /** The remaining metadata (default: empty). */
        public Builder metadata(Metadata metadata) {
            this.metadata = Objects.requireNonNull(metadata, "metadata");
            return this;
        }

        /** The source (default: {@link Source#unknown()}). */
        public Builder source(Source source) {
            this.source = Objects.requireNonNull(source, "source");
            return this;
        }

        /**
         * The issue.
         *
         * @throws IllegalArgumentException if a month-precision date is not the first of its month
         */
        public Issue build() {
            return new Issue(
                    publication,
                    title,
                    edition,
                    date,
                    datePrecision,
                    published,
                    authors,
                    tags,
                    summary,
                    intro,
                    sections,
                    metadata,
                    source);
        }
    }
}
