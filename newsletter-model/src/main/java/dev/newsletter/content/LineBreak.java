package dev.newsletter.content;

/**
 * A line break inside a paragraph.
 *
 * @param hard true for a hard break (kept in every rendering), false for a soft one (a new line in
 *     the source that readers may reflow)
 */
public record LineBreak(boolean hard) implements Inline {

    /** A soft break. */
    public static final LineBreak SOFT = new LineBreak(false);

    /** A hard break. */
    public static final LineBreak HARD = new LineBreak(true);

    @Override
    public void appendPlainText(StringBuilder out) {
        out.append(hard ? '\n' : ' ');
    }
}
