package dev.newsletter;

import java.util.Locale;

/** How precise an issue's date is. "February 2022" is a month; "2022-02-17" is a day. */
public enum DatePrecision {
    /** The date names a day. */
    DAY,
    /** The date names a month; its day is always the first. */
    MONTH;

    /** The lower-case name used in JSON: {@code "day"} or {@code "month"}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The precision with the given {@link #id()}, in any case.
     *
     * @throws IllegalArgumentException if none has that id
     */
    public static DatePrecision fromId(String id) {
        for (DatePrecision precision : values()) {
            if (precision.name().equalsIgnoreCase(id)) {
                return precision;
            }
        }
        throw new IllegalArgumentException("unknown date precision: " + id);
    }
}
