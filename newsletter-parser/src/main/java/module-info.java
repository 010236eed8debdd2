/** Parsers for newsletters as Markdown with front matter and as email. */
module dev.newsletter.parser {
  requires dev.newsletter;
  requires apache.mime4j.core;
  requires apache.mime4j.dom;
  requires org.jsoup;

  exports dev.newsletter.parser;

  provides dev.newsletter.IssueParser with
      dev.newsletter.parser.EmailIssueParser;
}
