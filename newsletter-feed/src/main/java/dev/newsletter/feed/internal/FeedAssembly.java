package dev.newsletter.feed.internal;

import dev.newsletter.Entry;
import dev.newsletter.Issue;
import dev.newsletter.Person;
import dev.newsletter.Section;
import dev.newsletter.SectionKind;
import dev.newsletter.content.Block;
import dev.newsletter.content.Figure;
import dev.newsletter.content.Image;
import dev.newsletter.content.Inline;
import dev.newsletter.content.ListBlock;
import dev.newsletter.content.ListItem;
import dev.newsletter.content.Paragraph;
import dev.newsletter.content.Quote;
import dev.newsletter.feed.internal.FeedItem.IssueContext;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Turns a collection of issues into feed items, newest first, for one call of a feed writer: picks
 * the dated issues, gives each a stable id, makes one item per issue or per first-seen entry, and
 * cleans every text and link on the way. Not thread-safe; one per call.
 */
public final class FeedAssembly {

    /** Metadata keys naming an issue's preview image, in order of preference. */
    private static final List<String> IMAGE_KEYS =
            List.of(
                    "preview_image",
                    "image",
                    "cover_image",
                    "cover",
                    "featured_image",
                    "thumbnail");

    /** Metadata keys naming an issue's own page. */
    private static final List<String> LINK_KEYS = List.of("url", "permalink", "link");

    private static final int SUMMARY_WORDS = 50;
    private static final int TITLE_WORDS = 12;

    private final FeedSettings settings;
    private final StableIds ids;
    private final List<Issue> oldestFirst;
    private final Map<Issue, String> issueIds;

    /** Assembles the dated issues of {@code issues}; equal issues count once. */
    public FeedAssembly(FeedSettings settings, Collection<Issue> issues) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.ids = new StableIds(settings.homepage());
        List<Issue> dated = new ArrayList<>();
        for (Issue issue : new LinkedHashSet<>(issues)) {
            if (StableIds.feedDate(issue) != null) {
                dated.add(issue);
            }
        }
        this.issueIds = assignIds(dated);
        dated.sort(Comparator.comparing(FeedAssembly::instant).thenComparing(issueIds::get));
        this.oldestFirst = List.copyOf(dated);
    }

    /** The issues that can be placed in time, oldest first. */
    public List<Issue> issues() {
        return oldestFirst;
    }

    /** The oldest issue's date, or {@code null} when there is none. */
    public LocalDate oldestDate() {
        return oldestFirst.isEmpty() ? null : StableIds.feedDate(oldestFirst.get(0));
    }

    /** The newest issue, or {@code null}. */
    public Issue newest() {
        return oldestFirst.isEmpty() ? null : oldestFirst.get(oldestFirst.size() - 1);
    }

    /** Every item, newest first. */
    public List<FeedItem> items() {
        List<List<FeedItem>> byIssue = new ArrayList<>(oldestFirst.size());
        Set<String> seen = new HashSet<>();
        for (Issue issue : oldestFirst) {
            if (!settings.entries()) {
                byIssue.add(List.of(issueItem(issue)));
                continue;
            }
            List<FeedItem> ofIssue = new ArrayList<>();
            for (Section section : issue.allSections()) {
                for (Entry entry : section.entries()) {
                    String key = entryKey(entry);
                    if (key != null && seen.add(key)) {
                        ofIssue.add(entryItem(issue, section, entry, key));
                    }
                }
            }
            byIssue.add(ofIssue);
        }
        // Newest issue first; the entries of one issue keep the order the issue gave them.
        List<FeedItem> items = new ArrayList<>();
        for (int i = byIssue.size() - 1; i >= 0; i--) {
            items.addAll(byIssue.get(i));
        }
        return items;
    }

    /** The issue's page: the configured links, a front-matter URL, else the home page. */
    public URI issueLink(Issue issue) {
        URI configured = settings.issueLinks() == null ? null : settings.issueLinks().apply(issue);
        URI resolved = WebLinks.resolve(configured, settings.homepage());
        if (resolved != null) {
            return resolved;
        }
        for (String key : LINK_KEYS) {
            URI declared =
                    WebLinks.resolve(
                            issue.metadata().getString(key).orElse(null), settings.homepage());
            if (declared != null) {
                return declared;
            }
        }
        return settings.homepage();
    }

    private Map<Issue, String> assignIds(List<Issue> dated) {
        Map<String, List<Issue>> byDate = new LinkedHashMap<>();
        for (Issue issue : dated) {
            byDate.computeIfAbsent(StableIds.tagDate(issue), date -> new ArrayList<>()).add(issue);
        }
        Map<Issue, String> assigned = new HashMap<>();
        for (List<Issue> sameDate : byDate.values()) {
            List<Issue> undeclared = new ArrayList<>();
            for (Issue issue : sameDate) {
                String declared = ids.declaredId(issue);
                if (declared != null) {
                    assigned.put(issue, declared);
                } else {
                    undeclared.add(issue);
                }
            }
            if (undeclared.size() == 1) {
                assigned.put(undeclared.get(0), ids.issueId(undeclared.get(0), null));
                continue;
            }
            // Two issues of one date: each is named by itself alone, so the input order never
            // matters.
            Map<String, Integer> nameCounts = new HashMap<>();
            for (Issue issue : undeclared) {
                nameCounts.merge(StableIds.issueName(issue), 1, Integer::sum);
            }
            for (Issue issue : undeclared) {
                String name = StableIds.issueName(issue);
                if (nameCounts.get(name) > 1) {
                    name = name + "-" + StableIds.hash(issue.toString(), 8);
                }
                assigned.put(issue, ids.issueId(issue, name));
            }
        }
        // Two front-matter ids alike are the author's slip; keep the feed valid all the same.
        Map<String, Integer> idCounts = new HashMap<>();
        assigned.values().forEach(id -> idCounts.merge(id, 1, Integer::sum));
        assigned.replaceAll(
                (issue, id) ->
                        idCounts.get(id) > 1 ? id + "/" + StableIds.hash(issue.toString(), 8) : id);
        return assigned;
    }

    private FeedItem issueItem(Issue issue) {
        Instant when = instant(issue);
        List<String> categories = new ArrayList<>();
        for (Section section : issue.allSections()) {
            if (!section.kind().equals(SectionKind.OTHER)) {
                categories.add(section.kind().id());
            }
        }
        categories.addAll(issue.tags());
        String content = null;
        if (!settings.summaryOnly()) {
            content = clean(RenderedContent.ofIssue(settings.renderer(), issue));
        }
        URI image = previewImage(issue);
        return new FeedItem(
                issueIds.get(issue),
                issueTitle(issue),
                issueLink(issue),
                null,
                when,
                when,
                people(issue.authors()),
                people(issue.contributors()),
                distinctTerms(categories),
                clean(issue.summaryText(SUMMARY_WORDS)),
                content,
                image,
                ImageTypes.of(image));
    }

    private FeedItem entryItem(Issue issue, Section section, Entry entry, String key) {
        Instant when = instant(issue);
        URI issueLink = issueLink(issue);
        URI entryLink = WebLinks.resolve(entry.link(), settings.homepage());
        IssueContext context = new IssueContext(issueTitle(issue), issueLink);
        List<String> categories = new ArrayList<>();
        if (!section.kind().equals(SectionKind.OTHER)) {
            categories.add(section.kind().id());
        }
        categories.addAll(issue.tags());
        List<Person> authors =
                entry.contributor() != null
                        ? people(List.of(entry.contributor()))
                        : people(issue.authors());
        String content = null;
        if (!settings.summaryOnly()) {
            StringBuilder html =
                    new StringBuilder(
                            RenderedContent.ofEntry(settings.renderer(), issue, section, entry));
            html.append("<p class=\"context\">From <a href=\"");
            HtmlText.appendEscaped(issueLink.toASCIIString(), html);
            html.append("\">");
            HtmlText.appendEscaped(context.title(), html);
            html.append("</a></p>");
            content = clean(html.toString());
        }
        URI image = null;
        for (Image candidate : entry.images()) {
            image = imageUri(candidate.source());
            if (image != null) {
                break;
            }
        }
        String text = clean(entry.plainText());
        return new FeedItem(
                ids.entryId(issue, key),
                entryTitle(entry, text, entryLink),
                entryLink != null ? entryLink : issueLink,
                context,
                when,
                when,
                authors,
                List.of(),
                distinctTerms(categories),
                firstWords(text, SUMMARY_WORDS),
                content,
                image,
                ImageTypes.of(image));
    }

    /**
     * What makes two entries the same recommendation: the link without scheme, "www." or fragment,
     * else the title, else the text; {@code null} for an entry with none of them.
     */
    private static String entryKey(Entry entry) {
        if (entry.link() != null && entry.link().getHost() != null) {
            URI link = entry.link();
            String host = link.getHost().toLowerCase(Locale.ROOT);
            if (host.startsWith("www.")) {
                host = host.substring(4);
            }
            String path = link.getRawPath() == null ? "" : link.getRawPath();
            while (path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            String query = link.getRawQuery() == null ? "" : "?" + link.getRawQuery();
            return "link:" + host + path + query;
        }
        if (entry.link() != null) {
            return "link:" + entry.link();
        }
        String title = normalise(entry.title());
        if (!title.isEmpty()) {
            return "title:" + title;
        }
        String text = normalise(entry.plainText());
        return text.isEmpty() ? null : "text:" + text;
    }

    private static String normalise(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String issueTitle(Issue issue) {
        String title = clean(issue.title()).strip();
        if (!title.isEmpty()) {
            return title;
        }
        if (issue.edition() != null && !clean(issue.edition()).isBlank()) {
            return clean(issue.edition()).strip();
        }
        String name =
                issue.publication().name() == null ? "Issue" : clean(issue.publication().name());
        return (name.isBlank() ? "Issue" : name.strip()) + " of " + StableIds.tagDate(issue);
    }

    private static String entryTitle(Entry entry, String text, URI link) {
        String title = clean(entry.title()).strip();
        if (!title.isEmpty()) {
            return title;
        }
        String words = firstWords(text, TITLE_WORDS);
        if (!words.isEmpty()) {
            return words;
        }
        return link == null ? "Untitled entry" : link.toString();
    }

    /** The first {@code count} words of {@code text}, with an ellipsis when cut. */
    static String firstWords(String text, int count) {
        String[] words = text.strip().split("\\s+", count + 1);
        if (words.length == 1 && words[0].isEmpty()) {
            return "";
        }
        if (words.length <= count) {
            return String.join(" ", words);
        }
        return String.join(" ", java.util.Arrays.asList(words).subList(0, count)) + "…";
    }

    private URI previewImage(Issue issue) {
        for (String key : IMAGE_KEYS) {
            URI image = imageUri(issue.metadata().getString(key).orElse(null));
            if (image != null) {
                return image;
            }
        }
        URI found = firstImage(issue.intro());
        List<Section> sections = issue.allSections();
        for (int i = 0; found == null && i < sections.size(); i++) {
            Section section = sections.get(i);
            found = firstImage(section.blocks());
            for (int j = 0; found == null && j < section.entries().size(); j++) {
                found = firstImage(section.entries().get(j).blocks());
            }
        }
        return found;
    }

    private URI firstImage(List<? extends Block> blocks) {
        for (Block block : blocks) {
            URI found = null;
            if (block instanceof Figure figure) {
                found = imageUri(figure.image().source());
            } else if (block instanceof Paragraph paragraph) {
                for (Inline inline : paragraph.inlines()) {
                    if (inline instanceof Image image
                            && (found = imageUri(image.source())) != null) {
                        break;
                    }
                }
            } else if (block instanceof Quote quote) {
                found = firstImage(quote.blocks());
            } else if (block instanceof ListBlock list) {
                for (ListItem item : list.items()) {
                    if ((found = firstImage(item.blocks())) != null) {
                        break;
                    }
                }
            }
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private URI imageUri(String source) {
        URI uri = WebLinks.resolve(source, settings.homepage());
        return uri == null || "mailto".equalsIgnoreCase(uri.getScheme()) ? null : uri;
    }

    private List<Person> people(List<Person> people) {
        List<Person> clean = new ArrayList<>(people.size());
        for (Person person : people) {
            String name = clean(person.name()).strip();
            if (!name.isEmpty()) {
                clean.add(new Person(name, WebLinks.resolve(person.uri(), settings.homepage())));
            }
        }
        return clean;
    }

    private static List<String> distinctTerms(List<String> terms) {
        Set<String> distinct = new LinkedHashSet<>();
        for (String term : terms) {
            String clean = clean(term).strip();
            if (!clean.isEmpty()) {
                distinct.add(clean);
            }
        }
        return List.copyOf(distinct);
    }

    /** When an issue was published: its stated instant, else the start of its day in UTC. */
    static Instant instant(Issue issue) {
        if (issue.published() != null) {
            return issue.published();
        }
        return StableIds.feedDate(issue).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static String clean(String text) {
        return text == null ? "" : XmlCharacters.clean(text);
    }
}
