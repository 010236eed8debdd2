package dev.newsletter;

import java.util.Locale;

/** How serious a {@link Diagnostic} is. */
public enum Severity {
    /** Something the parser inferred that a person may want to check. */
    INFO,
    /** Something odd that the parser worked around; an error in strict mode. */
    WARNING,
    /** Something the parser could not make sense of. */
    ERROR;

    /** The lower-case name used in messages. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
