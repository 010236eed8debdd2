package dev.newsletter.examples;

import dev.newsletter.Issue;
import dev.newsletter.feed.FeedFormat;
import dev.newsletter.feed.FeedWriter;
import dev.newsletter.render.HtmlRenderer;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
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
            "Writes SITE/index.html, SITE/issues/*.html, SITE/atom.xml, SITE/rss.xml,",
            "SITE/feed.json and SITE/.newsletter-manifest, the list of files it wrote.",
            "",
            "SITE becomes a symbolic link to the newest build, kept with the lock in",
            ".SITE.newsletter/ beside it. Each build is written there in full, then the",
            "link is switched in one step, so SITE is always a whole site: the previous",
            "one until the new one is complete. The next build removes what an",
            "interrupted one left. Copy or deploy the site through the link:",
            "  rsync -a SITE/ DEST/     or     cp -rL SITE DEST",
            "",
            "A build replaces SITE only if it is missing, an empty folder, or a site this",
            "tool built with no file added since; anything else is refused unless --force.",
            "SITE may never be DIR, lie inside it or hold it, even with --force. Two builds",
            "of the same SITE never run at once: the second stops with an error.",
            ""
        })
final class BuildCommand implements Callable<Integer> {

    private static final int PROGRESS_EVERY = 1000;

    @Parameters(index = "0", paramLabel = "DIR", description = "The archive: a folder or an mbox.")
    Path archive;

    @Option(
            names = {"-o", "--output"},
            required = true,
            paramLabel = "SITE",
            description = "Where the site goes: a new path, or an earlier build's.")
    Path site;

    @Option(
            names = "--base-url",
            required = true,
            paramLabel = "URL",
            converter = OptionValues.WebAddress.class,
            description = {
                "Where the site will be published,",
                "such as https://example.org/news/."
            })
    URI baseUrl;

    @Option(
            names = "--title",
            paramLabel = "TITLE",
            description = "The site's title (default: the newest issue's publication).")
    String title;

    @Option(names = "--quiet", description = "Print nothing but problems.")
    boolean quiet;

    @Option(
            names = "--force",
            description = {
                "Replace SITE even if this tool did not build it",
                "or files were added to it: they are deleted. A",
                "symbolic link is replaced, never what it points to."
            })
    boolean force;

    @CommandLine.Mixin SiteVariableOption siteVariables = new SiteVariableOption();

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        long started = System.nanoTime();
        URI base = baseUrl.toString().endsWith("/") ? baseUrl : URI.create(baseUrl + "/");
        if (title != null && title.isBlank()) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--title must not be blank");
        }
        PrintWriter err = spec.commandLine().getErr();
        SiteLayout layout = OutputGuard.check(archive, site, force); // before anything is read
        List<Issue> issues = IssueInputs.readAll(archive, siteVariables.variables(), err);
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
        boolean linked;
        try (SiteBuild build = SiteBuild.start(layout, force, err)) {
            int written = 0;
            for (Issue issue : issues) {
                build.write("issues/" + pages.get(issue), out -> pageRenderer.render(issue, out));
                written++;
                if (!quiet && written % PROGRESS_EVERY == 0) {
                    err.println("rendered " + written + " of " + issues.size() + " pages");
                    err.flush();
                }
            }
            writeIndex(build, siteTitle, base, issues, pages);
            for (FeedFormat format : FeedFormat.values()) {
                writeFeed(build, format, siteTitle, base, issues, pages);
            }
            linked = build.publish();
        }
        if (!quiet) {
            if (!linked) {
                err.println(
                        "newsletter: note: "
                                + site
                                + " is a folder, not a link, as this file system has no symbolic"
                                + " links: it was swapped in with two renames, and a build"
                                + " killed between them is put back by the next build");
            }
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
            SiteBuild build,
            String siteTitle,
            URI base,
            List<Issue> issues,
            Map<Issue, String> pages)
            throws IOException {
        List<ArchiveIndexPage.Listing> listings = new ArrayList<>(issues.size());
        for (Issue issue : issues) {
            listings.add(ArchiveIndexPage.Listing.of(issue, "issues/" + pages.get(issue)));
        }
        Collections.reverse(listings); // the reader sorts oldest first
        build.write("index.html", out -> ArchiveIndexPage.write(siteTitle, base, listings, out));
    }

    private static void writeFeed(
            SiteBuild build,
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
        build.write(file, out -> writer.write(issues, out));
    }
}
