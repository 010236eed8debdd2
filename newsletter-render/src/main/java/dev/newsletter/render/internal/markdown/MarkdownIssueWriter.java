package dev.newsletter.render.internal.markdown;

import dev.newsletter.Entry;
import dev.newsletter.Issue;
import dev.newsletter.Person;
import dev.newsletter.Section;
import dev.newsletter.SectionKind;
import dev.newsletter.SectionVocabulary;
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
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes one issue as Markdown in the style of the Fast Forward Labs archive: YAML front matter,
 * the edition as {@code # heading}, sections as {@code ## heading}, reading entries as link bullets
 * with an indented body and a trailing {@code - *[Name](url)*}, other entries as {@code ###
 * [Title](url)} headings. One instance per render call; not thread-safe.
 */
public final class MarkdownIssueWriter {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** Front-matter keys the writer fills from the issue's own fields. */

    /** The indent of a bullet's body: the width of "- ", so raw HTML keeps its own indent. */
    private static final String ENTRY_INDENT = "  ";

    private final boolean frontMatter;

    /** "## " unless the content has headings that high, then "# ": sections outrank content. */
    private String sectionMarker = "## ";

    /** The level of the highest top section, written with {@link #sectionMarker}. */
    private int topLevel = Section.DEFAULT_LEVEL;

    /** A writer for one call. */
    public MarkdownIssueWriter(boolean frontMatter) {
        this.frontMatter = frontMatter;
    }

    /** The issue as Markdown. */
    public String write(Issue issue) {
        sectionMarker = highestContentHeading(issue) <= 2 ? "# " : "## ";
        topLevel = topLevel(issue);
        StringBuilder out = new StringBuilder();
        if (frontMatter) {
            FrontMatterWriter.write(issue, out);
        }
        List<String> parts = new ArrayList<>();
        if (issue.edition() != null && !issue.edition().isBlank()) {
            parts.add("# " + MarkdownText.escape(issue.edition().strip()));
        }
        String intro = blocks(issue.intro());
        if (!intro.isEmpty()) {
            parts.add(intro);
        }
        for (Section section : issue.sections()) {
            parts.add(section(section, marker(section.level() - topLevel)));
        }
        out.append(String.join("\n\n", parts));
        if (!parts.isEmpty()) {
            out.append('\n');
        }
        return out.toString();
    }

    /**
     * The highest level (smallest number) of the headings inside the content, 7 for none. A lone
     * {@code #} title in the intro does not count when sections follow: the parser keeps a single
     * {@code #} heading before the first {@code ##} heading in the intro, so "## " sections leave
     * it there, while "# " sections would make it a section of its own.
     */
    private static int highestContentHeading(Issue issue) {
        int level = isLoneIntroTitle(issue) ? 7 : highestHeading(issue.intro());
        for (Section top : issue.sections()) {
            for (Section section : top.withSubsections()) {
                level = Math.min(level, highestHeading(section.blocks()));
                for (Entry entry : section.entries()) {
                    level = Math.min(level, highestHeading(entry.blocks()));
                }
            }
        }
        return level;
    }

    /**
     * Whether the intro's only headings of level 1 or 2 are one top-level {@code #} heading, and a
     * section with a heading follows.
     */
    private static boolean isLoneIntroTitle(Issue issue) {
        int titles = 0;
        for (Block block : issue.intro()) {
            if (block instanceof Heading heading && heading.level() == 1) {
                titles++;
            } else if (!(block instanceof Heading) && highestHeading(List.of(block)) <= 2
                    || block instanceof Heading heading && heading.level() == 2) {
                return false;
            }
        }
        boolean headed = false;
        for (Section section : issue.sections()) {
            headed |= !section.heading().isBlank();
        }
        return titles == 1 && headed;
    }

    private static int highestHeading(List<? extends Block> blocks) {
        int level = 7;
        for (Block block : blocks) {
            if (block instanceof Heading heading) {
                level = Math.min(level, heading.level());
            } else if (block instanceof Quote quote) {
                level = Math.min(level, highestHeading(quote.blocks()));
            } else if (block instanceof ListBlock list) {
                for (ListItem item : list.items()) {
                    level = Math.min(level, highestHeading(item.blocks()));
                }
            }
        }
        return level;
    }

    /** The level of the highest top section. */
    private static int topLevel(Issue issue) {
        int level = Section.MAX_LEVEL;
        for (Section section : issue.sections()) {
            level = Math.min(level, section.level());
        }
        return level;
    }

    /**
     * The heading marker {@code depth} levels below the top sections': sections keep the distances
     * between their levels, so that they read back at the levels they had.
     */
    private String marker(int depth) {
        int hashes = Math.min(6, sectionMarker.length() - 1 + Math.max(0, depth));
        return "#".repeat(hashes) + " ";
    }

    /**
     * A section under {@code marker} ("## "), its entries' headings one level deeper, then its
     * subsections at that deeper level too: the parser tells a subsection from an entry by what
     * follows the heading (items, or the entry's own text).
     */
    private String section(Section section, String marker) {
        String deeper = marker.length() < 7 ? "#" + marker : marker;
        int level = marker.length() - 1;
        // entries sit at "###" at least: under "# " sections content headings reach "##"
        String entryMarker = deeper.length() < 4 ? "### " : deeper;
        List<String> parts = new ArrayList<>();
        if (section.heading().isBlank()) {
            // a section the source gave no heading (a reading list found by its lead sentence):
            // the Markdown parser reads a break followed by a lead and entries as such a section
            parts.add("---");
        } else {
            String heading = MarkdownText.escape(section.heading().strip());
            parts.add(
                    marker
                            + (section.link() == null
                                    ? heading
                                    : "["
                                            + heading
                                            + "]("
                                            + MarkdownText.destination(section.link().toString())
                                            + ")"));
        }
        String lead = blocks(section.blocks());
        if (!lead.isEmpty()) {
            parts.add(lead);
        }
        if (isBylineArticle(section)) {
            // one article titled like its section: a reader (and the parser) takes the section as
            // that article when a byline opens it; an unlinked "### Title" would be read as lead
            Entry article = section.entries().get(0);
            parts.add("*by " + personLink(article.contributor()) + "*");
            String body = blocks(article.blocks());
            if (!body.isEmpty()) {
                parts.add(body);
            }
            addSubsections(section, level, parts);
            return String.join("\n\n", parts);
        }
        boolean bullets = section.kind() == SectionKind.READING && allLinked(section.entries());
        boolean afterHeading = false;
        // a lead ending in a "-" list would run on into "-" entries as one list: they take "*"
        List<Block> leadBlocks = section.blocks();
        String bulletMarker =
                !leadBlocks.isEmpty()
                                && leadBlocks.get(leadBlocks.size() - 1) instanceof ListBlock list
                                && !list.ordered()
                        ? "* "
                        : "- ";
        for (Entry entry : section.entries()) {
            if (isAttributedQuotation(entry)) {
                // a quotation and its "– source" line are the item: it is written as them, and
                // its title and credit read back from them
                parts.add(blocks(entry.blocks()));
                afterHeading = false;
                continue;
            }
            if (!bullets && entry.link() == null && !namesKind(section)) {
                // in a section without a kind an unlinked sub-heading is the lead's, unless a rule
                // sets it apart as an item
                parts.add("---");
            }
            // an entry whose body holds a list of links is written as a bullet: under a heading,
            // such a list would read back as the items of a subsection
            boolean bullet =
                    bullets
                            || entry.link() != null
                                    && !entry.title().isBlank()
                                    && holdsLinkList(entry.blocks());
            if (bullet && !bullets && afterHeading) {
                // a break ends the entry the heading above titles: the bullet is not in its body
                parts.add("---");
            }
            parts.add(bullet ? bulletEntry(entry, bulletMarker) : headingEntry(entry, entryMarker));
            afterHeading = !bullet;
        }
        addSubsections(section, level, parts);
        return String.join("\n\n", parts);
    }

    private void addSubsections(Section section, int level, List<String> parts) {
        for (Section sub : section.subsections()) {
            int hashes = Math.min(6, level + sub.level() - section.level());
            parts.add(section(sub, "#".repeat(hashes) + " "));
        }
    }

    /**
     * Whether the section's heading names a kind by its label ("Recommended reading"), as the
     * parser reads it with its default vocabulary: there every unlinked sub-heading is an entry.
     */
    /**
     * Whether {@code entry} is a quotation followed by its "– source" line, titled by the
     * quotation, with any contributor named in its own text ("Thanks to Bob for the suggestion!").
     */
    private static boolean isAttributedQuotation(Entry entry) {
        List<Block> blocks = entry.blocks();
        if (blocks.size() < 2
                || !(blocks.get(0) instanceof Quote quote)
                || !(blocks.get(1) instanceof Paragraph source)) {
            return false;
        }
        String line = source.plainText().strip();
        String quoted = squeeze(quote.plainText());
        String title = squeeze(entry.title());
        if (title.endsWith("\u2026")) {
            title = title.substring(0, title.length() - 1); // lead words cut short
        }
        return !line.isEmpty()
                && "-–—―~".indexOf(line.charAt(0)) >= 0
                && !entry.title().isBlank()
                && quoted.startsWith(title)
                && (entry.contributor() == null
                        || Block.plainText(blocks).contains(entry.contributor().name()));
    }

    private static String squeeze(String text) {
        return SPACES.matcher(text).replaceAll(" ").strip();
    }

    private static boolean namesKind(Section section) {
        if (section.heading().isBlank()) {
            // a section without heading is a reading list when its lead said so
            return section.kind().equals(SectionKind.READING);
        }
        return !SectionVocabulary.defaults()
                .match(section.heading())
                .kind()
                .equals(SectionKind.OTHER);
    }

    /**
     * Whether the section is a single unlinked article titled like the section, with a contributor
     * whose name reads back from a byline and no lead before it.
     */
    private static boolean isBylineArticle(Section section) {
        if (section.entries().size() != 1 || !section.blocks().isEmpty()) {
            return false;
        }
        Entry entry = section.entries().get(0);
        String heading = section.heading().strip();
        // the parser titles such an article like the section: by its label's title, if any
        String title = section.title().isEmpty() ? heading : section.title();
        return entry.link() == null
                && entry.contributor() != null
                && !heading.isEmpty()
                && entry.title().equals(title)
                && isPlainName(entry.contributor().name());
    }

    /**
     * Whether {@code name} is read back whole from "by Name": one to four capitalised words of
     * letters (particles such as "van" aside), with no trailing punctuation to be trimmed.
     */
    static boolean isPlainName(String name) {
        return name.length() <= 48
                && name.matches(
                        "\\p{Lu}(?:[\\p{L}'’.-]*\\p{L})?"
                                + "(?: (?:\\p{Lu}(?:[\\p{L}'’.-]*\\p{L})?|de|da|di|del|der|van|von|la|le|du|bin|al)){0,3}");
    }

    private static String personLink(Person person) {
        String name = MarkdownText.escape(person.name());
        return person.uri() == null
                ? name
                : "[" + name + "](" + MarkdownText.destination(person.uri().toString()) + ")";
    }

    /** Whether {@code blocks} hold a list in which some item's first paragraph has a link. */
    private static boolean holdsLinkList(List<Block> blocks) {
        for (Block block : blocks) {
            if (block instanceof ListBlock list) {
                for (ListItem item : list.items()) {
                    if (!item.blocks().isEmpty()
                            && item.blocks().get(0) instanceof Paragraph first
                            && hasLink(first.inlines())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean hasLink(List<Inline> inlines) {
        for (Inline inline : inlines) {
            if (inline instanceof Link
                    || inline instanceof Strong strong && hasLink(strong.inlines())
                    || inline instanceof Emphasis emphasis && hasLink(emphasis.inlines())) {
                return true;
            }
        }
        return false;
    }

    private static boolean allLinked(List<Entry> entries) {
        for (Entry entry : entries) {
            if (entry.link() == null || entry.title().isBlank()) {
                return false;
            }
        }
        return true;
    }

    private String bulletEntry(Entry entry, String marker) {
        StringBuilder out = new StringBuilder(marker);
        out.append(titleLink(entry));
        String body = blocksWithAttribution(entry);
        if (!body.isEmpty()) {
            out.append("\n\n").append(indent(body, ENTRY_INDENT, ENTRY_INDENT));
        }
        return out.toString();
    }

    private String headingEntry(Entry entry, String marker) {
        StringBuilder out = new StringBuilder(marker);
        out.append(entry.link() == null ? MarkdownText.escape(entry.title()) : titleLink(entry));
        String body = blocksWithAttribution(entry);
        if (!body.isEmpty()) {
            out.append("\n\n").append(body);
        }
        return out.toString();
    }

    private static String titleLink(Entry entry) {
        return "["
                + MarkdownText.escape(entry.title())
                + "]("
                + MarkdownText.destination(entry.link().toString())
                + ")";
    }

    /**
     * The body, with the contributor closing the last paragraph as in {@code - *[Name](url)*}, or
     * signing as a paragraph of its own ({@code — *alicexbt*}).
     */
    private String blocksWithAttribution(Entry entry) {
        String body = blocks(entry.blocks());
        Person contributor = entry.contributor();
        if (contributor == null) {
            return body;
        }
        String name = MarkdownText.escape(contributor.name());
        String attribution =
                contributor.uri() == null
                        ? "*" + name + "*"
                        : "*["
                                + name
                                + "]("
                                + MarkdownText.destination(contributor.uri().toString())
                                + ")*";
        List<Block> blocks = entry.blocks();
        // a name in lower case ("alicexbt") signs as a paragraph of its own, where a dash before a
        // lower-case word cannot be prose
        boolean capital = Character.isUpperCase(contributor.name().strip().codePointAt(0));
        if (capital && !blocks.isEmpty() && blocks.get(blocks.size() - 1) instanceof Paragraph) {
            return body + " - " + attribution;
        }
        return body.isEmpty() ? "\u2014 " + attribution : body + "\n\n\u2014 " + attribution;
    }

    private String blocks(List<? extends Block> blocks) {
        StringBuilder out = new StringBuilder();
        Block previous = null;
        boolean previousAlternate = false;
        for (Block block : blocks) {
            String text;
            if (block instanceof ListBlock list) {
                // two lists in a row need different markers, or they merge into one
                boolean alternate =
                        previous instanceof ListBlock before
                                && before.ordered() == list.ordered()
                                && !previousAlternate;
                text = list(list, alternate);
                previousAlternate = alternate;
            } else {
                text = block(block);
                previousAlternate = false;
            }
            if (text.isEmpty()) {
                continue;
            }
            if (out.length() > 0) {
                out.append("\n\n");
            }
            out.append(text);
            previous = block;
        }
        return out.toString();
    }

    private String block(Block block) {
        if (block instanceof Paragraph paragraph) {
            return inlines(paragraph.inlines());
        } else if (block instanceof Heading heading) {
            return "#".repeat(heading.level())
                    + " "
                    + inlines(heading.inlines()).replace('\n', ' ');
        } else if (block instanceof ListBlock list) {
            return list(list, false);
        } else if (block instanceof Quote quote) {
            return indent(blocks(quote.blocks()), "> ", "> ");
        } else if (block instanceof CodeBlock code) {
            return codeBlock(code);
        } else if (block instanceof Figure figure) {
            StringBuilder out = new StringBuilder();
            appendImage(figure.image(), out);
            if (!figure.caption().isEmpty()) {
                out.append('\n').append(inlines(figure.caption()));
            }
            return out.toString();
        } else if (block instanceof Table table) {
            return table(table);
        } else if (block instanceof Rule) {
            return "---";
        } else if (block instanceof RawBlock raw) {
            return rawBlock(raw.content());
        }
        throw new IllegalArgumentException("unknown block " + block.getClass().getName());
    }

    /**
     * Raw content without its blank edges. Up to three spaces of indentation stay: an HTML block
     * keeps them as part of its text (" </channel>"), while four would make it a code block.
     */
    private static String rawBlock(String content) {
        String text = content.stripTrailing().replaceFirst("^(?:[ \t]*\n)+", "");
        int indent = 0;
        while (indent < text.length() && text.charAt(indent) == ' ') {
            indent++;
        }
        return indent < 4 && (indent == text.length() || text.charAt(indent) != '\t')
                ? text
                : text.strip();
    }

    private String list(ListBlock list, boolean alternate) {
        boolean tight = true;
        for (ListItem item : list.items()) {
            tight &= item.blocks().size() <= 1;
        }
        StringBuilder out = new StringBuilder();
        int number = list.start();
        for (ListItem item : list.items()) {
            if (out.length() > 0) {
                out.append(tight ? "\n" : "\n\n");
            }
            String marker;
            if (list.ordered()) {
                marker = number++ + (alternate ? ")" : ".");
            } else {
                marker = alternate ? "*" : "-";
            }
            String content = blocks(item.blocks());
            if (content.isEmpty()) {
                out.append(marker);
            } else {
                String padding = " ".repeat(marker.length() + 1);
                out.append(marker).append(' ').append(indent(content, "", padding));
            }
        }
        return out.toString();
    }

    private static String codeBlock(CodeBlock code) {
        String literal = code.literal();
        char fenceChar = code.info().indexOf('`') >= 0 ? '~' : '`';
        int longest = 0;
        int run = 0;
        for (int i = 0; i < literal.length(); i++) {
            run = literal.charAt(i) == fenceChar ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = String.valueOf(fenceChar).repeat(Math.max(3, longest + 1));
        StringBuilder out = new StringBuilder(fence).append(code.info().strip()).append('\n');
        out.append(literal);
        if (!literal.isEmpty() && !literal.endsWith("\n")) {
            out.append('\n');
        }
        return out.append(fence).toString();
    }

    private String table(Table table) {
        StringBuilder out = new StringBuilder();
        int columns = table.header().cells().size();
        row(table.header(), columns, out);
        out.append("\n|");
        for (int i = 0; i < columns; i++) {
            out.append(" --- |");
        }
        for (TableRow row : table.rows()) {
            out.append('\n');
            row(row, columns, out);
        }
        return out.toString();
    }

    private void row(TableRow row, int columns, StringBuilder out) {
        out.append('|');
        for (int i = 0; i < columns; i++) {
            String cell =
                    i < row.cells().size() ? inlines(row.cells().get(i)).replace('\n', ' ') : "";
            out.append(' ').append(cell).append(" |");
        }
    }

    private String inlines(List<Inline> inlines) {
        StringBuilder out = new StringBuilder();
        appendInlines(inlines, out);
        return out.toString();
    }

    private void appendInlines(List<Inline> inlines, StringBuilder out) {
        for (Inline inline : inlines) {
            appendInline(inline, out);
        }
    }

    private void appendInline(Inline inline, StringBuilder out) {
        if (inline instanceof Text text) {
            MarkdownText.appendEscaped(text.text(), out);
        } else if (inline instanceof Emphasis emphasis) {
            out.append('*');
            appendInlines(emphasis.inlines(), out);
            out.append('*');
        } else if (inline instanceof Strong strong) {
            out.append("**");
            if (strong.inlines().size() == 1 && strong.inlines().get(0) instanceof Emphasis inner) {
                // "***x***" reads as emphasis around strong: underscores keep strong outside
                out.append('_');
                appendInlines(inner.inlines(), out);
                out.append('_');
            } else {
                appendInlines(strong.inlines(), out);
            }
            out.append("**");
        } else if (inline instanceof Strikethrough strike) {
            out.append("~~");
            appendInlines(strike.inlines(), out);
            out.append("~~");
        } else if (inline instanceof Code code) {
            out.append(MarkdownText.code(code.literal()));
        } else if (inline instanceof Link link) {
            out.append('[');
            appendInlines(link.inlines(), out);
            out.append("](").append(MarkdownText.destination(link.destination()));
            if (!link.title().isEmpty()) {
                out.append(MarkdownText.title(link.title()));
            }
            out.append(')');
        } else if (inline instanceof Image image) {
            appendImage(image, out);
        } else if (inline instanceof LineBreak lineBreak) {
            out.append(lineBreak.hard() ? "\\\n" : "\n");
        } else if (inline instanceof RawInline raw) {
            out.append(raw.content());
        }
    }

    private static void appendImage(Image image, StringBuilder out) {
        out.append("![").append(MarkdownText.escape(image.alt())).append("](");
        out.append(MarkdownText.destination(image.source()));
        if (!image.title().isEmpty()) {
            out.append(MarkdownText.title(image.title()));
        }
        out.append(')');
    }

    /**
     * {@code text} with {@code first} before its first line and {@code rest} before every other
     * line; blank lines get the prefix without its trailing spaces.
     */
    private static String indent(String text, String first, String rest) {
        StringBuilder out = new StringBuilder(text.length() + 16);
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
}
