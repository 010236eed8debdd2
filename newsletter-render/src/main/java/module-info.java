/**
 * Renderers for newsletter issues: JSON (the exchange shape), HTML, Markdown and plain text, and
 * the JSON reader registered as an {@link dev.newsletter.IssueParser}.
 */
module dev.newsletter.render {
    requires transitive dev.newsletter;
    requires com.fasterxml.jackson.core;
    requires org.jsoup;
    requires org.apache.commons.text;

    exports dev.newsletter.render;

    provides dev.newsletter.IssueParser with
            dev.newsletter.render.JsonIssueParser;
}
