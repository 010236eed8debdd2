package dev.newsletter.examples.recipes;

import dev.newsletter.Issue;
import dev.newsletter.feed.FeedFormat;
import dev.newsletter.feed.FeedGranularity;
import dev.newsletter.feed.FeedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes an RSS feed with one item per entry (each read, each livestream) to standard output, so a
 * feed reader shows every recommendation on its own with its contributor as author.
 */
public final class ContributorFeed {

    private ContributorFeed() {}

    /** Takes the archive folder (or mbox) and the site's home page. */
    public static void main(String[] args) throws IOException {
        List<Issue> issues = Issue.parseAll(Path.of(args[0]));
        FeedWriter feed =
                FeedWriter.builder()
                        .format(FeedFormat.RSS)
                        .granularity(FeedGranularity.ENTRY)
                        .title("Every recommendation")
                        .homepage(URI.create(args[1]))
                        .build();
        PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
        feed.write(issues, out);
        out.flush();
    }
}
