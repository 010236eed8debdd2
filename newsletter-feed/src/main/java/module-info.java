/** Atom 1.0, RSS 2.0 and JSON Feed 1.1 writers for newsletter archives. */
module dev.newsletter.feed {
    requires dev.newsletter;
    requires dev.newsletter.render;
}
