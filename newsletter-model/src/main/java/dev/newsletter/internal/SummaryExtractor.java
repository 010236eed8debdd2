package dev.newsletter.internal;

import dev.newsletter.Entry;
import dev.newsletter.Issue;
import dev.newsletter.Section;
import dev.newsletter.content.Block;
import dev.newsletter.content.RawBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * Chooses an issue's summary: the stated one, else the text before a {@code <!-- more -->} marker,
 * else the first words.
 */
public final class SummaryExtractor {

    /**
     * A summary and where it came from.
     *
     * @param text the summary
     * @param origin {@code "metadata"}, {@code "more"} or {@code "words"}
     */
    public record Summary(String text, String origin) {}

    private SummaryExtractor() {}

    /** The summary of {@code issue}, taking at most {@code maxWords} words when none is marked. */
    public static Summary summary(Issue issue, int maxWords) {
        if (maxWords <= 0) {
            throw new IllegalArgumentException("maxWords must be positive, was " + maxWords);
        }
        if (issue.summary() != null && !issue.summary().isBlank()) {
            return new Summary(issue.summary().strip(), "metadata");
        }
        List<Block> beforeMarker = blocksBeforeMoreMarker(issue);
        if (beforeMarker != null) {
            return new Summary(normalizeSpace(Block.plainText(beforeMarker)), "more");
        }
        return new Summary(firstWords(issue, maxWords), "words");
    }

    /** The blocks before a more marker in document order, or null when there is no marker. */
    private static List<Block> blocksBeforeMoreMarker(Issue issue) {
        List<Block> seen = new ArrayList<>();
        if (collectUntilMarker(issue.intro(), seen)) {
            return seen;
        }
        for (Section section : issue.sections()) {
            if (collectUntilMarker(section.blocks(), seen)) {
                return seen;
            }
            for (Entry entry : section.entries()) {
                if (collectUntilMarker(entry.blocks(), seen)) {
                    return seen;
                }
            }
        }
        return null;
    }

    private static boolean collectUntilMarker(List<Block> blocks, List<Block> seen) {
        for (Block block : blocks) {
            if (block instanceof RawBlock raw && raw.isMoreMarker()) {
                return true;
            }
            seen.add(block);
        }
        return false;
    }

    private static String firstWords(Issue issue, int maxWords) {
        StringBuilder out = new StringBuilder();
        int[] count = {0};
        if (appendWords(Block.plainText(issue.intro()), maxWords, out, count)) {
            return out.append('\u2026').toString();
        }
        for (Section section : issue.sections()) {
            if (appendWords(section.plainText(), maxWords, out, count)) {
                return out.append('\u2026').toString();
            }
            for (Entry entry : section.entries()) {
                if (appendWords(entry.title(), maxWords, out, count)
                        || appendWords(entry.plainText(), maxWords, out, count)) {
                    return out.append('\u2026').toString();
                }
            }
        }
        return out.toString();
    }

    /** Appends whitespace-separated tokens; returns true when the limit cut the text short. */
    private static boolean appendWords(String text, int maxWords, StringBuilder out, int[] count) {
        for (String token : text.strip().split("\\s+")) {
            if (token.isEmpty()) {
                continue;
            }
            if (count[0] == maxWords) {
                return true;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(token);
            count[0]++;
        }
        return false;
    }

    private static String normalizeSpace(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
