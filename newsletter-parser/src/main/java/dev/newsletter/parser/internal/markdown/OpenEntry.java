package dev.newsletter.parser.internal.markdown;

import dev.newsletter.Person;
import dev.newsletter.content.Block;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/** The entry a {@link SectionAssembler} is filling. Not thread-safe. */
final class OpenEntry {

    /** How the open entry was started, which decides what may start the next one. */
    enum Start {
        HEADING,
        PARAGRAPH,
        LIST,
        BYLINE
    }

    final Start start;
    final String title;
    final URI link;
    final List<Block> body = new ArrayList<>();

    /** For an entry from a list item, how many body blocks came from the item itself. */
    int ownBlocks;

    Person contributor;

    OpenEntry(Start start, String title, URI link) {
        this.start = start;
        this.title = title;
        this.link = link;
    }
}
