/** Parsers for newsletters as Markdown with front matter and as email. */
module dev.newsletter.parser {
    requires transitive dev.newsletter; // the parsers' signatures speak the model
    requires org.commonmark;
    requires org.commonmark.ext.gfm.tables;
    requires org.commonmark.ext.gfm.strikethrough;
    requires org.commonmark.ext.autolink;
    requires org.yaml.snakeyaml;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.toml;
    requires apache.mime4j.core;
    requires apache.mime4j.dom;
    // mime4j is an automatic module: it reads every module but makes none resolve, and it decodes
    // bodies with commons-io, so without this a modular application fails on the first .eml.
    requires org.apache.commons.io;
    requires org.jsoup;

    exports dev.newsletter.parser;

    provides dev.newsletter.IssueParser with
            dev.newsletter.parser.MarkdownIssueParser,
            dev.newsletter.parser.EmailIssueParser;
}
