package dev.newsletter.parser.markdown;

import dev.newsletter.Entry;
import dev.newsletter.Issue;
import dev.newsletter.Section;
import dev.newsletter.content.Block;
import dev.newsletter.content.Figure;
import dev.newsletter.content.RawBlock;

/** A short, readable outline of an issue's structure, for reading results and test messages. */
final class StructureDump {

    private StructureDump() {}

    static String of(Issue issue) {
        StringBuilder out = new StringBuilder();
        out.append("title: ")
                .append(issue.title())
                .append('\n')
                .append("edition: ")
                .append(issue.edition())
                .append('\n')
                .append("date: ")
                .append(issue.date())
                .append(" (")
                .append(issue.datePrecision().id())
                .append(")  published: ")
                .append(issue.published())
                .append('\n')
                .append("authors: ")
                .append(issue.authors())
                .append("  tags: ")
                .append(issue.tags())
                .append('\n')
                .append("metadata: ")
                .append(issue.metadata())
                .append('\n')
                .append("intro: ")
                .append(describe(issue.intro()))
                .append('\n');
        for (Section section : issue.allSections()) {
            out.append("#".repeat(section.level()))
                    .append(" [")
                    .append(section.kind().id())
                    .append("] ")
                    .append(section.heading())
                    .append("  -> title: ")
                    .append(section.title())
                    .append('\n')
                    .append("   blocks: ")
                    .append(describe(section.blocks()))
                    .append('\n');
            for (Entry entry : section.entries()) {
                out.append("   * ")
                        .append(entry.title())
                        .append("  <")
                        .append(entry.link())
                        .append(">");
                if (entry.contributor() != null) {
                    out.append("  by ").append(entry.contributor());
                }
                out.append("\n       ").append(describe(entry.blocks())).append('\n');
            }
        }
        return out.toString();
    }

    private static String describe(java.util.List<Block> blocks) {
        StringBuilder out = new StringBuilder();
        for (Block block : blocks) {
            String text =
                    block instanceof RawBlock raw
                            ? "raw:" + raw.content()
                            : block instanceof Figure figure
                                    ? "figure:" + figure.image().alt() + "|" + figure.plainText()
                                    : block.plainText();
            text = text.replaceAll("\\s+", " ");
            out.append(block.getClass().getSimpleName())
                    .append("(")
                    .append(text.length() > 40 ? text.substring(0, 40) + "…" : text)
                    .append(") ");
        }
        return out.toString().strip();
    }
}
