package dev.newsletter.render.internal.text;

import dev.newsletter.DatePrecision;
import dev.newsletter.Entry;
import dev.newsletter.Issue;
import dev.newsletter.Person;
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
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.WordUtils;

/**
 * Writes one issue as the plain-text body of a newsletter email: preheader (the tagline), title and
 * edition lines, the intro, each section under its heading underlined with {@code =}, entries as a
 * title underlined with {@code -} followed by their body, headings inside the text as {@code ###},
 * pictures as {@code [image: alt] [n]}, attributions as {@code — Name}, and every URL as a numbered
 * reference {@code [n]} listed at the end, so that the email parser reads the text back to the same
 * sections and entries. Paragraphs are wrapped with Commons Text. One instance per render call; not
 * thread-safe.
 */
public final class TextIssueWriter {

    private static final Pattern MARKER = Pattern.compile(" \\[(\\d+)]");
    private static final Pattern SPACE_RUN = Pattern.compile("[ \\t\\u000B\\f\\r]+");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    /**
     * What opens a list item, a heading or a quote when it starts a line: "-", "*", "1.", "##",
     * "&gt;".
     */
    private static final Pattern LEADING_MARK =
            Pattern.compile("([-*+\u2022>]|\\d{1,3}[.)]|#{1,6}) ");

    /** A space before a word that would open a list item or heading if a line began with it. */
    private static final Pattern LINE_MARK =
            Pattern.compile(" (?=(?:[-*+\u2022]|\\d{1,3}[.)]|#{1,6})(?: |$)|>|([-=_*~#+.])\\1{3})");

    /**
     * What a reader takes for something else when a paragraph opens with it: a quote mark, or a run
     * of one character that reads as a separator line ("~~~~").
     */
    private static final Pattern LEADING_LOOKALIKE = Pattern.compile(">|([-=_*~#+.])\\1{3}");

    /** Cells set apart by " | ", which a reader of two such lines takes for a table. */
    private static final String CELL_BAR = " | ";

    /** More characters than a dash and a name of three words take. */
    private static final int SIGNATURE_CHARS = 160;

    /**
     * A paragraph's end a reader takes for a signature: a dash and up to three capitalised words,
     * or a dash and one word in lower case.
     */
    private static final Pattern SIGNED =
            Pattern.compile(
                    "(?:^|\\s)(?:[\u2014\u2013~]|--?)\\s*(?:\\p{Lu}[\\p{L}'\u2019.-]*(?:\\s\\p{Lu}[\\p{L}'\u2019.-]*){0,2}|[\\p{Ll}\\p{N}][\\p{L}\\p{N}_.'\u2019-]*)$");

    /** A name a byline ("by Andrew") reads back: up to three words, each with a capital. */
    private static final Pattern BYLINE_NAME =
            Pattern.compile("\\p{Lu}[\\p{L}'\u2019-]*(?: \\p{Lu}[\\p{L}'\u2019-]*){0,2}");

    /** Zero-width characters and white space opening a line. */
    private static final Pattern LEADING_INVISIBLE =
            Pattern.compile("^[\\s\u200B-\u200D\u2060\uFEFF\u00AD]+");

    /** Holds a marker to the word before it while lines are wrapped: a private-use character. */
    private static final char MARKER_GLUE = '\uE000';

    private final int width;
    private final URI baseUri;
    private final Map<String, Integer> references = new LinkedHashMap<>();
    private boolean underlineTitles;

    /**
     * A writer for one call, wrapping at {@code width} columns and resolving relative references
     * against {@code baseUri} when it is not null.
     */
    public TextIssueWriter(int width, URI baseUri) {
        this.width = width;
        this.baseUri = baseUri;
    }

    /** The issue as text. */
    public String write(Issue issue) {
        // Titles are underlined with '-' under sections underlined with '=', so that neither is
        // ever read as text; a section without a heading would leave its titles the top level.
        underlineTitles = true;
        for (Section section : issue.allSections()) {
            if (!section.entries().isEmpty() && section.heading().isBlank()) {
                underlineTitles = false;
            }
        }
        List<String> top = new ArrayList<>();
        String tagline = issue.publication().tagline();
        if (tagline != null && !tagline.isBlank()) {
            top.add(wrap(oneLine(tagline), width, ""));
        }
        // the title and the edition line each stand alone, as a reader of the email sees them
        String edition = issue.edition() == null ? "" : oneLine(issue.edition());
        String title = oneLine(issue.title());
        if (!title.isEmpty() && !title.equals(edition)) {
            top.add(wrap(title, width, ""));
        }
        if (!edition.isEmpty()) {
            top.add(editionLine(edition, issue));
        }
        String intro = blocks(issue.intro(), width);
        if (!intro.isEmpty()) {
            top.add(intro);
        }
        List<String> parts = new ArrayList<>();
        parts.add(String.join("\n\n", top));
        for (Section section : issue.sections()) {
            parts.add(section(section, '='));
        }
        if (!references.isEmpty()) {
            StringBuilder list = new StringBuilder("References\n");
            for (Map.Entry<String, Integer> reference : references.entrySet()) {
                list.append("\n[")
                        .append(reference.getValue())
                        .append("] ")
                        .append(reference.getKey());
            }
            parts.add(list.toString());
        }
        // sections stand apart by two blank lines, as in the emails
        String text = String.join("\n\n\n", parts.stream().filter(p -> !p.isEmpty()).toList());
        return text.isEmpty() ? "" : text + "\n";
    }

    /**
     * The edition, followed by the date the issue went out when the edition does not name its
     * month: "June 2021 · 8 July 2021", "Issue #42 · 3 March 2024".
     */
    private static String editionLine(String edition, Issue issue) {
        LocalDate date = issue.date();
        if (date == null) {
            return edition;
        }
        String month = date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        String lower = edition.toLowerCase(Locale.ROOT);
        if (lower.contains(month.toLowerCase(Locale.ROOT))
                && lower.contains(String.valueOf(date.getYear()))) {
            return edition;
        }
        String sent = month + " " + date.getYear();
        if (issue.datePrecision() == DatePrecision.DAY) {
            sent = date.getDayOfMonth() + " " + sent;
        }
        return edition + " \u00b7 " + sent;
    }

    /**
     * A section under its heading underlined with {@code underline}: {@code =} for a top section,
     * {@code ~} for subsections (entry titles take {@code -}), which follow its entries.
     */
    private String section(Section section, char underline) {
        List<String> parts = new ArrayList<>();
        if (!section.heading().isBlank()) {
            // A heading stays on one line, underlined the way plain-text newsletters mark one, so a
            // reader (and a parser) never takes it for an entry title.
            String heading = oneLine(section.heading()) + reference(section.link());
            int length = Math.max(3, heading.codePointCount(0, heading.length()));
            parts.add(heading + "\n" + String.valueOf(underline).repeat(length));
        }
        String lead = blocks(section.blocks(), width);
        if (!lead.isEmpty()) {
            parts.add(lead);
        }
        for (Entry entry : section.entries()) {
            String text = entry(entry);
            if (!text.isEmpty()) {
                parts.add(text);
            }
        }
        for (Section sub : section.subsections()) {
            // reStructuredText's order of underlines: "=" sections, "-" entry titles, then "~"
            // and "." for subsections and theirs
            parts.add(section(sub, underline == '=' ? '~' : '.'));
        }
        return String.join("\n\n", parts);
    }

    private String entry(Entry entry) {
        List<String> parts = new ArrayList<>();
        String title = oneLine(entry.title());
        if (!title.isEmpty() || entry.link() != null) {
            String line;
            if (title.isEmpty()) {
                line = entry.link().toString();
            } else if (underlineTitles) {
                line = title + reference(entry.link());
                line = line + "\n" + "-".repeat(Math.max(3, line.codePointCount(0, line.length())));
            } else if (entry.link() != null && endsLikeSentence(title)) {
                // "How to publish an offer?" with a marker reads as a sentence of the text; with
                // its address on the line below it reads as the title of a link
                line = title + "\n" + encodeWhitespace(resolve(entry.link().toString()));
            } else {
                line = title + reference(entry.link());
            }
            // a title stays on one line, however long: wrapped, it would read as a paragraph
            parts.add(line);
        }
        List<Block> blocks = entry.blocks();
        Person contributor = entry.contributor();
        if (contributor != null && opensWithByline(blocks, contributor)) {
            contributor = null; // "by Ana and Bo" under the title names her already
        }
        if (contributor != null
                && !parts.isEmpty()
                && holdsSignedParagraph(blocks)
                && BYLINE_NAME.matcher(oneLine(contributor.name())).matches()) {
            // paragraphs signed by others ("- Chris") would read as the entry's signature: a
            // byline under the title names the entry's author before any of them
            parts.add(
                    wrap(
                            "by " + oneLine(contributor.name()) + reference(contributor.uri()),
                            width,
                            ""));
            contributor = null;
        }
        // a name in lower case ("alicexbt") signs on a line of its own, where a dash before a
        // lower-case word cannot be prose
        int signed =
                contributor == null
                                || !Character.isUpperCase(contributor.name().strip().codePointAt(0))
                        ? -1
                        : signedParagraph(blocks);
        // references are numbered in reading order: the body's links before the contributor's
        if (signed >= 0) {
            String body = blocks(blocks.subList(0, signed), width);
            if (!body.isEmpty()) {
                parts.add(body);
            }
            String last = inlines(((Paragraph) blocks.get(signed)).inlines());
            parts.add(wrapLines(last + " " + attribution(contributor), width, ""));
            String rest = blocks(blocks.subList(signed + 1, blocks.size()), width);
            if (!rest.isEmpty()) {
                parts.add(rest);
            }
        } else {
            String body = blocks(blocks, width);
            if (!body.isEmpty()) {
                parts.add(body);
            }
            if (contributor != null) {
                parts.add(wrap(attribution(contributor), width, ""));
            }
        }
        return String.join("\n\n", parts);
    }

    /**
     * The paragraph an attribution closes: the last one, or the one before paragraphs that end with
     * a colon (they lead into what follows the entry, "And a few from Mike:") and rules between
     * them; -1 when the body does not end so, and the attribution stands on its own line.
     */
    private static int signedParagraph(List<Block> blocks) {
        for (int i = blocks.size() - 1; i >= 0; i--) {
            Block block = blocks.get(i);
            if (block instanceof Paragraph paragraph) {
                String text = paragraph.plainText().strip();
                if (!text.endsWith(":")) {
                    return i;
                }
            } else if (!(block instanceof Rule)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Whether a paragraph of the body ends signed, as a reader takes an attribution: a dash and a
     * name ("... 2020. - Chris"), or a dash and a handle on a line of its own.
     */
    private static boolean holdsSignedParagraph(List<Block> blocks) {
        for (Block block : blocks) {
            if (block instanceof Paragraph paragraph
                    && SIGNED.matcher(tail(paragraph.plainText().strip())).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The end of {@code text} from a white space on, long enough to hold a signature: the rest of a
     * long paragraph need not be searched.
     */
    private static String tail(String text) {
        int from = text.length() - SIGNATURE_CHARS;
        if (from <= 0) {
            return text;
        }
        while (from < text.length() && !Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        return text.substring(from);
    }

    /**
     * Whether the body opens with a byline naming the contributor first, "by Ana and Bo": the text
     * then names the contributor where a reader looks for one, and a closing attribution would only
     * repeat it.
     */
    private static boolean opensWithByline(List<Block> blocks, Person contributor) {
        if (blocks.isEmpty() || !(blocks.get(0) instanceof Paragraph paragraph)) {
            return false;
        }
        String by = "by " + oneLine(contributor.name());
        String opening = paragraph.plainText().strip();
        // only the opening words can be the byline; long bodies need not be collapsed whole
        String text =
                oneLine(opening.substring(0, Math.min(opening.length(), 2 * by.length() + 16)));
        return text.regionMatches(true, 0, by, 0, by.length())
                && (text.length() == by.length()
                        || !Character.isLetterOrDigit(text.charAt(by.length())));
    }

    private String attribution(Person contributor) {
        return "\u2014 " + oneLine(contributor.name()) + reference(contributor.uri());
    }

    private String blocks(List<? extends Block> blocks, int columns) {
        List<String> parts = new ArrayList<>();
        for (Block block : blocks) {
            String text = block(block, columns);
            if (!text.isEmpty()) {
                parts.add(text);
            }
        }
        return String.join("\n\n", parts);
    }

    private String block(Block block, int columns) {
        if (block instanceof Paragraph paragraph) {
            List<Image> images = new ArrayList<>();
            if (onlyImages(paragraph.inlines(), images) && !images.isEmpty()) {
                // a picture on its own (maybe linked) reads as a figure: its words and its address
                List<String> figures = new ArrayList<>();
                for (Image image : images) {
                    figures.add(imageLine(image));
                }
                return String.join("\n\n", figures);
            }
            int words = leadingImages(paragraph.inlines(), images);
            if (!images.isEmpty()) {
                // pictures opening a paragraph stand over its words, as a figure over its caption:
                // run into the text, their descriptions would read as part of it
                List<String> figures = new ArrayList<>();
                for (Image image : images) {
                    figures.add(imageLine(image));
                }
                String text =
                        inlines(paragraph.inlines().subList(words, paragraph.inlines().size()));
                String last = figures.remove(figures.size() - 1);
                figures.add(last + "\n" + wrapLines(text, columns, ""));
                return String.join("\n\n", figures);
            }
            return wrapLines(inlines(paragraph.inlines()), columns, "");
        } else if (block instanceof Heading heading) {
            // below the titles, as text written from Markdown marks a heading: "### Research"
            return "### " + oneLine(inlines(heading.inlines()));
        } else if (block instanceof ListBlock list) {
            return list(list, columns);
        } else if (block instanceof Quote quote) {
            return prefixLines(blocks(quote.blocks(), Math.max(1, columns - 2)), "> ", "> ");
        } else if (block instanceof CodeBlock code) {
            String literal =
                    code.literal().endsWith("\n")
                            ? code.literal().substring(0, code.literal().length() - 1)
                            : code.literal();
            return prefixLines(literal, "    ", "    ");
        } else if (block instanceof Figure figure) {
            String caption = inlines(figure.caption());
            String image = imageLine(figure.image());
            return caption.isBlank() ? image : image + "\n" + wrapLines(caption, columns, "");
        } else if (block instanceof Table table) {
            StringBuilder out = new StringBuilder(row(table.header()));
            for (TableRow row : table.rows()) {
                out.append('\n').append(row(row));
            }
            return out.toString();
        } else if (block instanceof Rule) {
            return "-".repeat(Math.min(10, columns));
        } else if (block instanceof RawBlock) {
            return ""; // raw markup is not text a reader of the email sees
        }
        throw new IllegalArgumentException("unknown block " + block.getClass().getName());
    }

    private static boolean endsLikeSentence(String text) {
        char last = text.charAt(text.length() - 1);
        return ".?,;:\u2026".indexOf(last) >= 0;
    }

    /**
     * "[image: Alt] [n]", as mail programs write a picture in text, on one line however long; the
     * reference names the picture.
     */
    private String imageLine(Image image) {
        String alt = oneLine(image.alt()).replace(']', ')');
        return (alt.isEmpty() ? "[image]" : "[image: " + alt + "]") + reference(image.source());
    }

    /**
     * Whether the inlines hold nothing but pictures (each maybe inside a link) and white space,
     * collecting the pictures.
     */
    private static boolean onlyImages(List<Inline> inlines, List<Image> images) {
        for (Inline inline : inlines) {
            if (inline instanceof Image image) {
                images.add(image);
            } else if (inline instanceof Link link) {
                if (!onlyImages(link.inlines(), images)) {
                    return false;
                }
            } else if (inline instanceof Text text) {
                if (!text.text().isBlank()) {
                    return false;
                }
            } else if (!(inline instanceof LineBreak)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Collects the pictures (each maybe inside a link) that open {@code inlines}, before any word,
     * and returns the index of the first inline after them; collects none when no words follow.
     */
    private static int leadingImages(List<Inline> inlines, List<Image> images) {
        images.clear();
        int i = 0;
        int after = 0;
        while (i < inlines.size()) {
            Inline inline = inlines.get(i);
            List<Image> found = new ArrayList<>();
            boolean blank =
                    inline instanceof LineBreak
                            || inline instanceof Text text && text.text().isBlank();
            if (!blank && !(onlyImages(List.of(inline), found) && !found.isEmpty())) {
                break;
            }
            images.addAll(found);
            i++;
            if (!found.isEmpty()) {
                after = i;
            }
        }
        if (images.isEmpty()
                || Inline.plainText(inlines.subList(after, inlines.size())).isBlank()) {
            images.clear();
            return 0;
        }
        return after;
    }

    private String list(ListBlock list, int columns) {
        List<String> items = new ArrayList<>();
        int number = list.start();
        boolean tight = true;
        for (ListItem item : list.items()) {
            tight &= item.blocks().size() <= 1;
        }
        for (ListItem item : list.items()) {
            String marker = list.ordered() ? (number++) + ". " : "- ";
            String padding = " ".repeat(marker.length());
            String content = blocks(item.blocks(), Math.max(1, columns - marker.length()));
            items.add(content.isEmpty() ? marker.strip() : prefixLines(content, marker, padding));
        }
        return String.join(tight ? "\n" : "\n\n", items);
    }

    private String row(TableRow row) {
        List<String> cells = new ArrayList<>();
        for (List<Inline> cell : row.cells()) {
            cells.add(oneLine(inlines(cell)));
        }
        return String.join(" | ", cells);
    }

    private String inlines(List<Inline> inlines) {
        StringBuilder out = new StringBuilder();
        appendInlines(inlines, out);
        return out.toString();
    }

    private void appendInlines(List<Inline> inlines, StringBuilder out) {
        for (Inline inline : inlines) {
            if (inline instanceof Text text) {
                out.append(text.text());
            } else if (inline instanceof Emphasis emphasis) {
                appendInlines(emphasis.inlines(), out);
            } else if (inline instanceof Strong strong) {
                appendInlines(strong.inlines(), out);
            } else if (inline instanceof Strikethrough strike) {
                appendInlines(strike.inlines(), out);
            } else if (inline instanceof Code code) {
                out.append(code.literal());
            } else if (inline instanceof Link link) {
                int start = out.length();
                appendInlines(link.inlines(), out);
                String words = out.substring(start).strip();
                if (words.isEmpty()) {
                    out.append(link.destination());
                } else if (!words.equals(link.destination().strip())) {
                    out.append(reference(link.destination()));
                }
            } else if (inline instanceof Image image) {
                out.append(image.alt());
            } else if (inline instanceof LineBreak lineBreak) {
                out.append(lineBreak.hard() ? '\n' : ' ');
            } else if (!(inline instanceof RawInline)) {
                throw new IllegalArgumentException("unknown inline " + inline.getClass().getName());
            }
        }
    }

    /** {@code " [n]"} for {@code uri}, numbering each distinct URL once; empty for none. */
    private String reference(URI uri) {
        return uri == null ? "" : reference(uri.toString());
    }

    private String reference(String url) {
        // a listed address is one word: whitespace inside it would end the line's address early
        String key = encodeWhitespace(resolve(url.strip()));
        if (key.isEmpty()) {
            return "";
        }
        Integer number = references.computeIfAbsent(key, k -> references.size() + 1);
        return " [" + number + "]";
    }

    private String resolve(String url) {
        if (baseUri == null || url.isEmpty()) {
            return url;
        }
        try {
            URI uri = new URI(url);
            return uri.isAbsolute() ? url : baseUri.resolve(uri).toString();
        } catch (URISyntaxException e) {
            return url; // not a URI Java reads; list it as written
        }
    }

    private static String encodeWhitespace(String url) {
        StringBuilder out = null;
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                if (out == null) {
                    out = new StringBuilder(url.length() + 8).append(url, 0, i);
                }
                for (byte b : String.valueOf(c).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(String.format("%02X", b & 0xff));
                }
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? url : out.toString();
    }

    /** Wraps each line of {@code text} (hard breaks stay) at {@code columns}. */
    private static String wrapLines(String text, int columns, String indent) {
        String[] lines = text.strip().split("\n", -1);
        List<String> wrapped = new ArrayList<>(lines.length);
        for (String line : lines) {
            // invisible characters opening a line (a zero-width space before " - James") hide
            // nothing from a reader, nor the mark after them
            String words = LEADING_INVISIBLE.matcher(line).replaceFirst("").strip();
            if (!isOneLine(words)) {
                words = SPACE_RUN.matcher(words).replaceAll(" ");
            }
            Matcher leading = LEADING_MARK.matcher(words);
            if (leading.lookingAt()) {
                // "- a fun read" as prose: a no-break space keeps the dash from reading as a bullet
                words = leading.group(1) + "\u00a0" + words.substring(leading.end());
            } else if (LEADING_LOOKALIKE.matcher(words).lookingAt()) {
                words = "\u00a0" + words; // ">naïve" or "~~~~" opening prose stays prose
            }
            // "a | b" twice in prose would read as a table: the bar keeps a no-break space after it
            words = words.replace(CELL_BAR, " |\u00a0");
            wrapped.add(wrap(words, columns, indent));
        }
        return String.join("\n", wrapped);
    }

    /**
     * Wraps one line at {@code columns}, never breaking a word (a long URL stays whole), never
     * starting a line with a reference marker, which a reader would take for a listed reference,
     * never parting an attribution's dash from the name it introduces, and never starting a line
     * with what would read as a bullet, a number or a heading mark.
     */
    private static String wrap(String line, int columns, String indent) {
        if (line.length() <= columns - indent.length()) {
            return indent + line; // fits: most lines of a newsletter need no wrapping at all
        }
        boolean glue = line.indexOf(MARKER_GLUE) < 0;
        String text =
                glue
                        ? LINE_MARK
                                .matcher(
                                        MARKER.matcher(
                                                        line.replace(
                                                                "\u2014 ", "\u2014" + MARKER_GLUE))
                                                .replaceAll(MARKER_GLUE + "[$1]"))
                                .replaceAll(String.valueOf(MARKER_GLUE))
                        : line;
        String wrapped =
                indent
                        + WordUtils.wrap(
                                text, Math.max(1, columns - indent.length()), "\n" + indent, false);
        return glue ? wrapped.replace(MARKER_GLUE, ' ') : wrapped;
    }

    private static String prefixLines(String text, String first, String rest) {
        StringBuilder out = new StringBuilder();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append('\n');
            }
            String prefix = i == 0 ? first : rest;
            out.append(lines[i].isEmpty() ? prefix.stripTrailing() : prefix + lines[i]);
        }
        return out.toString();
    }

    private static String oneLine(String text) {
        String stripped = text.strip();
        return isOneLine(stripped) ? stripped : WHITE_SPACE.matcher(stripped).replaceAll(" ");
    }

    /** Whether the text has no white space but single spaces: nothing to collapse. */
    private static boolean isOneLine(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ' && Character.isWhitespace(c)
                    || c == ' ' && i > 0 && text.charAt(i - 1) == ' ') {
                return false;
            }
        }
        return true;
    }
}
