package dev.newsletter.parser.internal.markdown;

import java.util.Set;

/** Judges whether the head of a source is a Markdown issue, by content first. */
public final class MarkdownRecognizer {

    private static final Set<String> MARKDOWN_EXTENSIONS =
            Set.of("md", "markdown", "mdx", "mdown", "mkd");

    private MarkdownRecognizer() {}

    /** 0 to 100; see {@code IssueParser#confidence}. */
    public static int confidence(String head, String extension) {
        String text = head.startsWith("\uFEFF") ? head.substring(1) : head;
        boolean markdownName = MARKDOWN_EXTENSIONS.contains(extension);
        String firstLine = text.lines().findFirst().orElse("").stripTrailing();
        if (firstLine.equals("---") || firstLine.equals("+++")) {
            return markdownName ? 95 : 90;
        }
        if (looksLikeMailHeaders(text) || mailHeaderLines(text) >= 2) {
            return 5; // a message or a digest of messages, whatever its extension says
        }
        int signals = markdownSignals(text);
        FrontMatter pelican = FrontMatterSplitter.split(text, new DiagnosticSink(""));
        if (pelican.syntax() == FrontMatter.Syntax.PELICAN && signals > 0) {
            return markdownName ? 85 : 75;
        }
        if (signals >= 3) {
            return markdownName ? 70 : 55;
        }
        if (signals > 0) {
            return markdownName ? 50 : 30;
        }
        return markdownName ? 25 : 5;
    }

    private static boolean looksLikeMailHeaders(String text) {
        return text.startsWith("From ")
                || text.startsWith("Received:")
                || text.startsWith("Return-Path:")
                || text.startsWith("MIME-Version:")
                || text.startsWith("Delivered-To:");
    }

    /**
     * Counts lines that are mail headers ({@code From: }, {@code Subject: }, {@code Message-ID: }),
     * as digests quote them for each message; Markdown prose seldom starts lines so.
     */
    private static int mailHeaderLines(String text) {
        int count = 0;
        for (String line : (Iterable<String>) text.lines()::iterator) {
            if (line.startsWith("From: ")
                    || line.startsWith("Subject: ")
                    || line.startsWith("Message-ID: ")
                    || line.startsWith("In-Reply-To: ")) {
                count++;
            }
        }
        return count;
    }

    /** Counts lines with ATX headings, link syntax, bullets or fences, up to a few. */
    private static int markdownSignals(String text) {
        int signals = 0;
        for (String line : (Iterable<String>) text.lines()::iterator) {
            String trimmed = line.stripLeading();
            if (trimmed.startsWith("#") && trimmed.matches("#{1,6} \\S.*")
                    || trimmed.startsWith("```")
                    || (trimmed.contains("](") && trimmed.contains("["))
                    || trimmed.startsWith("![")) {
                signals++;
                if (signals >= 5) {
                    break;
                }
            }
        }
        return signals;
    }
}
