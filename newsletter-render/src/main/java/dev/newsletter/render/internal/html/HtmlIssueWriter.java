package dev.newsletter.render.internal.html;

import dev.newsletter.DatePrecision;
import dev.newsletter.Entry;
import dev.newsletter.Issue;
import dev.newsletter.Person;
import dev.newsletter.Publication;
import dev.newsletter.Section;
import dev.newsletter.content.Block;
import dev.newsletter.content.Code;
import dev.newsletter.content.CodeBlock;
import dev.newsletter.content.Emphasis;
import dev.newsletter.content.Figure;
import dev.newsletter.content.Heading;
import dev.newsletter.content.Image;
import dev.newsletter.content.Inline;
import dev.newsletter.content.LineBreak;
import dev.newsletter.content.Link;
import dev.newsletter.content.ListBlock;
import dev.newsletter.content.ListItem;
import dev.newsletter.content.Paragraph;
import dev.newsletter.content.Quote;
import dev.newsletter.content.RawBlock;
import dev.newsletter.content.RawInline;
import dev.newsletter.content.Rule;
import dev.newsletter.content.Strikethrough;
import dev.newsletter.content.Strong;
import dev.newsletter.content.Table;
import dev.newsletter.content.TableRow;
import dev.newsletter.content.Text;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Writes one issue as HTML. One instance per render call: it holds the output and the options, and
 * is not thread-safe.
 */
public final class HtmlIssueWriter {

    private static final String STYLESHEET = loadStylesheet();

    /**
     * Content security policy of standalone pages that do not pass raw HTML through: a second line
     * of defence should anything active slip into the page. Inline styles are needed by the
     * built-in stylesheet; images and media may come from anywhere on the web.
     */
    private static final String CONTENT_SECURITY_POLICY =
            "default-src 'none'; img-src 'self' http: https:; media-src 'self' http: https:;"
                    + " style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

    private final HtmlOptions options;
    private final Appendable out;
    private final UrlPolicy urls;
    private final RawHtmlSanitizer sanitizer;
    private final Locale locale;

    /** The heading level of entry titles in the section being written: h3 under a top section. */
    private int entryLevel = 3;

    /** A writer for one call. */
    public HtmlIssueWriter(HtmlOptions options, Appendable out) {
        this(
                options,
                out,
                new UrlPolicy(options.baseUri()),
                options.allowRawHtml() ? null : new RawHtmlSanitizer(options.baseUri()));
    }

    private HtmlIssueWriter(
            HtmlOptions options, Appendable out, UrlPolicy urls, RawHtmlSanitizer sanitizer) {
        this.options = options;
        this.out = out;
        this.urls = urls;
        this.sanitizer = sanitizer;
        this.locale = Locale.forLanguageTag(options.language());
    }

    /** Writes {@code issue}. */
    public void write(Issue issue) throws IOException {
        if (options.standalone()) {
            writeHead(issue);
        }
        writeArticle(issue);
        if (options.standalone()) {
            out.append("</main>\n</body>\n</html>\n");
        }
    }

    private void writeHead(Issue issue) throws IOException {
        out.append("<!DOCTYPE html>\n<html lang=\"")
                .append(escape(options.language()))
                .append("\">\n");
        out.append("<head>\n<meta charset=\"utf-8\">\n");
        out.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        out.append("<meta name=\"color-scheme\" content=\"light dark\">\n");
        if (!options.allowRawHtml()) {
            out.append("<meta http-equiv=\"Content-Security-Policy\" content=\"")
                    .append(CONTENT_SECURITY_POLICY)
                    .append("\">\n");
        }
        out.append("<title>").append(escape(pageTitle(issue))).append("</title>\n");
        String summary = issue.summaryText();
        if (!summary.isBlank()) {
            out.append("<meta name=\"description\" content=\"")
                    .append(escape(summary))
                    .append("\">\n");
        }
        String feedTitle = issue.publication().name();
        for (FeedLink feed : options.feeds()) {
            out.append("<link rel=\"alternate\" type=\"")
                    .append(escape(feed.mediaType()))
                    .append('"');
            if (feedTitle != null && !feedTitle.isBlank()) {
                out.append(" title=\"").append(escape(feedTitle)).append('"');
            }
            out.append(" href=\"").append(escape(feed.uri().toString())).append("\">\n");
        }
        out.append("<style>\n").append(STYLESHEET).append("</style>\n");
        out.append("</head>\n<body>\n<main>\n");
    }

    private static String pageTitle(Issue issue) {
        String title = displayTitle(issue);
        String publication = issue.publication().name();
        if (publication == null || publication.isBlank() || title.contains(publication)) {
            return title.isEmpty() ? (publication == null ? "Newsletter" : publication) : title;
        }
        return title.isEmpty() ? publication : title + " \u2014 " + publication;
    }

    private static String displayTitle(Issue issue) {
        if (!issue.title().isBlank()) {
            return issue.title();
        }
        return issue.edition() == null ? "" : issue.edition();
    }

    private void writeArticle(Issue issue) throws IOException {
        out.append("<article class=\"issue\">\n");
        writeHeader(issue);
        if (!issue.intro().isEmpty()) {
            out.append("<div class=\"intro\">\n");
            writeBlocks(issue.intro());
            out.append("</div>\n");
        }
        for (Section section : issue.sections()) {
            writeSection(section, 0);
        }
        if (!issue.tags().isEmpty()) {
            out.append("<footer>\n<ul class=\"tags\">\n");
            for (String tag : issue.tags()) {
                out.append("<li>").append(escape(tag)).append("</li>\n");
            }
            out.append("</ul>\n</footer>\n");
        }
        out.append("</article>\n");
    }

    private void writeHeader(Issue issue) throws IOException {
        out.append("<header class=\"issue-header\">\n");
        Publication publication = issue.publication();
        if (publication.name() != null && !publication.name().isBlank()) {
            out.append("<p class=\"publication\">");
            writeLinked(publication.name(), publication.homepage());
            out.append("</p>\n");
        }
        String title = displayTitle(issue);
        if (!title.isEmpty()) {
            out.append("<h1>").append(escape(title)).append("</h1>\n");
        }
        if (issue.edition() != null
                && !issue.edition().isBlank()
                && !issue.edition().equals(title)) {
            out.append("<p class=\"edition\">").append(escape(issue.edition())).append("</p>\n");
        }
        if (publication.tagline() != null && !publication.tagline().isBlank()) {
            out.append("<p class=\"tagline\">")
                    .append(escape(publication.tagline()))
                    .append("</p>\n");
        }
        out.append("<p class=\"issue-meta\">");
        if (issue.date() != null) {
            writeTime(issue);
            out.append(" \u00b7 ");
        }
        int minutes = issue.readingMinutes(options.wordsPerMinute());
        out.append("<span class=\"reading-time\">")
                .append(Integer.toString(minutes))
                .append(" min read</span>");
        out.append("</p>\n");
        if (!issue.authors().isEmpty()) {
            out.append("<p class=\"authors\">By ");
            List<Person> authors = issue.authors();
            for (int i = 0; i < authors.size(); i++) {
                if (i > 0) {
                    out.append(i == authors.size() - 1 ? " and " : ", ");
                }
                writeLinked(authors.get(i).name(), authors.get(i).uri());
            }
            out.append("</p>\n");
        }
        out.append("</header>\n");
    }

    private void writeTime(Issue issue) throws IOException {
        LocalDate date = issue.date();
        boolean month = issue.datePrecision() == DatePrecision.MONTH;
        String machine =
                issue.published() != null
                        ? issue.published().toString()
                        : month ? date.toString().substring(0, 7) : date.toString();
        String human =
                DateTimeFormatter.ofPattern(month ? "MMMM uuuu" : "d MMMM uuuu", locale)
                        .format(date);
        out.append("<time datetime=\"").append(escape(machine)).append("\">");
        out.append(escape(human)).append("</time>");
    }

    /**
     * Writes a section and its subsections; {@code depth} 0 is a top section (h2), each level of
     * nesting one heading deeper, down to h6.
     */
    private void writeSection(Section section, int depth) throws IOException {
        out.append("<section class=\"kind-").append(section.kind().id());
        if (!section.kind().isBroad()) {
            out.append(" kind-").append(section.kind().broad().id());
        }
        out.append("\">\n");
        String heading = section.heading();
        String tag = "h" + Math.min(6, 2 + depth);
        if (!heading.isBlank()) {
            out.append('<').append(tag).append('>');
            String title = section.title();
            if (!title.isBlank() && heading.endsWith(title) && heading.length() > title.length()) {
                String label = heading.substring(0, heading.length() - title.length()).strip();
                out.append("<span class=\"section-label\">")
                        .append(escape(label))
                        .append("</span> ");
                out.append(escape(title));
            } else {
                out.append(escape(heading));
            }
            out.append("</").append(tag).append(">\n");
        }
        int saved = entryLevel;
        entryLevel = Math.min(6, 3 + depth);
        writeBlocks(section.blocks());
        for (Entry entry : section.entries()) {
            writeEntry(entry);
        }
        for (Section sub : section.subsections()) {
            writeSection(sub, depth + 1);
        }
        entryLevel = saved;
        out.append("</section>\n");
    }

    /** Writes one entry as an {@code article}, its title one level below its section's. */
    public void writeEntry(Entry entry) throws IOException {
        out.append("<article class=\"entry\">\n");
        if (!entry.title().isBlank()) {
            out.append("<h").append(String.valueOf(entryLevel)).append('>');
            writeLinked(entry.title(), entry.link());
            out.append("</h").append(String.valueOf(entryLevel)).append(">\n");
        }
        writeBlocks(entry.blocks());
        Person contributor = entry.contributor();
        if (contributor != null) {
            out.append("<footer class=\"contributor\">\u2014 ");
            writeLinked(contributor.name(), contributor.uri());
            out.append("</footer>\n");
        }
        out.append("</article>\n");
    }

    /** Writes {@code text}, inside a link when {@code uri} is present and safe. */
    private void writeLinked(String text, URI uri) throws IOException {
        String href = uri == null ? null : urls.link(uri.toString());
        if (href == null) {
            out.append(escape(text));
        } else {
            out.append("<a href=\"").append(escape(href)).append("\">");
            out.append(escape(text)).append("</a>");
        }
    }

    private void writeBlocks(List<? extends Block> blocks) throws IOException {
        for (Block block : blocks) {
            writeBlock(block);
        }
    }

    private void writeBlock(Block block) throws IOException {
        if (block instanceof Paragraph paragraph) {
            writeInlineElement("p", paragraph.inlines());
            out.append('\n');
        } else if (block instanceof Heading heading) {
            // h1 is the issue, h2 the sections, h3 the entries: content headings sit below them
            int level = Math.min(6, Math.max(entryLevel + 1, heading.level() + 2));
            writeInlineElement("h" + level, heading.inlines());
            out.append('\n');
        } else if (block instanceof ListBlock list) {
            writeList(list);
        } else if (block instanceof Quote quote) {
            out.append("<blockquote>\n");
            writeBlocks(quote.blocks());
            out.append("</blockquote>\n");
        } else if (block instanceof CodeBlock code) {
            writeCodeBlock(code);
        } else if (block instanceof Figure figure) {
            writeFigure(figure);
        } else if (block instanceof Table table) {
            writeTable(table);
        } else if (block instanceof Rule) {
            out.append("<hr>\n");
        } else if (block instanceof RawBlock raw) {
            writeRawBlock(raw);
        }
    }

    private void writeList(ListBlock list) throws IOException {
        if (list.ordered()) {
            out.append("<ol");
            if (list.start() != 1) {
                out.append(" start=\"").append(Integer.toString(list.start())).append('"');
            }
            out.append(">\n");
        } else {
            out.append("<ul>\n");
        }
        for (ListItem item : list.items()) {
            out.append("<li>");
            List<Block> blocks = item.blocks();
            if (blocks.size() == 1 && blocks.get(0) instanceof Paragraph paragraph) {
                // a tight item: its text without a paragraph around it
                writeInlines(paragraph.inlines());
            } else {
                out.append('\n');
                writeBlocks(blocks);
            }
            out.append("</li>\n");
        }
        out.append(list.ordered() ? "</ol>\n" : "</ul>\n");
    }

    private void writeCodeBlock(CodeBlock code) throws IOException {
        out.append("<pre><code");
        String language = code.info().strip().split("\\s+", 2)[0];
        if (!language.isEmpty()) {
            out.append(" class=\"language-").append(escape(language)).append('"');
        }
        out.append('>').append(escape(code.literal())).append("</code></pre>\n");
    }

    private void writeFigure(Figure figure) throws IOException {
        out.append("<figure>\n");
        writeImage(figure.image());
        out.append('\n');
        if (!figure.caption().isEmpty()) {
            writeInlineElement("figcaption", figure.caption());
            out.append('\n');
        }
        out.append("</figure>\n");
    }

    private void writeTable(Table table) throws IOException {
        out.append("<table>\n<thead>\n");
        writeRow(table.header(), "th");
        out.append("</thead>\n");
        if (!table.rows().isEmpty()) {
            out.append("<tbody>\n");
            for (TableRow row : table.rows()) {
                writeRow(row, "td");
            }
            out.append("</tbody>\n");
        }
        out.append("</table>\n");
    }

    private void writeRow(TableRow row, String cellTag) throws IOException {
        out.append("<tr>");
        for (List<Inline> cell : row.cells()) {
            writeInlineElement(cellTag, cell);
        }
        out.append("</tr>\n");
    }

    private void writeRawBlock(RawBlock raw) throws IOException {
        if (options.allowRawHtml()) {
            out.append(raw.content());
            if (!raw.content().endsWith("\n")) {
                out.append('\n');
            }
            return;
        }
        if (raw.isMoreMarker()) {
            return;
        }
        String clean = sanitizer.clean(raw.content()).strip();
        if (!clean.isEmpty()) {
            out.append(clean).append('\n');
        }
    }

    /**
     * Writes {@code <tag>inlines</tag>}. When the inlines hold raw HTML that must be sanitised, the
     * element's content is cleaned as a whole, so an opening and a closing raw tag still pair up.
     */
    private void writeInlineElement(String tag, List<Inline> inlines) throws IOException {
        out.append('<').append(tag).append('>');
        writeInlines(inlines);
        out.append("</").append(tag).append('>');
    }

    private void writeInlines(List<Inline> inlines) throws IOException {
        if (sanitizer != null && containsRaw(inlines)) {
            StringBuilder buffer = new StringBuilder();
            new HtmlIssueWriter(options, buffer, urls, sanitizer).writeInlinesVerbatim(inlines);
            out.append(sanitizer.clean(buffer.toString()));
        } else {
            writeInlinesVerbatim(inlines);
        }
    }

    /** Writes inlines with raw HTML as it is; the caller sanitises the result when it must. */
    private void writeInlinesVerbatim(List<Inline> inlines) throws IOException {
        for (Inline inline : inlines) {
            writeInline(inline);
        }
    }

    private void writeInline(Inline inline) throws IOException {
        if (inline instanceof Text text) {
            out.append(escape(text.text()));
        } else if (inline instanceof Emphasis emphasis) {
            wrapInlines("em", emphasis.inlines());
        } else if (inline instanceof Strong strong) {
            wrapInlines("strong", strong.inlines());
        } else if (inline instanceof Strikethrough strike) {
            wrapInlines("del", strike.inlines());
        } else if (inline instanceof Code code) {
            out.append("<code>").append(escape(code.literal())).append("</code>");
        } else if (inline instanceof Link link) {
            writeLink(link);
        } else if (inline instanceof Image image) {
            writeImage(image);
        } else if (inline instanceof LineBreak lineBreak) {
            out.append(lineBreak.hard() ? "<br>\n" : "\n");
        } else if (inline instanceof RawInline raw) {
            out.append(raw.content());
        }
    }

    private void wrapInlines(String tag, List<Inline> inlines) throws IOException {
        out.append('<').append(tag).append('>');
        writeInlinesVerbatim(inlines);
        out.append("</").append(tag).append('>');
    }

    private void writeLink(Link link) throws IOException {
        String href = urls.link(link.destination());
        if (href == null) {
            // an unsafe destination: keep the words, drop the link
            writeInlinesVerbatim(link.inlines());
            return;
        }
        out.append("<a href=\"").append(escape(href)).append('"');
        if (!link.title().isEmpty()) {
            out.append(" title=\"").append(escape(link.title())).append('"');
        }
        out.append('>');
        writeInlinesVerbatim(link.inlines());
        out.append("</a>");
    }

    private void writeImage(Image image) throws IOException {
        String src = urls.image(image.source());
        if (src == null) {
            out.append(escape(image.alt()));
            return;
        }
        out.append("<img src=\"")
                .append(escape(src))
                .append("\" alt=\"")
                .append(escape(image.alt()));
        out.append('"');
        if (!image.title().isEmpty()) {
            out.append(" title=\"").append(escape(image.title())).append('"');
        }
        out.append(" loading=\"lazy\">");
    }

    private static boolean containsRaw(List<Inline> inlines) {
        for (Inline inline : inlines) {
            if (inline instanceof RawInline) {
                return true;
            }
            List<Inline> children =
                    inline instanceof Emphasis e
                            ? e.inlines()
                            : inline instanceof Strong s
                                    ? s.inlines()
                                    : inline instanceof Strikethrough k
                                            ? k.inlines()
                                            : inline instanceof Link l ? l.inlines() : List.of();
            if (containsRaw(children)) {
                return true;
            }
        }
        return false;
    }

    private static String escape(String text) {
        return HtmlEscaper.escape(text);
    }

    private static String loadStylesheet() {
        try (InputStream in = HtmlIssueWriter.class.getResourceAsStream("newsletter.css")) {
            if (in == null) {
                throw new IllegalStateException(
                        "the built-in stylesheet newsletter.css is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in stylesheet", e);
        }
    }
}
