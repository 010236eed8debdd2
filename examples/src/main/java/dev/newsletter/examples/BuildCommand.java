package dev.newsletter.examples;

import dev.newsletter.Issue;
import dev.newsletter.feed.FeedFormat;
import dev.newsletter.feed.FeedWriter;
import dev.newsletter.render.HtmlRenderer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsletter build DIR -o SITE --base-url URL}: a static archive site with its feeds. */
@Command(
        name = "build",
        mixinStandardHelpOptions = true,
        description = {
            "Build a static site of an archive: a page per issue, an index and three feeds.",
            "Writes SITE/index.html, SITE/issues/*.html, SITE/atom.xml, SITE/rss.xml and",
            "SITE/feed.json. The site is built beside SITE and replaces it only when complete."
        })
final class BuildCommand implements Callable<Integer> {

    private static final int PROGRESS_EVERY = 1000;

    @Parameters(index = "0", paramLabel = "DIR", description = "The archive: a folder or an mbox.")
    Path archive;

    @Option(
            names = {"-o", "--output"},
            required = true,
            paramLabel = "SITE",
            description = "The folder to build the site in.")
    Path site;

    @Option(
            names = "--base-url",
            required = true,
            paramLabel = "URL",
            description = "Where the site will be published, such as https://example.org/news/.")
    URI baseUrl;

    @Option(
            names = "--title",
            paramLabel = "TITLE",
            description = "The site's title (default: the newest issue's publication).")
    String title;

    @Option(names = "--quiet", description = "Print nothing but problems.")
    boolean quiet;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        long started = System.nanoTime();
        URI base = baseUrl.toString().endsWith("/") ? baseUrl : URI.create(baseUrl + "/");
        PrintWriter err = spec.commandLine().getErr();
        List<Issue> issues = IssueInputs.readAll(archive, err);
        IssueInputs.warnUndated(issues, err);
        Map<Issue, String> pages = pageNames(issues);
        String siteTitle = title != null ? title : FeedCommand.defaultTitle(issues, base);

        HtmlRenderer pageRenderer =
                HtmlRenderer.builder()
                        .standalone(true)
                        .baseUri(base)
                        .atomFeed(base.resolve("atom.xml"))
                        .rssFeed(base.resolve("rss.xml"))
                        .jsonFeed(base.resolve("feed.json"))
                        .build();
        try (SiteBuild build = SiteBuild.start(site)) {
            Path staging = build.staging();
            Files.createDirectories(staging.resolve("issues"));
            int written = 0;
            for (Issue issue : issues) {
                Path page = staging.resolve("issues").resolve(pages.get(issue));
                try (Writer out = Files.newBufferedWriter(page, StandardCharsets.UTF_8)) {
                    pageRenderer.render(issue, out);
                }
                written++;
                if (!quiet && written % PROGRESS_EVERY == 0) {
                    err.println("rendered " + written + " of " + issues.size() + " pages");
                    err.flush();
                }
            }
            writeIndex(staging, siteTitle, base, issues, pages);
            for (FeedFormat format : FeedFormat.values()) {
                writeFeed(staging, format, siteTitle, base, issues, pages);
            }
            build.publish();
        }
        if (!quiet) {
            long millis = (System.nanoTime() - started) / 1_000_000;
            err.printf(
                    Locale.ROOT,
                    "built %s: %d pages, an index and 3 feeds in %.1f s%n",
                    site,
                    issues.size(),
                    millis / 1000.0);
            err.flush();
        }
        return 0;
    }

    /** A unique, stable file name per issue, from its source file name. */
    private static Map<Issue, String> pageNames(List<Issue> issues) {
        Map<Issue, String> names = new IdentityHashMap<>();
        Set<String> taken = new HashSet<>();
        for (Issue issue : issues) {
            String stem = stem(issue);
            String name = stem + ".html";
            for (int n = 2; !taken.add(name); n++) {
                name = stem + "-" + n + ".html";
            }
            names.put(issue, name);
        }
        return names;
    }

    private static String stem(Issue issue) {
        String location = issue.source().location();
        String base =
                location == null
                        ? ""
                        : Path.of(location.replace('#', '-')).getFileName().toString();
        int dot = base.lastIndexOf('.');
        if (dot > 0) {
            base = base.substring(0, dot);
        }
        String slug =
                base.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (slug.isEmpty()) {
            slug = issue.date() == null ? "issue" : issue.date().toString();
        }
        return slug;
    }

    private static void writeIndex(
            Path staging, String siteTitle, URI base, List<Issue> issues, Map<Issue, String> pages)
            throws IOException {
        List<ArchiveIndexPage.Listing> listings = new ArrayList<>(issues.size());
        for (Issue issue : issues) {
            listings.add(ArchiveIndexPage.Listing.of(issue, "issues/" + pages.get(issue)));
        }
        Collections.reverse(listings); // the reader sorts oldest first
        try (Writer out =
                Files.newBufferedWriter(staging.resolve("index.html"), StandardCharsets.UTF_8)) {
            ArchiveIndexPage.write(siteTitle, base, listings, out);
        }
    }

    private static void writeFeed(
            Path staging,
            FeedFormat format,
            String siteTitle,
            URI base,
            List<Issue> issues,
            Map<Issue, String> pages)
            throws IOException {
        String file =
                switch (format) {
                    case ATOM -> "atom.xml";
                    case RSS -> "rss.xml";
                    case JSON_FEED -> "feed.json";
                };
        FeedWriter writer =
                FeedWriter.builder()
                        .format(format)
                        .title(siteTitle)
                        .homepage(base)
                        .selfUri(base.resolve(file))
                        .issueLinks(
                                issue -> {
                                    String page = pages.get(issue);
                                    return page == null ? null : base.resolve("issues/" + page);
                                })
                        .build();
        try (Writer out = Files.newBufferedWriter(staging.resolve(file), StandardCharsets.UTF_8)) {
            writer.write(issues, out);
        }
    }
}
