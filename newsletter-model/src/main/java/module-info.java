/**
 * The newsletter model: an immutable {@link dev.newsletter.Issue} with its sections, entries and
 * content tree, and {@link dev.newsletter.Issue#parse(java.nio.file.Path)}, which finds a parser
 * with {@link java.util.ServiceLoader}. This module has no dependencies.
 */
module dev.newsletter {
    exports dev.newsletter;
    exports dev.newsletter.content;

    uses dev.newsletter.IssueParser;
}
