package dev.newsletter.feed.internal;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.synd.SyndPerson;
import dev.newsletter.Person;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/** Writes a page as Atom 1.0 through Rome's Atom model. Stateless and thread-safe. */
public final class AtomPageWriter implements FeedPageWriter {

    private static final String ATOM_TYPE = "application/atom+xml";

    @Override
    public void write(FeedPage page, Appendable out) throws IOException {
        Feed feed = new Feed("atom_1.0");
        feed.setId(page.id());
        feed.setTitleEx(text(page.title()));
        if (page.description() != null && !page.description().isBlank()) {
            feed.setSubtitle(text(page.description()));
        }
        feed.setUpdated(date(page.updated()));
        if (page.language() != null) {
            feed.setLanguage(page.language());
        }
        feed.setAlternateLinks(List.of(link("alternate", page.homepage(), "text/html")));
        List<Link> others = new ArrayList<>();
        if (page.self() != null) {
            others.add(link("self", page.self(), ATOM_TYPE));
        }
        if (page.current() != null) {
            others.add(link("current", page.current(), ATOM_TYPE));
        }
        if (page.previousArchive() != null) {
            others.add(link("prev-archive", page.previousArchive(), ATOM_TYPE));
        }
        if (page.nextArchive() != null) {
            others.add(link("next-archive", page.nextArchive(), ATOM_TYPE));
        }
        feed.setOtherLinks(others);
        feed.setAuthors(persons(page.authors()));
        if (page.archive()) {
            feed.setForeignMarkup(new ArrayList<>(List.of(RomeOutput.archiveMarker())));
        }
        List<Entry> entries = new ArrayList<>(page.items().size());
        for (FeedItem item : page.items()) {
            entries.add(entry(item));
        }
        feed.setEntries(entries);
        RomeOutput.write(feed, page.language(), out);
    }

    private static Entry entry(FeedItem item) {
        Entry entry = new Entry();
        entry.setId(item.id());
        entry.setTitleEx(text(item.title()));
        entry.setPublished(date(item.published()));
        entry.setUpdated(date(item.updated()));
        entry.setAlternateLinks(List.of(link("alternate", item.link(), null)));
        List<Link> others = new ArrayList<>();
        if (item.context() != null && !item.context().link().equals(item.link())) {
            Link related = link("related", item.context().link(), "text/html");
            related.setTitle(item.context().title());
            others.add(related);
        }
        if (item.image() != null) {
            others.add(link("enclosure", item.image(), item.imageType()));
            entry.setForeignMarkup(
                    new ArrayList<>(
                            List.of(RomeOutput.mediaContent(item.image(), item.imageType()))));
        }
        entry.setOtherLinks(others);
        if (!item.authors().isEmpty()) {
            entry.setAuthors(persons(item.authors()));
        }
        if (!item.contributors().isEmpty()) {
            entry.setContributors(persons(item.contributors()));
        }
        List<Category> categories = new ArrayList<>();
        for (String term : item.categories()) {
            Category category = new Category();
            category.setTerm(term);
            categories.add(category);
        }
        entry.setCategories(categories);
        if (!item.summary().isBlank()) {
            entry.setSummary(text(item.summary()));
        }
        if (item.contentHtml() != null) {
            Content content = new Content();
            content.setType(Content.HTML);
            content.setValue(item.contentHtml());
            entry.setContents(List.of(content));
        }
        return entry;
    }

    private static List<SyndPerson> persons(List<Person> people) {
        List<SyndPerson> persons = new ArrayList<>(people.size());
        for (Person person : people) {
            com.rometools.rome.feed.atom.Person atom = new com.rometools.rome.feed.atom.Person();
            atom.setName(person.name());
            if (person.uri() != null) {
                atom.setUri(person.uri().toASCIIString());
            }
            persons.add(atom);
        }
        return persons;
    }

    private static Content text(String value) {
        Content content = new Content();
        content.setType(Content.TEXT);
        content.setValue(value);
        return content;
    }

    private static Link link(String rel, URI href, String type) {
        Link link = new Link();
        link.setRel(rel);
        link.setHref(href.toASCIIString());
        if (type != null) {
            link.setType(type);
        }
        return link;
    }

    private static Date date(Instant instant) {
        return Date.from(instant);
    }
}
