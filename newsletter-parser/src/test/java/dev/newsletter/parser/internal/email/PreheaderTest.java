package dev.newsletter.parser.internal.email;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsletter.ParseOptions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link Preheader}: the tagline and web-copy line at the very top of a body. */
class PreheaderTest {

    private static IssueUnderConstruction issue() {
        return new IssueUnderConstruction(
                ParseOptions.defaults().vocabulary(), null, "case.html", new ArrayList<>());
    }

    @Test
    void theLineBeforeTheWebCopyLinkIsTheTaglineAndBothAreTaken() {
        List<Unit> units =
                new HtmlBodyReader(1)
                        .read(
                                """
                                <html><body>
                                <p>Letters from a small pottery studio</p>
                                <p><a href="https://studio.example.org/web/42">View this email in your browser</a></p>
                                <h2>From the workshop</h2>
                                <p>We fired for a whole weekend.</p>
                                </body></html>
                                """);
        Set<Integer> consumed = new HashSet<>();
        IssueUnderConstruction issue = issue();

        Preheader.read(units, consumed, issue);

        assertThat(consumed).containsExactlyInAnyOrder(0, 1);
        assertThat(issue.header().tagline()).isEqualTo("Letters from a small pottery studio");
        assertThat(issue.header().metadata())
                .containsEntry("viewInBrowser", "https://studio.example.org/web/42")
                .containsEntry("viewInBrowserText", "View this email in your browser");
    }

    @Test
    void aHeadingBeforeTheLineEndsTheSearch() {
        List<Unit> units =
                new HtmlBodyReader(1)
                        .read(
                                """
                                <html><body>
                                <h2>From the workshop</h2>
                                <p><a href="https://studio.example.org/web/42">View this email in your browser</a></p>
                                </body></html>
                                """);
        Set<Integer> consumed = new HashSet<>();
        IssueUnderConstruction issue = issue();

        Preheader.read(units, consumed, issue);

        assertThat(consumed).isEmpty();
        assertThat(issue.header().metadata()).isEmpty();
    }
}
