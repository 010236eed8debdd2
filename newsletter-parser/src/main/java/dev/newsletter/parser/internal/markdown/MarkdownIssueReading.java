package dev.newsletter.parser.internal.markdown;

import dev.newsletter.DatePrecision;
import dev.newsletter.Diagnostic;
import dev.newsletter.Issue;
import dev.newsletter.Metadata;
import dev.newsletter.ParseInput;
import dev.newsletter.ParseOptions;
import dev.newsletter.ParseResult;
import dev.newsletter.Publication;
import dev.newsletter.Source;
import dev.newsletter.SourceFormat;
import dev.newsletter.content.Block;
import dev.newsletter.content.Heading;
import dev.newsletter.content.Inline;
import dev.newsletter.content.RawBlock;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One run of the Markdown parser over one input: the per-call state behind {@code
 * MarkdownIssueParser}. Not thread-safe; create one per parse.
 */
public final class MarkdownIssueReading {

    private static final Pattern HEADING_ID = Pattern.compile("\\s*\\{#[^{}\\s]*\\}\\s*$");

    private final ParseInput input;
    private final ParseOptions options;
    private final DiagnosticSink diagnostics;

    private MarkdownIssueReading(ParseInput input, ParseOptions options) {
        this.input = input;
        this.options = options;
        this.diagnostics = new DiagnosticSink(input.name());
    }

    /** Parses {@code input}; problems are diagnostics, never exceptions. */
    public static ParseResult parse(ParseInput input, ParseOptions options) {
        MarkdownIssueReading reading = new MarkdownIssueReading(input, options);
        try {
            return reading.run();
        } catch (StackOverflowError e) {
            return reading.tooDeep();
        }
    }

    /**
     * The result for a body nested too deeply to walk: an error, and the text kept whole as raw
     * content so that nothing is lost.
     */
    private ParseResult tooDeep() {
        DiagnosticSink fresh = new DiagnosticSink(input.name());
        fresh.error(1, 1, "the Markdown is nested too deeply to read; it is kept as raw text");
        Issue issue =
                Issue.builder()
                        .publication(options.defaultPublication())
                        .source(Source.of(input.name(), SourceFormat.MARKDOWN))
                        .addIntro(new RawBlock(input.text()))
                        .build();
        return new ParseResult(issue, fresh.sorted());
    }

    /** The parts the front matter names, the configured default's for the others. */
    private static Publication over(Publication defaults, Publication stated) {
        return new Publication(
                stated.name() != null ? stated.name() : defaults.name(),
                stated.tagline() != null ? stated.tagline() : defaults.tagline(),
                stated.homepage() != null ? stated.homepage() : defaults.homepage());
    }

    private ParseResult run() {
        Issue.Builder issue =
                Issue.builder()
                        .publication(options.defaultPublication())
                        .source(Source.of(input.name(), SourceFormat.MARKDOWN));
        Optional<Diagnostic> tooLarge = input.sizeError(options);
        if (tooLarge.isPresent()) {
            return new ParseResult(issue.build(), List.of(tooLarge.get()));
        }
        // The charset is the byte-order mark's, else UTF-8; one warning names the first bad byte.
        input.decodingWarning().ifPresent(diagnostics.list()::add);
        String text = normalizeNewlines(input.text());
        FrontMatter header = FrontMatterSplitter.split(text, diagnostics);
        Map<String, Object> values = FrontMatterReader.read(header, diagnostics);
        List<Block> intro = new ArrayList<>();
        if (values == null) {
            intro.add(new RawBlock(header.fenced())); // refused as metadata, kept as text
            values = Map.of();
        }
        FrontMatterFields fields = FrontMatterFields.of(values);

        TemplateContext templates =
                new TemplateContext(
                        diagnostics,
                        header.bodyLineOffset(),
                        SiteConfig.find(input.name(), diagnostics),
                        options.siteVariables(),
                        values,
                        input.extension());
        TemplateSteps.Result body = TemplateSteps.apply(header.body(), templates);
        List<LocatedBlock> blocks =
                ContentConverter.convert(body.text(), header.bodyLineOffset(), body.lines());
        StructureBuilder structure =
                new StructureBuilder(
                        options.vocabulary(),
                        options.baseUri(),
                        diagnostics,
                        fields.title(),
                        fields.edition());
        structure.creditPhrases(options.creditPhrases());
        structure.boilerplatePhrases(options.boilerplatePhrases());
        structure.build(blocks);
        if (structure.editionMonth() != null && fields.edition() != null) {
            fields = FrontMatterFields.of(values, true); // the heading is the edition
        }

        issue.title(fields.title() == null ? "" : fields.title());
        if (fields.publication() != null) {
            issue.publication(over(options.defaultPublication(), fields.publication()));
        }
        fields.authors().forEach(issue::addAuthor);
        fields.tags().forEach(issue::addTag);
        issue.summary(fields.summary());
        try {
            issue.metadata(Metadata.of(fields.metadata()));
        } catch (IllegalArgumentException e) {
            // Unreachable with the safe loaders, which build plain values only; kept as a guard.
            diagnostics.error(
                    header.firstLine(), 1, "the metadata is not plain data: " + e.getMessage());
        }

        resolveDate(issue, header, fields, structure);
        intro.addAll(structure.intro());
        issue.intro(intro);
        issue.sections(structure.sections());
        Issue built = issue.build();
        checkIntroMonth(built, structure);
        return new ParseResult(built, diagnostics.sorted());
    }

    /**
     * The date, by these rules in order: the metadata; else (or when it cannot be read) a date the
     * first lines of the body state ({@link BodyDateLine}), when no edition heading or key names
     * another month; the edition's month; the file name ({@link FileNameDate}). The edition: the
     * edition heading or key, else the date's month.
     */
    private void resolveDate(
            Issue.Builder issue,
            FrontMatter header,
            FrontMatterFields fields,
            StructureBuilder structure) {
        YearMonth edition = structure.editionMonth();
        String editionText = structure.editionText();
        if (edition == null && fields.edition() != null) {
            edition = MonthNames.edition(fields.edition());
            editionText = fields.edition();
        }
        LocalDate date = null;
        DatePrecision precision = DatePrecision.DAY;
        if (fields.date() != null) {
            DateReader.ReadDate read = DateReader.read(fields.date(), options.zone());
            if (read == null) {
                int[] at = FrontMatterReader.keyPosition(header, fields.dateKey());
                diagnostics.warning(
                        at[0],
                        at[1],
                        "the date '"
                                + fields.date()
                                + "' cannot be read; expected a form such as 2021-06-25, 2021-06-25T14:49:47Z or "
                                + "06-27-2023");
            } else {
                date = read.date();
                issue.published(read.published());
            }
        }
        BodyDateLine.Found stated = date == null ? BodyDateLine.of(header.body()) : null;
        if (stated != null && (edition == null || YearMonth.from(stated.date()).equals(edition))) {
            // the body's day, alone or within the edition's month
            date = stated.date();
            issue.published(date.atStartOfDay(options.zone()).toInstant());
            diagnostics.info(
                    header.bodyLineOffset() + stated.line(),
                    1,
                    "the issue's date, " + date + ", is taken from this line of the body");
        }
        if (date == null && edition != null) {
            date = edition.atDay(1);
            precision = DatePrecision.MONTH;
        }
        if (date == null) {
            FileNameDate.Found fromName = FileNameDate.of(input.name());
            if (fromName != null) {
                date = fromName.date();
                precision = fromName.monthOnly() ? DatePrecision.MONTH : DatePrecision.DAY;
                diagnostics.info(
                        1,
                        1,
                        "the issue's date, "
                                + (precision == DatePrecision.MONTH ? YearMonth.from(date) : date)
                                + ", is taken from the file name");
            }
        }
        issue.date(date, precision);
        String editionName =
                editionText != null
                        ? editionText
                        : date == null ? null : MonthNames.editionOf(date);
        issue.edition(editionName);
        if (fields.title() == null && editionName != null) {
            issue.title(editionName);
        }
    }

    /**
     * Warns when the opening sentence of the intro names another month than the issue's ("the June
     * newsletter" in a July issue): a sign of a copied intro.
     */
    private void checkIntroMonth(Issue issue, StructureBuilder structure) {
        if (issue.date() == null || structure.firstIntroParagraph() == null) {
            return;
        }
        YearMonth editionMonth =
                issue.edition() == null ? null : MonthNames.edition(issue.edition());
        Month expected = editionMonth != null ? editionMonth.getMonth() : issue.date().getMonth();
        LocatedBlock first = structure.firstIntroParagraph();
        String sentence = firstSentence(first.block().plainText());
        Month named = MonthNames.firstMonthIn(sentence, expected);
        if (named != null && named != expected) {
            diagnostics.warning(
                    first.line(),
                    first.column(),
                    "the intro names "
                            + MonthNames.name(named)
                            + " but the issue is dated "
                            + MonthNames.name(expected)
                            + " "
                            + (editionMonth != null
                                    ? editionMonth.getYear()
                                    : issue.date().getYear()));
        }
    }

    private static String firstSentence(String text) {
        int end = text.length();
        for (String stop : new String[] {". ", "! ", "? ", "\n"}) {
            int at = text.indexOf(stop);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return text.substring(0, end);
    }

    private static String normalizeNewlines(String text) {
        if (text.indexOf('\r') < 0) {
            return text;
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** The plain text of a heading, without a trailing {@code {#id}} attribute. */
    static String headingText(Heading heading) {
        String text = InlineRuns.squeeze(Inline.plainText(heading.inlines()));
        return HEADING_ID.matcher(text).replaceFirst("");
    }

    /** Whether the words of {@code a} and {@code b} are the same, ignoring case and punctuation. */
    static boolean sameWords(String a, String b) {
        return words(a).equals(words(b));
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                word.append(Character.toLowerCase(c));
            } else if (word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        return words;
    }
}
