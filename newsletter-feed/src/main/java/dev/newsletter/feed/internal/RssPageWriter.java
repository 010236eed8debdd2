package dev.newsletter.feed.internal;

import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.module.DCModuleImpl;
import com.rometools.rome.feed.module.Module;
import com.rometools.rome.feed.rss.Category;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Content;
import com.rometools.rome.feed.rss.Description;
import com.rometools.rome.feed.rss.Enclosure;
import com.rometools.rome.feed.rss.Guid;
import com.rometools.rome.feed.rss.Item;
import dev.newsletter.Person;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.jdom2.Element;

/**
 * Writes a page as RSS 2.0 through Rome's RSS model: the channel's description and each item's
 * summary in {@code description} (escaped, since readers take RSS descriptions as HTML), the full
 * HTML in {@code content:encoded}, the tag id as a {@code guid} that is not a permalink, authors as
 * {@code dc:creator} and contributors as {@code dc:contributor} (RSS's own {@code author} wants an
 * e-mail address), the preview image as an enclosure and as {@code media:content}, and the feed's
 * own address and archive links as Atom links. Stateless and thread-safe.
 */
public final class RssPageWriter implements FeedPageWriter {

    private static final String RSS_TYPE = "application/rss+xml";

    @Override
    public void write(FeedPage page, Appendable out) throws IOException {
        Channel channel = new Channel("rss_2.0");
        channel.setTitle(page.title());
        channel.setLink(page.homepage().toASCIIString());
        String description = page.description();
        // Readers show the channel description as HTML, as they do an item's: escape the text.
        channel.setDescription(
                HtmlText.escape(
                        description == null || description.isBlank() ? page.title() : description));
        if (page.language() != null) {
            channel.setLanguage(page.language());
        }
        if (!page.items().isEmpty()) {
            // The newest issue's date, never the time of the build: a rebuild changes nothing.
            channel.setPubDate(Date.from(page.updated()));
            channel.setLastBuildDate(Date.from(page.updated()));
        }
        List<Element> markup = new ArrayList<>();
        addLink(markup, "self", page.self());
        addLink(markup, "current", page.current());
        addLink(markup, "prev-archive", page.previousArchive());
        addLink(markup, "next-archive", page.nextArchive());
        if (page.archive()) {
            markup.add(RomeOutput.archiveMarker());
        }
        channel.setForeignMarkup(markup);
        List<Item> items = new ArrayList<>(page.items().size());
        for (FeedItem item : page.items()) {
            items.add(item(item));
        }
        channel.setItems(items);
        RomeOutput.write(channel, null, out);
    }

    private static void addLink(List<Element> markup, String rel, URI href) {
        if (href == null) {
            return;
        }
        Element link = new Element("link", RomeOutput.ATOM);
        link.setAttribute("href", href.toASCIIString());
        link.setAttribute("rel", rel);
        link.setAttribute("type", RSS_TYPE);
        markup.add(link);
    }

    private static Item item(FeedItem feedItem) {
        Item item = new Item();
        item.setTitle(feedItem.title());
        item.setLink(feedItem.link().toASCIIString());
        Guid guid = new Guid();
        guid.setPermaLink(false);
        guid.setValue(feedItem.id());
        item.setGuid(guid);
        item.setPubDate(Date.from(feedItem.published()));
        Description description = new Description();
        description.setType("text/html");
        description.setValue(summaryHtml(feedItem));
        item.setDescription(description);
        if (feedItem.contentHtml() != null) {
            Content content = new Content();
            content.setType(Content.HTML);
            content.setValue(feedItem.contentHtml());
            item.setContent(content);
        }
        List<Category> categories = new ArrayList<>();
        for (String term : feedItem.categories()) {
            Category category = new Category();
            category.setValue(term);
            categories.add(category);
        }
        item.setCategories(categories);
        if (feedItem.image() != null) {
            item.setForeignMarkup(
                    new ArrayList<>(
                            List.of(
                                    RomeOutput.mediaContent(
                                            feedItem.image(), feedItem.imageType()))));
        }
        if (feedItem.image() != null && feedItem.imageType() != null) {
            Enclosure enclosure = new Enclosure();
            enclosure.setUrl(feedItem.image().toASCIIString());
            enclosure.setType(feedItem.imageType());
            enclosure.setLength(0); // unknown: the writer never fetches the image
            item.setEnclosures(List.of(enclosure));
        }
        if (!feedItem.authors().isEmpty() || !feedItem.contributors().isEmpty()) {
            DCModule dublinCore = new DCModuleImpl();
            dublinCore.setCreators(names(feedItem.authors()));
            dublinCore.setContributors(names(feedItem.contributors()));
            List<Module> modules = new ArrayList<>();
            modules.add(dublinCore);
            item.setModules(modules);
        }
        return item;
    }

    private static List<String> names(List<Person> people) {
        List<String> names = new ArrayList<>(people.size());
        for (Person person : people) {
            names.add(person.name());
        }
        return names;
    }

    private static String summaryHtml(FeedItem item) {
        StringBuilder html = new StringBuilder();
        if (!item.summary().isBlank()) {
            html.append("<p>");
            HtmlText.appendEscaped(item.summary(), html);
            html.append("</p>");
        }
        if (item.context() != null) {
            html.append("<p>From <a href=\"");
            HtmlText.appendEscaped(item.context().link().toASCIIString(), html);
            html.append("\">");
            HtmlText.appendEscaped(item.context().title(), html);
            html.append("</a></p>");
        }
        return html.length() == 0 ? HtmlText.escape(item.title()) : html.toString();
    }
}
