package dev.newsletter.parser.internal.email;

import dev.newsletter.content.Block;
import dev.newsletter.content.Figure;
import dev.newsletter.content.Heading;
import dev.newsletter.content.Image;
import dev.newsletter.content.Inline;
import dev.newsletter.content.LineBreak;
import dev.newsletter.content.ListBlock;
import dev.newsletter.content.ListItem;
import dev.newsletter.content.Paragraph;
import dev.newsletter.content.Quote;
import dev.newsletter.content.Rule;
import dev.newsletter.content.Table;
import dev.newsletter.content.TableRow;
import dev.newsletter.content.Text;
import dev.newsletter.parser.internal.common.TrackingLinks;
import dev.newsletter.parser.internal.common.Words;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a plain-text body line by line into {@link Unit}s: paragraphs (blocks of lines between
 * blank lines), separator lines, underlined headings, bullet and numbered lists, {@code >} quotes
 * and the header lines of messages embedded in a digest. Deciding which paragraph is a heading or a
 * title is left to {@link IssueAssembler}. One pass over the lines; no regular expression runs over
 * more than one line.
 */
final class TextBodyReader {

    private static final Pattern RULE = Pattern.compile("\\s*([-=_*~#+.])(?:\\s?\\1){3,}\\s*");

    /** "===" under "Fun": shorter than a separator line, still a heading's underline. */
    private static final Pattern SHORT_UNDERLINE = Pattern.compile("\\s*(?:={3,}|-{3,})\\s*");

    private static final Pattern IMAGE_LINE =
            Pattern.compile("\\[image(?::\\s*([^\\]]{0,2000}))?]\\s*\\[(\\d{1,4})]");
    private static final Pattern BULLET = Pattern.compile("(\\s*)([*+•-]|\\d{1,3}[.)])\\s+(\\S.*)");
    private static final Pattern HASH_HEADING = Pattern.compile("(#{1,6})\\s+(\\S.{0,2000})");
    private static final Pattern LONE_ATTRIBUTION =
            Pattern.compile(
                    "[-—–~]{1,2}\\s*\\p{Lu}\\S*(?:\\s\\p{Lu}\\S*){0,2}(?:\\s\\[\\d{1,4}])?");
    private static final Pattern HEADER_LINE =
            Pattern.compile("([A-Za-z][A-Za-z0-9-]{0,40}):(?:\\s.*)?");
    private static final Pattern TITLE_WITH_URL =
            Pattern.compile("(.{3,200}?)\\s*[(<]\\s*(https?://\\S+?)\\s*[)>]");
    private static final Pattern TITLE_WITH_REFERENCE =
            Pattern.compile("(.{1,300}?)\\s\\[(\\d{1,4})]");
    private static final Set<String> MESSAGE_HEADERS = Set.of("from", "subject", "date");

    /**
     * Deeper quotes and lists than any real mail are read flat, so crafted input cannot recurse.
     */
    private static final int MAX_DEPTH = 16;

    private final int firstLine;
    private final int depth;
    private ReferenceList references;

    /**
     * A reader for a body whose first line is line {@code firstLine} of the source.
     *
     * @param firstLine the 1-based source line of the body's first line
     */
    TextBodyReader(int firstLine) {
        this(firstLine, 0, ReferenceList.none());
    }

    private TextBodyReader(int firstLine, int depth, ReferenceList references) {
        this.firstLine = firstLine;
        this.depth = depth;
        this.references = references;
    }

    /**
     * The numbered references the last {@link #read} took from the end of the body, as {@code "[n]
     * url"} lines; empty when it had none.
     */
    List<String> references() {
        return references.all();
    }

    /**
     * The units of {@code body}, in order. A closing reference list ("References" over "[1]
     * https://…") is no unit: its addresses become the links of the markers that point at them, and
     * the lines no marker used stay as a closing paragraph.
     */
    List<Unit> read(String body) {
        List<String> lines = splitLines(body);
        if (depth == 0) {
            references = ReferenceList.closing(lines);
            if (!references.isEmpty()) {
                lines = lines.subList(0, references.start());
            }
        }
        List<Unit> units = readLines(lines);
        if (depth == 0 && !references.isEmpty()) {
            List<String> unused = references.unused();
            if (!unused.isEmpty()) {
                units.add(paragraph(unused, firstLine + lines.size(), 2));
            }
        }
        return units;
    }

    private List<Unit> readLines(List<String> lines) {
        List<Unit> units = new ArrayList<>();
        int i = 0;
        int gap = 0;
        while (i < lines.size()) {
            if (lines.get(i).isEmpty()) {
                gap++;
                i++;
                continue;
            }
            int start = i;
            while (i < lines.size() && !lines.get(i).isEmpty()) {
                i++;
            }
            List<String> block = lines.subList(start, i);
            if (isHeaderBlock(block)) {
                // A digest's header block may hold a blank line of its own: take the header-only
                // blocks
                // that follow it into the same message.
                List<String> merged = new ArrayList<>(block);
                int next = skipBlank(lines, i);
                while (next < lines.size()) {
                    int end = next;
                    while (end < lines.size() && !lines.get(end).isEmpty()) {
                        end++;
                    }
                    if (!allHeaderLines(lines.subList(next, end))) {
                        break;
                    }
                    merged.addAll(lines.subList(next, end));
                    i = end;
                    next = skipBlank(lines, end);
                }
                units.add(headers(merged, firstLine + start, gap));
            } else {
                readBlock(block, firstLine + start, gap, units);
            }
            gap = 0;
        }
        return units;
    }

    /** Lines without line terminators, trailing spaces or invisible characters. */
    static List<String> splitLines(String body) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        int n = body.length();
        for (int i = 0; i <= n; i++) {
            if (i == n || body.charAt(i) == '\n' || body.charAt(i) == '\r') {
                lines.add(cleanLine(body, start, i));
                if (i < n && body.charAt(i) == '\r' && i + 1 < n && body.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        return lines;
    }

    private static String cleanLine(String body, int start, int end) {
        StringBuilder line = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            char c = body.charAt(i);
            if (!Words.isInvisibleAt(body, i)) {
                line.append(c == '\t' ? ' ' : c);
            }
        }
        int length = line.length();
        while (length > 0 && isSpace(line.charAt(length - 1))) {
            length--;
        }
        line.setLength(length);
        return line.toString();
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static int skipBlank(List<String> lines, int from) {
        int i = from;
        while (i < lines.size() && lines.get(i).isEmpty()) {
            i++;
        }
        return i;
    }

    /** Splits a block at separator lines and reads the pieces. */
    private void readBlock(List<String> block, int line, int gap, List<Unit> out) {
        int pieceStart = 0;
        int pieceGap = gap;
        for (int i = 0; i < block.size(); i++) {
            if (block.get(i).startsWith("    ")) {
                continue; // "    ~~~~" indented as code is a line of the code, not a separator
            }
            boolean shortUnderline =
                    i == pieceStart + 1 && SHORT_UNDERLINE.matcher(block.get(i)).matches();
            if (!shortUnderline && !RULE.matcher(block.get(i)).matches()) {
                continue;
            }
            char marker = block.get(i).strip().charAt(0);
            String above = block.get(pieceStart);
            boolean underline =
                    i == pieceStart + 1
                            && (marker == '=' || marker == '-' || marker == '~' || marker == '.')
                            && !BULLET.matcher(above).matches()
                            && (Words.count(above) <= 12 || underlines(block.get(i), above));
            if (underline) {
                String text = Words.collapse(above);
                URI link = null;
                Matcher referenced = TITLE_WITH_REFERENCE.matcher(text);
                if (referenced.matches() && references.has(Integer.parseInt(referenced.group(2)))) {
                    // "Drift Watch [4]" over its underline: a heading that names a listed link
                    link = uri(references.use(Integer.parseInt(referenced.group(2))));
                    text = referenced.group(1).strip();
                }
                List<Inline> inlines =
                        link == null ? PlainInlines.of(text, references) : List.of(new Text(text));
                int level = marker == '=' ? 1 : marker == '-' ? 2 : marker == '~' ? 3 : 4;
                out.add(
                        new Unit(
                                level > 2 ? UnitShape.SUBHEADING : UnitShape.HEADING,
                                level,
                                text,
                                inlines,
                                new Heading(level, inlines),
                                link,
                                false,
                                1,
                                pieceGap,
                                Map.of(),
                                line + pieceStart));
            } else {
                if (i > pieceStart) {
                    readPiece(block.subList(pieceStart, i), line + pieceStart, pieceGap, out);
                }
                out.add(
                        new Unit(
                                UnitShape.RULE,
                                0,
                                "",
                                List.of(),
                                new Rule(),
                                null,
                                false,
                                1,
                                i == pieceStart ? pieceGap : 0,
                                Map.of(),
                                line + i));
            }
            pieceStart = i + 1;
            pieceGap = 0;
        }
        if (pieceStart < block.size()) {
            readPiece(block.subList(pieceStart, block.size()), line + pieceStart, pieceGap, out);
        }
    }

    /**
     * Whether {@code rule} is exactly as long as {@code line}: an underline drawn for that line,
     * however many words it has, rather than a separator that happens to follow it.
     */
    private static boolean underlines(String rule, String line) {
        String text = line.strip();
        return rule.strip().length() == text.codePointCount(0, text.length());
    }

    /** Reads a block without separators: quotes, lists and paragraphs. */
    private void readPiece(List<String> piece, int line, int gap, List<Unit> out) {
        // Runs of quoted and unquoted lines ("On Monday, Ana wrote:" then "> ...") are read apart.
        int runStart = 0;
        for (int i = 1; i <= piece.size(); i++) {
            if (i == piece.size() || isQuoted(piece.get(i)) != isQuoted(piece.get(runStart))) {
                List<String> run = piece.subList(runStart, i);
                if (isQuoted(run.get(0)) && depth < MAX_DEPTH) {
                    out.add(quote(run, line + runStart, runStart == 0 ? gap : 0));
                } else {
                    readUnquoted(run, line + runStart, runStart == 0 ? gap : 0, out);
                }
                runStart = i;
            }
        }
    }

    /**
     * Whether a line is quoted: it opens with "&gt;", unless a no-break space follows the mark, as
     * text that only begins with the character is written ("&gt;\u00a0I grew up...").
     */
    private static boolean isQuoted(String line) {
        String text = line.stripLeading();
        return text.startsWith(">") && !text.startsWith(">\u00a0");
    }

    private Unit quote(List<String> run, int line, int gap) {
        StringBuilder inner = new StringBuilder();
        for (String quoted : run) {
            String text = quoted.stripLeading().substring(1);
            inner.append(text.startsWith(" ") ? text.substring(1) : text).append('\n');
        }
        List<Block> blocks = new ArrayList<>();
        for (Unit unit : new TextBodyReader(line, depth + 1, references).read(inner.toString())) {
            if (unit.block() != null && unit.shape() != UnitShape.RULE) {
                blocks.add(unit.block());
            }
        }
        Quote quote = new Quote(blocks);
        return Unit.ofBlock(
                UnitShape.QUOTE, Words.collapse(quote.plainText()), quote, run.size(), gap, line);
    }

    private void readUnquoted(List<String> run, int line, int gap, List<Unit> out) {
        // "    # Start the server" indented four spaces is a line of code, not a heading
        Matcher hashes =
                run.size() == 1 && !run.get(0).startsWith("    ")
                        ? HASH_HEADING.matcher(run.get(0).strip())
                        : null;
        if (hashes != null && hashes.matches()) {
            // "## Big launch": a text email written from Markdown keeps its heading marks.
            String text = Words.collapse(hashes.group(2).replaceFirst("\\s+#+$", ""));
            int level = hashes.group(1).length();
            List<Inline> inlines = PlainInlines.of(text, references);
            out.add(
                    new Unit(
                            UnitShape.HEADING,
                            level,
                            text,
                            inlines,
                            new Heading(level, inlines),
                            null,
                            false,
                            1,
                            gap,
                            Map.of(),
                            line));
            return;
        }
        // "- Sam" signs off at the margin; "  - Rust meetup" indented under an item is a sub-item
        if (run.size() == 1
                && !isSpace(run.get(0).charAt(0))
                && LONE_ATTRIBUTION.matcher(run.get(0).strip()).matches()) {
            out.add(paragraph(run, line, gap));
            return;
        }
        if (BULLET.matcher(run.get(0)).matches()) {
            out.add(list(run, line, gap));
            return;
        }
        Table table = table(run);
        if (table != null) {
            out.add(
                    Unit.ofBlock(
                            UnitShape.TABLE,
                            Words.collapse(table.plainText()),
                            table,
                            run.size(),
                            gap,
                            line));
            return;
        }
        int listStart = listTail(run);
        if (listStart > 0) {
            paragraphs(run.subList(0, listStart), line, gap, out);
            out.add(list(run.subList(listStart, run.size()), line + listStart, 0));
            return;
        }
        paragraphs(run, line, gap, out);
    }

    /**
     * A block of prose, split when it opens with a title line: "Wrench 3.0 Released" over its body,
     * or a title over its address over its body, as plain-text newsletters write entries without a
     * blank line after the title.
     */
    private void paragraphs(List<String> lines, int line, int gap, List<Unit> out) {
        int bodyStart = 0;
        if (lines.size() >= 2 && isTitleLine(lines.get(0))) {
            boolean addressed = PlainInlines.wholeUrl(lines.get(1).strip()) != null;
            bodyStart = addressed ? 2 : 1;
            if (bodyStart == 1 && !startsSentence(lines.get(1))) {
                bodyStart = 0;
            }
        }
        if (bodyStart == 0 || bodyStart == lines.size()) {
            out.add(paragraph(lines, line, gap));
            return;
        }
        out.add(paragraph(lines.subList(0, bodyStart), line, gap));
        out.add(paragraph(lines.subList(bodyStart, lines.size()), line + bodyStart, 0));
    }

    /** A short headline-style line that is no address and no list bullet. */
    private static boolean isTitleLine(String line) {
        String text = line.strip();
        return HeadlineStyle.isHeadline(text)
                && Words.count(text) >= 2
                && PlainInlines.wholeUrl(text) == null
                && !BULLET.matcher(line).matches();
    }

    /** Whether a line reads as the start of a sentence: a capital letter, a digit or a quote. */
    private static boolean startsSentence(String line) {
        String text = line.strip();
        if (text.isEmpty()) {
            return false;
        }
        int first = text.codePointAt(0);
        return Character.isUpperCase(first)
                || Character.isDigit(first)
                || first == '“'
                || first == '"';
    }

    /** Where a list closing a paragraph starts ("the releases are:" then "- a", "- b"), or -1. */
    private static int listTail(List<String> run) {
        for (int i = 1; i < run.size(); i++) {
            Matcher bullet = BULLET.matcher(run.get(i));
            if (!bullet.matches()) {
                continue;
            }
            if (i == run.size() - 1
                    && LONE_ATTRIBUTION.matcher(run.get(i).strip()).matches()
                    && !run.get(i - 1).strip().endsWith(":")) {
                return -1; // "That's all for this week!" over "- Sam" is a sign-off, not a list
            }
            if (!introducesList(run.get(i - 1)) && !uniformBullets(run.subList(i, run.size()))) {
                // "the result is a" over "* b and c": prose wrapped before a lone star or dash,
                // which would otherwise be lost as a bullet mark
                return -1;
            }
            int indent = bullet.group(1).length();
            for (int j = i + 1; j < run.size(); j++) {
                String next = run.get(j);
                int nextIndent = next.length() - next.stripLeading().length();
                if (!BULLET.matcher(next).matches() && nextIndent <= indent) {
                    return -1;
                }
            }
            return i;
        }
        return -1;
    }

    /**
     * Lines of cells set apart by {@code " | "}, the same number on every line, two lines at least:
     * a table written as text, its first line the header. {@code null} for anything else.
     */
    private Table table(List<String> run) {
        if (run.size() < 2) {
            return null;
        }
        List<TableRow> rows = new ArrayList<>(run.size());
        int columns = -1;
        for (String raw : run) {
            String[] cells = raw.strip().split(" \\| ", -1);
            if (cells.length < 2 || columns >= 0 && cells.length != columns) {
                return null;
            }
            columns = cells.length;
            List<List<Inline>> row = new ArrayList<>(cells.length);
            for (String cell : cells) {
                row.add(PlainInlines.of(cell.strip(), references));
            }
            rows.add(new TableRow(row));
        }
        return new Table(rows.get(0), rows.subList(1, rows.size()));
    }

    /** Whether a prose line ends where a list may follow: a colon or the end of a sentence. */
    private static boolean introducesList(String line) {
        String text = line.strip();
        return !text.isEmpty() && ":.!?)".indexOf(text.charAt(text.length() - 1)) >= 0;
    }

    /** Whether the lines hold two bullets or more, all of one kind (all dashes, all numbers). */
    private static boolean uniformBullets(List<String> lines) {
        String kind = null;
        int bullets = 0;
        for (String line : lines) {
            Matcher bullet = BULLET.matcher(line);
            if (!bullet.matches()) {
                continue;
            }
            String marker = bullet.group(2);
            String markerKind = Character.isDigit(marker.charAt(0)) ? "1" : marker;
            if (kind != null && !kind.equals(markerKind)) {
                return false;
            }
            kind = markerKind;
            bullets++;
        }
        return bullets >= 2;
    }

    private Unit paragraph(List<String> lines, int line, int gap) {
        List<String> stripped = new ArrayList<>(lines.size());
        for (String text : lines) {
            stripped.add(text.strip());
        }
        String text = Words.collapse(String.join(" ", stripped));
        // "[image: alt] [3]" says what it is; "Words [3]" is a picture only by its address
        Unit figure = markedImage(stripped, line, gap);
        if (figure == null && stripped.size() == 1) {
            figure = figure(text, line, gap);
        }
        if (figure != null) {
            return figure;
        }
        URI link = null;
        int lineCount = stripped.size();
        String titleText = text;
        if (stripped.size() == 2
                && PlainInlines.wholeUrl(stripped.get(1)) != null
                && PlainInlines.wholeUrl(stripped.get(0)) == null) {
            // "Title" above its address: one title line with a link.
            link = uri(PlainInlines.wholeUrl(stripped.get(1)));
            if (link != null) {
                titleText = Words.collapse(stripped.get(0));
                lineCount = 1;
            }
        } else if (stripped.size() == 1 && text.length() <= 300) {
            Matcher titled = TITLE_WITH_URL.matcher(text);
            Matcher referenced = TITLE_WITH_REFERENCE.matcher(text);
            if (titled.matches() && !HeadlineStyle.endsLikeSentence(titled.group(1))) {
                link = uri(titled.group(2));
                if (link != null) {
                    titleText = titled.group(1).strip();
                }
            } else if (referenced.matches()
                    && references.has(Integer.parseInt(referenced.group(2)))
                    && !HeadlineStyle.endsLikeSentence(referenced.group(1))
                    && !LONE_ATTRIBUTION.matcher(text).matches()
                    && !signedSentence(referenced.group(1))) {
                // "Title [1]": a title whose address the closing reference list holds
                link = uri(references.use(Integer.parseInt(referenced.group(2))));
                if (link != null) {
                    titleText = referenced.group(1).strip();
                }
            }
        }
        List<Inline> inlines = PlainInlines.of(stripped, references);
        List<Inline> titleInlines = link == null ? inlines : List.of(new Text(titleText));
        return new Unit(
                UnitShape.PARAGRAPH,
                0,
                titleText,
                titleInlines,
                new Paragraph(inlines),
                link,
                false,
                lineCount,
                gap,
                Map.of(),
                line);
    }

    /**
     * "It is worth a look. — Ada" or "a span — Mallory": text signed by a name, so the reference
     * after it is the name's address, not a title's.
     */
    private static boolean signedSentence(String text) {
        Attribution.Found signed = Attribution.find(List.of(new Text(text)));
        return signed != null && !signed.body().isEmpty();
    }

    /**
     * "Sparse attention pattern [3]" where reference 3 is an image file: the text form of a figure,
     * its words kept as the image's description and its caption; {@code null} for any other line.
     */
    private Unit figure(String text, int line, int gap) {
        Matcher referenced = TITLE_WITH_REFERENCE.matcher(text);
        if (!referenced.matches()) {
            return null;
        }
        int number = Integer.parseInt(referenced.group(2));
        if (!references.has(number) || !ImageAddress.isImage(references.peek(number))) {
            return null;
        }
        String alt = referenced.group(1).strip();
        // the words are what a reader of the email sees: the picture's caption as well as its
        // description ("Image Credit [9]" keeps its words)
        Figure figure = new Figure(Image.of(references.use(number), alt), List.of(new Text(alt)));
        return Unit.ofBlock(UnitShape.FIGURE, alt, figure, 1, gap, line);
    }

    /**
     * "[image: Attention pattern] [3]" over an optional caption: a picture as mail programs write
     * one in text, its address the listed reference; {@code null} for any other paragraph.
     */
    private Unit markedImage(List<String> lines, int line, int gap) {
        Matcher marked = IMAGE_LINE.matcher(lines.get(0));
        if (!marked.matches() || !references.has(Integer.parseInt(marked.group(2)))) {
            return null;
        }
        String alt = marked.group(1) == null ? "" : Words.collapse(marked.group(1));
        Image image = Image.of(references.use(Integer.parseInt(marked.group(2))), alt);
        List<Inline> caption =
                lines.size() == 1
                        ? List.of()
                        : PlainInlines.of(lines.subList(1, lines.size()), references);
        Figure figure = new Figure(image, caption);
        return Unit.ofBlock(
                UnitShape.FIGURE,
                Words.collapse(figure.plainText()),
                figure,
                lines.size(),
                gap,
                line);
    }

    private Unit list(List<String> lines, int line, int gap) {
        Matcher first = BULLET.matcher(lines.get(0));
        if (!first.matches()) {
            throw new IllegalStateException("a list starts with a bullet");
        }
        ListBlock list = listOf(lines, first.group(1).length(), 0);
        return Unit.ofBlock(
                UnitShape.LIST, Words.collapse(list.plainText()), list, lines.size(), gap, line);
    }

    /** A list whose items start at {@code indent}; deeper bullets make nested lists. */
    private ListBlock listOf(List<String> lines, int indent, int level) {
        List<ListItem> items = new ArrayList<>();
        List<String> itemText = new ArrayList<>();
        List<String> nested = new ArrayList<>();
        boolean ordered = false;
        int start = 1;
        for (String raw : lines) {
            Matcher bullet = BULLET.matcher(raw);
            boolean isBullet = bullet.matches();
            int lineIndent = raw.length() - raw.stripLeading().length();
            if (isBullet && (lineIndent <= indent || level >= MAX_DEPTH)) {
                if (!itemText.isEmpty() || !nested.isEmpty()) {
                    items.add(item(itemText, nested, level));
                } else if (items.isEmpty()) {
                    String marker = bullet.group(2);
                    ordered = Character.isDigit(marker.charAt(0));
                    if (ordered) {
                        start = Integer.parseInt(marker.substring(0, marker.length() - 1));
                    }
                }
                itemText = new ArrayList<>();
                nested = new ArrayList<>();
                itemText.add(bullet.group(3));
            } else if (isBullet || !nested.isEmpty()) {
                nested.add(raw);
            } else {
                itemText.add(raw.strip());
            }
        }
        items.add(item(itemText, nested, level));
        return new ListBlock(ordered, ordered ? start : 1, items);
    }

    private ListItem item(List<String> text, List<String> nested, int level) {
        List<Block> blocks = new ArrayList<>();
        if (!text.isEmpty()) {
            blocks.add(new Paragraph(PlainInlines.of(text, references)));
        }
        if (!nested.isEmpty()) {
            Matcher first = BULLET.matcher(nested.get(0));
            if (first.matches()) {
                blocks.add(listOf(nested, first.group(1).length(), level + 1));
            } else {
                List<String> stripped = new ArrayList<>();
                nested.forEach(line -> stripped.add(line.strip()));
                blocks.add(new Paragraph(PlainInlines.of(stripped, references)));
            }
        }
        return new ListItem(blocks);
    }

    /** Whether the block is the header of an embedded message (a digest's "From:", "Subject:"). */
    private static boolean isHeaderBlock(List<String> block) {
        if (!allHeaderLines(block)) {
            return false;
        }
        for (String line : block) {
            Matcher header = HEADER_LINE.matcher(line);
            if (header.matches()
                    && MESSAGE_HEADERS.contains(header.group(1).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static boolean allHeaderLines(List<String> block) {
        if (!HEADER_LINE.matcher(block.get(0)).matches()) {
            return false;
        }
        for (String line : block) {
            if (!HEADER_LINE.matcher(line).matches() && !line.startsWith(" ")) {
                return false;
            }
        }
        return true;
    }

    private static Unit headers(List<String> lines, int line, int gap) {
        Map<String, String> fields = new LinkedHashMap<>();
        String name = null;
        StringBuilder value = new StringBuilder();
        for (String raw : lines) {
            Matcher header = HEADER_LINE.matcher(raw);
            if (header.matches() && !raw.startsWith(" ")) {
                if (name != null) {
                    fields.putIfAbsent(name, Words.collapse(value.toString()));
                }
                name = header.group(1).toLowerCase(Locale.ROOT);
                value = new StringBuilder(raw.substring(raw.indexOf(':') + 1));
            } else {
                value.append(' ').append(raw.strip());
            }
        }
        if (name != null) {
            fields.putIfAbsent(name, Words.collapse(value.toString()));
        }
        List<Inline> inlines = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                inlines.add(LineBreak.HARD);
            }
            inlines.add(new Text(lines.get(i).strip()));
        }
        return new Unit(
                UnitShape.HEADERS,
                0,
                Words.collapse(String.join(" ", lines)),
                inlines,
                new Paragraph(inlines),
                null,
                false,
                lines.size(),
                gap,
                fields,
                line);
    }

    private static URI uri(String text) {
        try {
            return new URI(TrackingLinks.clean(text));
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
