package dev.newsletter.examples;

import dev.newsletter.Issue;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.util.List;
import org.apache.commons.text.StringEscapeUtils;

/** The archive's front page: every issue, newest first, with its date and summary. */
final class ArchiveIndexPage {

    /** One issue as the index lists it: kept small so the index never holds whole issues. */
    record Listing(String title, String date, String summary, String href) {
        static Listing of(Issue issue, String href) {
            String date = issue.date() == null ? "" : issue.date().toString();
            return new Listing(issue.title(), date, issue.summaryText(), href);
        }
    }

    private ArchiveIndexPage() {}

    static void write(String title, URI base, List<Listing> newestFirst, Writer out)
            throws IOException {
        out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        out.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        out.write("<title>" + escape(title) + "</title>\n");
        for (String[] feed :
                new String[][] {
                    {"application/atom+xml", "atom.xml"},
                    {"application/rss+xml", "rss.xml"},
                    {"application/feed+json", "feed.json"}
                }) {
            out.write(
                    "<link rel=\"alternate\" type=\""
                            + feed[0]
                            + "\" href=\""
                            + escape(base.resolve(feed[1]).toString())
                            + "\">\n");
        }
        out.write(
                "<style>body{font:1.05rem/1.6 system-ui,sans-serif;max-width:42rem;margin:2rem"
                        + " auto;padding:0 1rem}li{margin:1.2rem 0}time{color:#666}"
                        + "@media (prefers-color-scheme:dark){body{background:#111;color:#ddd}"
                        + "a{color:#8ab4f8}time{color:#aaa}}</style>\n");
        out.write("</head>\n<body>\n<h1>" + escape(title) + "</h1>\n<ol reversed>\n");
        for (Listing listing : newestFirst) {
            out.write("<li><a href=\"" + escape(listing.href()) + "\">");
            out.write(escape(listing.title().isBlank() ? listing.date() : listing.title()));
            out.write("</a> <time>" + escape(listing.date()) + "</time>");
            out.write("<p>" + escape(listing.summary()) + "</p></li>\n");
        }
        out.write("</ol>\n</body>\n</html>\n");
    }

    private static String escape(String text) {
        return StringEscapeUtils.escapeHtml4(text);
    }
}
