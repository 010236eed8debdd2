package dev.newsletter.parser.internal.email;

import java.util.List;

/**
 * Decides what each unit of a body is, as a reader does, by asking these rules in order; the first
 * that claims a unit reads it into the issue. Rules for other shapes pass a unit by, so the order
 * matters among rules for the same shape: an earlier rule wins where two could claim a unit.
 *
 * <table>
 *   <caption>Unit rules, in order</caption>
 *   <tr><th>order</th><th>rule</th><th>example line</th></tr>
 *   <tr><td>1</td><td>{@link Separator}</td><td>{@code ----------}</td></tr>
 *   <tr><td>2</td><td>{@link DigestMessage}</td>
 *       <td>{@code From: Ana Ruiz <ana@example.org>} … {@code Subject: [kiln-l] Cone 6
 *       glazes}</td></tr>
 *   <tr><td>3</td><td>{@link MessageBody}</td>
 *       <td>"I fire mine a little hotter." under a message's headers</td></tr>
 *   <tr><td>4</td><td>{@link EditionHeading}</td>
 *       <td>{@code <h1>Issue 42 – March 2024</h1>}</td></tr>
 *   <tr><td>5</td><td>{@link TitleHeading}</td>
 *       <td>{@code <h1>Field Notes</h1>} above {@code <h2>} sections</td></tr>
 *   <tr><td>6</td><td>{@link SectionHeading}</td><td>{@code <h2>Reading</h2>}</td></tr>
 *   <tr><td>7</td><td>{@link TextHeading}</td>
 *       <td>{@code <h4>Method</h4>} under {@code <h2>} sections</td></tr>
 *   <tr><td>8</td><td>{@link EntryHeading}</td><td>{@code <h3>The Slow Kiln</h3>}</td></tr>
 *   <tr><td>9</td><td>{@link IntroHeading}</td>
 *       <td>{@code <h3>In this issue</h3>} before the first section</td></tr>
 *   <tr><td>10</td><td>{@link SubsectionHeading}</td>
 *       <td>"Virtual" underlined with {@code ~}</td></tr>
 *   <tr><td>11</td><td>{@link Masthead}</td>
 *       <td>"Field Notes" over "Issue #42 - March 3, 2024"</td></tr>
 *   <tr><td>12</td><td>{@link TableOfContentsLead}</td>
 *       <td>"Today's Topics:" over a digest's numbered list</td></tr>
 *   <tr><td>13</td><td>{@link SectionHeadingLine}</td>
 *       <td>"Recommended Reading", "EVENTS"</td></tr>
 *   <tr><td>14</td><td>{@link ReadingListLeadLine}</td>
 *       <td>"Here is what our team read this month:"</td></tr>
 *   <tr><td>15</td><td>{@link Byline}</td><td>"by Ana Ruiz" under a title</td></tr>
 *   <tr><td>16</td><td>{@link SignOff}</td><td>"See you next week! 👋" over "-- The Lab"</td></tr>
 *   <tr><td>17</td><td>{@link GroupLabel}</td>
 *       <td>"Tools" over "The Kiln Calculator [3]"</td></tr>
 *   <tr><td>18</td><td>{@link ClosingLinkedLine}</td>
 *       <td>"Watch the firing on video [4]" ending a section</td></tr>
 *   <tr><td>19</td><td>{@link TitleAfterIntro}</td>
 *       <td>"The Slow Kiln [1]" two blank lines below the greeting</td></tr>
 *   <tr><td>20</td><td>{@link EntryTitle}</td><td>"The Slow Kiln [1]", "Glaze Tests"</td></tr>
 *   <tr><td>21</td><td>{@link ClosingBareTitle}</td>
 *       <td>"Evaluating retrieval systems" after a bare title, ending a section</td></tr>
 *   <tr><td>22</td><td>{@link QuotedPassage}</td>
 *       <td>"“Clay remembers every hand.”" after "She writes:"</td></tr>
 *   <tr><td>23</td><td>{@link Prose}</td><td>"We spent the month at the kiln."</td></tr>
 *   <tr><td>24</td><td>{@link AnnouncedList}</td>
 *       <td>"- @ana for the translation" after "Thanks to:"</td></tr>
 *   <tr><td>25</td><td>{@link ListUnderMarkedTitle}</td>
 *       <td>"- kilnsim [2]" under a title underlined with {@code -}</td></tr>
 *   <tr><td>26</td><td>{@link ListEntries}</td>
 *       <td>"- The Slow Kiln [2]: firing at low heat"</td></tr>
 *   <tr><td>27</td><td>{@link OutlineList}</td>
 *       <td>"* js/reset (Sat Nov 3) 2 commits" over its commits</td></tr>
 *   <tr><td>28</td><td>{@link ListText}</td><td>"- wedge the clay" "- trim the foot"</td></tr>
 *   <tr><td>29</td><td>{@link ContentBlock}</td><td>a table, a quote, code, a figure</td></tr>
 * </table>
 *
 * <p>The rules are stateless; immutable and thread-safe.
 */
final class UnitRules {

    /** The rules, in order. */
    static final List<UnitRule> DEFAULT_RULES =
            List.of(
                    new Separator(),
                    new DigestMessage(),
                    new MessageBody(),
                    new EditionHeading(),
                    new TitleHeading(),
                    new SectionHeading(),
                    new TextHeading(),
                    new EntryHeading(),
                    new IntroHeading(),
                    new SubsectionHeading(),
                    new Masthead(),
                    new TableOfContentsLead(),
                    new SectionHeadingLine(),
                    new ReadingListLeadLine(),
                    new Byline(),
                    new SignOff(),
                    new GroupLabel(),
                    new ClosingLinkedLine(),
                    new TitleAfterIntro(),
                    new EntryTitle(),
                    new ClosingBareTitle(),
                    new QuotedPassage(),
                    new Prose(),
                    new AnnouncedList(),
                    new ListUnderMarkedTitle(),
                    new ListEntries(),
                    new OutlineList(),
                    new ListText(),
                    new ContentBlock());

    /** The default rules. */
    static final UnitRules DEFAULT = new UnitRules(DEFAULT_RULES);

    private final List<UnitRule> rules;

    /** Rules asked in the order of {@code rules}. */
    UnitRules(List<UnitRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /**
     * Reads {@code unit} by the first rule that claims it.
     *
     * @throws IllegalStateException when no rule claims it: a list of rules must end with one that
     *     claims every unit, as {@link ContentBlock} does
     */
    void read(Unit unit, UnitContext context) {
        for (UnitRule rule : rules) {
            if (rule.apply(unit, context)) {
                return;
            }
        }
        throw new IllegalStateException("no rule claims a " + unit.shape() + " unit");
    }
}
