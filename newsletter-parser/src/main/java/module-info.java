/** Parsers for newsletters as Markdown with front matter and as email. */
module dev.newsletter.parser {
    requires dev.newsletter;
}
