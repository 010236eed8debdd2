/**
 * Atom 1.0, RSS 2.0 and JSON Feed 1.1 writers for newsletter archives: {@link
 * dev.newsletter.feed.FeedWriter}. Rome and Jackson stay behind the API.
 */
module dev.newsletter.feed {
    requires dev.newsletter;
    requires dev.newsletter.render;
    requires com.rometools.rome;
    requires org.jdom2;
    requires com.fasterxml.jackson.core;

    exports dev.newsletter.feed;
}
