package dev.newsletter.render;

import dev.newsletter.Issue;
import dev.newsletter.render.internal.json.JsonIssueWriter;
import java.io.IOException;

/**
 * Renders an issue as JSON, the exchange shape other tools read: every key always present, absent
 * values as {@code null}, {@code text} beside {@code blocks} at each level. {@link JsonIssueParser}
 * reads it back into an equal {@link Issue}.
 *
 * <pre>{@code
 * String json = JsonRenderer.create().render(issue);
 * Issue same = Issue.parse(json);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class JsonRenderer implements IssueRenderer {

    private static final JsonRenderer DEFAULT = builder().build();

    private final boolean pretty;

    private JsonRenderer(Builder builder) {
        this.pretty = builder.pretty;
    }

    /** A renderer writing indented JSON. */
    public static JsonRenderer create() {
        return DEFAULT;
    }

    /** A builder: indented output by default. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public void render(Issue issue, Appendable out) throws IOException {
        JsonIssueWriter.write(issue, out, pretty);
    }

    /** Builds a {@link JsonRenderer}. Not thread-safe. */
    public static final class Builder {
        private boolean pretty = true;

        private Builder() {}

        /** Whether to indent the output, two spaces a level, one key a line (default: true). */
        public Builder pretty(boolean pretty) {
            this.pretty = pretty;
            return this;
        }

        /** The renderer. */
        public JsonRenderer build() {
            return new JsonRenderer(this);
        }
    }
}
