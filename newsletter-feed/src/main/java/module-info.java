/**
 * Atom 1.0, RSS 2.0 and JSON Feed 1.1 writers for newsletter archives: {@link
 * dev.newsletter.feed.FeedWriter}. Rome and Jackson stay behind the API.
 */
module dev.newsletter.feed {
    requires transitive dev.newsletter; // FeedWriter writes Issues
    requires transitive dev.newsletter.render; // and takes an IssueRenderer for content
    requires com.rometools.rome;
    requires org.jdom2;
    requires com.fasterxml.jackson.core;
    // Rome is an automatic module: it reads everything but makes nothing resolve. It parses and
    // writes through java.xml and logs through SLF4J, so this module makes sure both are resolved
    // when an application runs on the module path.
    requires java.xml;
    requires org.slf4j;

    exports dev.newsletter.feed;
}
