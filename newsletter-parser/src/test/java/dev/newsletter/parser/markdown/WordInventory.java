package dev.newsletter.parser.markdown;

import dev.newsletter.Entry;
import dev.newsletter.Issue;
import dev.newsletter.Person;
import dev.newsletter.Section;
import dev.newsletter.content.Block;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The "nothing lost" measure: counts the words of a Markdown source (markup syntax removed) and of
 * a parsed issue (every field, block, link target, image text and raw markup), and reports the
 * source words the issue does not hold as often as the source does.
 *
 * <p>A word is a run of letters and digits, lower-cased; HTML entities are not words. Markup syntax
 * removed from the source: the front-matter keys and the date line (the date is checked on its
 * own), comment lines of the header, {@code {#id}} heading attributes, link reference definitions
 * and labels, template code (Liquid, Hugo shortcodes, MDX statements and component tags),
 * ordered-list numbers, code-span backticks, emphasis stars inside a word and the "by" of a byline.
 */
final class WordInventory {

    private static final Pattern ENTITY = Pattern.compile("&(?:#[0-9]+|#x[0-9a-fA-F]+|[a-zA-Z]+);");
    private static final Pattern HEADING_ID = Pattern.compile("\\{#[^{}\\s]*\\}");
    private static final Pattern LINK_DEFINITION =
            Pattern.compile("(?m)^ {0,3}\\[[^\\]\\n]+\\]:[ \\t]*\\S+[^\\n]*$");
    private static final Pattern ORDERED_MARKER =
            Pattern.compile("(?m)^([ \\t>]*)[0-9]{1,9}[.)](?=\\s)");
    private static final Pattern BYLINE = Pattern.compile("(?im)^[ \\t]*[*_]*by(?=\\s+[*_]*\\[)");
    private static final Pattern INTRAWORD_EMPHASIS = Pattern.compile("(?<=\\p{L})\\*+(?=\\p{L})");
    private static final Pattern REFERENCE_LABEL = Pattern.compile("\\]\\[[^\\]\\n]*\\]");
    private static final Pattern HEADER_KEY =
            Pattern.compile("^\\s*(?:-\\s+)?[A-Za-z_][A-Za-z0-9_-]*\\s*[:=]");

    /**
     * Template code, which is resolved, not shown: Liquid outputs and tags, Hugo shortcodes, MDX
     * imports, exports and component tags.
     */
    private static final Pattern TEMPLATE_CODE =
            Pattern.compile(
                    "\\{\\{[<%][^\\n]*?[>%]\\}\\}|\\{\\{[^\\n]*?\\}\\}|\\{%[^\\n]*?%\\}"
                            + "|(?m)^(?:import|export) [^\\n]*$|</?[A-Z][A-Za-z0-9_.]*[^<>\\n]*>");

    private final Map<String, Integer> counts = new HashMap<>();

    /** The words of a Markdown source with its header. */
    static WordInventory ofSource(String text) {
        WordInventory words = new WordInventory();
        String source = text.replace("\r\n", "\n");
        String body = source;
        List<String> header = new ArrayList<>();
        String first = source.lines().findFirst().orElse("").strip();
        if (first.equals("---") || first.equals("+++")) {
            int end = source.indexOf("\n" + first + "\n", 3);
            int endAtEof =
                    source.endsWith("\n" + first) ? source.length() - first.length() - 1 : -1;
            int close = end >= 0 ? end : endAtEof;
            if (close >= 0) {
                header = source.substring(first.length() + 1, close).lines().toList();
                body = source.substring(Math.min(source.length(), close + first.length() + 2));
            }
        } else if (HEADER_KEY.matcher(first).find()
                && source.contains("\n\n")
                && source.substring(0, source.indexOf("\n\n"))
                        .lines()
                        .allMatch(line -> HEADER_KEY.matcher(line).find())
                && source.substring(0, source.indexOf("\n\n"))
                        .toLowerCase(Locale.ROOT)
                        .matches("(?s).*\\b(title|date):.*")) {
            header = source.substring(0, source.indexOf("\n\n")).lines().toList();
            body = source.substring(source.indexOf("\n\n") + 2);
        }
        for (String line : header) {
            String trimmed = line.strip();
            if (trimmed.startsWith("#")
                    || trimmed.startsWith("[")
                    || trimmed.toLowerCase(Locale.ROOT).matches("date\\s*[:=].*")) {
                continue;
            }
            words.add(HEADER_KEY.matcher(line).replaceFirst(" "));
        }
        String cleaned = TEMPLATE_CODE.matcher(body).replaceAll(" ");
        cleaned = LINK_DEFINITION.matcher(cleaned).replaceAll(" ");
        cleaned = HEADING_ID.matcher(cleaned).replaceAll(" ");
        cleaned = ORDERED_MARKER.matcher(cleaned).replaceAll("$1 ");
        cleaned = BYLINE.matcher(cleaned).replaceAll(" ");
        cleaned = REFERENCE_LABEL.matcher(cleaned).replaceAll("] ");
        cleaned = cleaned.replace("`", ""); // code spans are read with the words around them
        cleaned = INTRAWORD_EMPHASIS.matcher(cleaned).replaceAll("");
        words.add(cleaned);
        return words;
    }

    /** The words an issue holds, everywhere. */
    static WordInventory ofIssue(Issue issue) {
        WordInventory words = new WordInventory();
        words.add(issue.title());
        words.add(issue.edition());
        words.add(issue.summary());
        issue.authors().forEach(words::add);
        issue.tags().forEach(words::add);
        words.addValue(issue.metadata().asMap());
        words.addBlocks(issue.intro());
        for (Section section : issue.allSections()) {
            words.add(section.heading());
            words.add(section.link() == null ? null : section.link().toString());
            words.addBlocks(section.blocks());
            for (Entry entry : section.entries()) {
                words.add(entry.title());
                words.add(entry.link() == null ? null : entry.link().toString());
                words.add(entry.contributor());
                words.addBlocks(entry.blocks());
            }
        }
        return words;
    }

    /** The words of this source missing from {@code model}, with how many are missing. */
    Map<String, Integer> missingFrom(WordInventory model) {
        Map<String, Integer> missing = new HashMap<>();
        counts.forEach(
                (word, count) -> {
                    int held = model.counts.getOrDefault(word, 0);
                    if (held < count) {
                        missing.put(word, count - held);
                    }
                });
        return missing;
    }

    int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    private void add(Person person) {
        if (person != null) {
            add(person.name());
            add(person.uri() == null ? null : person.uri().toString());
        }
    }

    private void addValue(Object value) {
        if (value instanceof Map<?, ?> map) {
            map.values().forEach(this::addValue);
        } else if (value instanceof List<?> list) {
            list.forEach(this::addValue);
        } else if (value != null) {
            add(value.toString());
        }
    }

    private void addBlocks(List<Block> blocks) {
        blocks.forEach(this::addBlock);
    }

    private void addBlock(Block block) {
        if (block instanceof Paragraph p) {
            addText(p.inlines());
        } else if (block instanceof Heading h) {
            addText(h.inlines());
        } else if (block instanceof ListBlock l) {
            for (ListItem item : l.items()) {
                addBlocks(item.blocks());
            }
        } else if (block instanceof Quote q) {
            addBlocks(q.blocks());
        } else if (block instanceof CodeBlock c) {
            add(c.info());
            add(c.literal());
        } else if (block instanceof Figure f) {
            addExtras(List.of(f.image()));
            addText(f.caption());
        } else if (block instanceof Table t) {
            addRow(t.header());
            t.rows().forEach(this::addRow);
        } else if (block instanceof RawBlock r) {
            add(r.content());
        }
    }

    private void addRow(TableRow row) {
        row.cells().forEach(this::addText);
    }

    /** The readable text of a run as a reader sees it, then what is not text: targets, markup. */
    private void addText(List<Inline> inlines) {
        StringBuilder text = new StringBuilder();
        appendText(inlines, text);
        add(text.toString());
        addExtras(inlines);
    }

    /** Plain text, but raw markup separates words as it does in the source. */
    private static void appendText(List<Inline> inlines, StringBuilder out) {
        for (Inline inline : inlines) {
            if (inline instanceof Emphasis e) {
                appendText(e.inlines(), out);
            } else if (inline instanceof Strong s) {
                appendText(s.inlines(), out);
            } else if (inline instanceof Strikethrough s) {
                appendText(s.inlines(), out);
            } else if (inline instanceof Link l) {
                appendText(l.inlines(), out);
            } else if (inline instanceof RawInline || inline instanceof Image) {
                out.append(' ');
            } else {
                inline.appendPlainText(out);
            }
        }
    }

    private void addExtras(List<Inline> inlines) {
        for (Inline inline : inlines) {
            if (inline instanceof Emphasis e) {
                addExtras(e.inlines());
            } else if (inline instanceof Strong s) {
                addExtras(s.inlines());
            } else if (inline instanceof Strikethrough s) {
                addExtras(s.inlines());
            } else if (inline instanceof Link l) {
                add(l.destination());
                add(l.title());
                addExtras(l.inlines());
            } else if (inline instanceof Image i) {
                add(i.source());
                add(i.alt());
                add(i.title());
            } else if (inline instanceof RawInline r) {
                add(r.content());
            }
        }
    }

    private void add(String text) {
        if (text == null) {
            return;
        }
        String plain = ENTITY.matcher(text).replaceAll(" ");
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= plain.length(); i++) {
            char c = i < plain.length() ? plain.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                word.append(Character.toLowerCase(c));
            } else if (word.length() > 0) {
                counts.merge(word.toString(), 1, Integer::sum);
                word.setLength(0);
            }
        }
    }
}
