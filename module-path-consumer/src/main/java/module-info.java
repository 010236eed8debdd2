/**
 * A modular application that reads newsletters with the library: it names only the library's
 * modules, as a user's application would, so running it on the module path shows that the library
 * brings everything it needs.
 */
module dev.newsletter.consumer {
    requires dev.newsletter.parser;
    requires dev.newsletter.render;
    requires dev.newsletter.feed;
}
