package dev.newsletter.parser.internal.email;

/** Small HTML bodies the heading rules' tests share. */
final class HtmlIssue {

    /**
     * An edition line as the first heading, a sub-heading before the sections, two sections, an
     * entry heading with a heading inside its text, and a second edition line after the sections.
     */
    static final String EDITION_AND_SECTIONS =
            """
            <html><body>
            <h1>Issue 42 – March 2024</h1>
            <p>Welcome back to the studio letter.</p>
            <h3>In this issue</h3>
            <p>A long firing, and an essay on cracks.</p>
            <h2>From the workshop</h2>
            <h3><a href="https://studio.example.org/kiln">The Slow Kiln</a></h3>
            <p>We fired for a whole weekend at low heat.</p>
            <h4>Method</h4>
            <p>Cone 04, held for nine hours, cooled overnight.</p>
            <h2>Elsewhere</h2>
            <p><a href="https://clay.example.net/cracks">Why Clay Cracks</a></p>
            <p>An essay on drying slowly.</p>
            <h1>Issue 43 – April 2024</h1>
            <p>Next month: glazes.</p>
            </body></html>
            """;

    /** A lone top heading naming the newsletter, over two sections. */
    static final String TITLED =
            """
            <html><body>
            <h1>Field Notes</h1>
            <p>Letters from a small pottery studio.</p>
            <h2>From the workshop</h2>
            <p><a href="https://studio.example.org/kiln">The Slow Kiln</a></p>
            <p>Firing at low heat for a whole weekend.</p>
            <h2>Elsewhere</h2>
            <p><a href="https://clay.example.net/cracks">Why Clay Cracks</a></p>
            <p>An essay on drying slowly.</p>
            </body></html>
            """;

    private HtmlIssue() {}
}
