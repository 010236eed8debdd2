package dev.newsletter.parser.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsletter.Entry;
import dev.newsletter.Issue;
import dev.newsletter.IssueReader;
import dev.newsletter.ParseInput;
import dev.newsletter.Person;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A signature in lower case ("— *mkrell*") signs an entry only as a paragraph of its own. */
class HandleSignatureRulesTest {

    private static Entry firstEntry(String signedBody) {
        String markdown =
                """
                ## Reading

                ### [Quiet Systems](https://books.example.org/quiet)

                A short book about software that does not page anyone.

                %s
                """
                        .formatted(signedBody);
        Issue issue = IssueReader.create().read(ParseInput.of("case.md", markdown)).issue();
        return issue.sections().get(0).entries().get(0);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"— *mkrell*", "— mkrell", "– _mkrell_", "— **mkrell**."})
    void aLowerCaseHandleAsItsOwnParagraphSignsTheEntry(String signature) {
        Entry entry = firstEntry(signature);
        assertThat(entry.contributor()).isEqualTo(Person.of("mkrell"));
        assertThat(entry.plainText())
                .isEqualTo("A short book about software that does not page anyone.");
    }

    @Test
    void aLinkedHandleKeepsItsAddress() {
        Entry entry = firstEntry("— *[ghost43](https://people.example.org/ghost43)*");
        assertThat(entry.contributor())
                .isEqualTo(Person.of("ghost43", URI.create("https://people.example.org/ghost43")));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "It reads well, and it is great - *really*",
                "It reads well, and it is great — *really*",
                "— *really* worth it"
            })
    void aLowerCaseWordAfterADashElsewhereStaysProse(String ending) {
        Entry entry = firstEntry(ending);
        assertThat(entry.contributor()).isNull();
        assertThat(entry.plainText()).endsWith(ending.replace("*", ""));
    }
}
