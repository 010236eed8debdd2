package dev.newsletter.parser.internal.email;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsletter.ParseOptions;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link HeadingLevels}: which headings start sections, chosen before the units are read. */
class HeadingLevelsTest {

    private static HeadingLevels html(String html) {
        List<Unit> units = new HtmlBodyReader(1).read(html);
        return HeadingLevels.of(units, Set.of(), false, ParseOptions.defaults().vocabulary());
    }

    private static HeadingLevels text(String text) {
        List<Unit> units = new TextBodyReader(1).read(text);
        return HeadingLevels.of(units, Set.of(), true, ParseOptions.defaults().vocabulary());
    }

    @Test
    void aLoneTopHeadingFirstIsTheTitleAndTheNextLevelStartsSections() {
        HeadingLevels levels = html(HtmlIssue.TITLED);

        assertThat(levels.titleHeading().text()).isEqualTo("Field Notes");
        assertThat(levels.sectionLevel()).isEqualTo(2);
        assertThat(levels.markedSections()).isTrue();
        assertThat(levels.markedTitles()).isFalse(); // only text marks its titles
    }

    @Test
    void aLoneTopHeadingThatNamesAKindOfSectionIsASection() {
        HeadingLevels levels =
                html(HtmlIssue.TITLED.replace("<h1>Field Notes</h1>", "<h1>Reading</h1>"));

        assertThat(levels.titleHeading()).isNull();
        assertThat(levels.sectionLevel()).isEqualTo(1);
        assertThat(levels.markedSections()).isFalse();
    }

    @Test
    void anEditionLineIsNoHeadingAndBeforeTheOthersMakesNoTitle() {
        HeadingLevels levels = html(HtmlIssue.EDITION_AND_SECTIONS);

        // "Issue 42 – March 2024" and "Issue 43 – April 2024" are edition lines, not headings
        assertThat(levels.titleHeading()).isNull();
        assertThat(levels.sectionLevel()).isEqualTo(2);
        assertThat(levels.headsText(4)).isTrue();
        assertThat(levels.headsText(3)).isFalse();
    }

    @Test
    void aTextThatUnderlinesTitlesBelowItsSectionsMarksItsTitles() {
        HeadingLevels levels =
                text(
                        """
                        Tools
                        =====

                        Kiln Software
                        -------------

                        Plans a firing.

                        Reading
                        =======

                        On drying slowly.
                        """);

        assertThat(levels.sectionLevel()).isEqualTo(1);
        assertThat(levels.markedSections()).isTrue();
        assertThat(levels.markedTitles()).isTrue();
    }

    @Test
    void aBodyWithoutHeadingsHasSectionsAtLevelTwoAndNothingMarked() {
        assertThat(text("Hello from the studio.\n\nMore next week.\n"))
                .isEqualTo(HeadingLevels.NONE);
    }
}
