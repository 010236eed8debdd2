package dev.newsletter.parser.email;

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
import dev.newsletter.content.Link;
import dev.newsletter.content.ListBlock;
import dev.newsletter.content.ListItem;
import dev.newsletter.content.Paragraph;
import dev.newsletter.content.Quote;
import dev.newsletter.content.RawBlock;
import dev.newsletter.content.RawInline;
import dev.newsletter.content.Strikethrough;
import dev.newsletter.content.Strong;
import dev.newsletter.content.Table;
import dev.newsletter.content.TableRow;
import dev.newsletter.content.Text;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The "nothing lost" check: the words of a source against every word the parsed issue holds
 * (fields, content, link targets, image text, contributors and metadata).
 */
final class ModelWords {

    private ModelWords() {}

    /** The words of {@code text}: runs of letters and digits, lower-cased. */
    static Set<String> of(String text) {
        Set<String> words = new LinkedHashSet<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                word.append(Character.toLowerCase(c));
            } else if (!isJoiner(c) && word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }

    /** Characters that sit inside a word without splitting it (soft hyphens, zero-width marks). */
    private static boolean isJoiner(char c) {
        return c == '\u00AD'
                || c == '\u200B'
                || c == '\u200C'
                || c == '\u200D'
                || c == '\uFEFF'
                || c == '\u2060';
    }

    /** Every word the issue holds. */
    static Set<String> of(Issue issue) {
        StringBuilder text = new StringBuilder();
        append(text, issue.title());
        append(text, issue.edition());
        Publication publication = issue.publication();
        append(text, publication.name());
        append(text, publication.tagline());
        issue.authors().forEach(author -> append(text, author.name()));
        appendBlocks(text, issue.intro());
        for (Section section : issue.allSections()) {
            append(text, section.heading());
            append(text, section.link() == null ? null : section.link().toString());
            append(text, section.title());
            appendBlocks(text, section.blocks());
            for (Entry entry : section.entries()) {
                append(text, entry.title());
                append(text, entry.link() == null ? null : entry.link().toString());
                Person person = entry.contributor();
                if (person != null) {
                    append(text, person.name());
                    append(text, person.uri() == null ? null : person.uri().toString());
                }
                appendBlocks(text, entry.blocks());
            }
        }
        appendValue(text, issue.metadata().asMap());
        return of(text.toString());
    }

    /** The words of {@code source} that {@code issue} lacks, in source order. */
    static List<String> missing(String source, Issue issue) {
        Set<String> model = of(issue);
        List<String> missing = new ArrayList<>();
        for (String word : of(source)) {
            if (!model.contains(word)) {
                missing.add(word);
            }
        }
        return missing;
    }

    private static void append(StringBuilder out, String text) {
        if (text != null) {
            out.append(' ').append(text).append(' ');
        }
    }

    private static void appendValue(StringBuilder out, Object value) {
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                append(out, String.valueOf(entry.getKey()));
                appendValue(out, entry.getValue());
            }
        } else if (value instanceof List<?> list) {
            list.forEach(element -> appendValue(out, element));
        } else if (value != null) {
            append(out, value.toString());
        }
    }

    private static void appendBlocks(StringBuilder out, List<? extends Block> blocks) {
        for (Block block : blocks) {
            appendBlock(out, block);
        }
    }

    private static void appendBlock(StringBuilder out, Block block) {
        out.append(' ');
        if (block instanceof Paragraph paragraph) {
            appendInlines(out, paragraph.inlines());
        } else if (block instanceof Heading heading) {
            appendInlines(out, heading.inlines());
        } else if (block instanceof ListBlock list) {
            for (ListItem item : list.items()) {
                appendBlocks(out, item.blocks());
            }
        } else if (block instanceof Quote quote) {
            appendBlocks(out, quote.blocks());
        } else if (block instanceof CodeBlock code) {
            append(out, code.literal());
        } else if (block instanceof Figure figure) {
            appendInline(out, figure.image());
            appendInlines(out, figure.caption());
        } else if (block instanceof Table table) {
            appendRow(out, table.header());
            table.rows().forEach(row -> appendRow(out, row));
        } else if (block instanceof RawBlock raw) {
            append(out, raw.content());
        }
        out.append(' ');
    }

    private static void appendRow(StringBuilder out, TableRow row) {
        row.cells()
                .forEach(
                        cell -> {
                            appendInlines(out, cell);
                            out.append(' ');
                        });
    }

    private static void appendInlines(StringBuilder out, List<Inline> inlines) {
        inlines.forEach(inline -> appendInline(out, inline));
    }

    private static void appendInline(StringBuilder out, Inline inline) {
        if (inline instanceof Text text) {
            out.append(text.text());
        } else if (inline instanceof Link link) {
            appendInlines(out, link.inlines());
            append(out, link.destination());
        } else if (inline instanceof Emphasis emphasis) {
            appendInlines(out, emphasis.inlines());
        } else if (inline instanceof Strong strong) {
            appendInlines(out, strong.inlines());
        } else if (inline instanceof Strikethrough strike) {
            appendInlines(out, strike.inlines());
        } else if (inline instanceof Code code) {
            append(out, code.literal());
        } else if (inline instanceof Image image) {
            append(out, image.alt());
            append(out, image.title());
            append(out, image.source());
        } else if (inline instanceof RawInline raw) {
            append(out, raw.content());
        } else {
            out.append(' ');
        }
    }
}
