package dev.newsletter;

/**
 * Where an issue was read from.
 *
 * @param location the file, message or other origin as a person would name it (a path, {@code
 *     archive.mbox#3}), or {@code null} for an issue built in code
 * @param format the shape it was read from, or {@code null} for an issue built in code
 */
public record Source(String location, SourceFormat format) {

    private static final Source UNKNOWN = new Source(null, null);

    /** The source of an issue built in code. */
    public static Source unknown() {
        return UNKNOWN;
    }

    /** A source with a location and a format. */
    public static Source of(String location, SourceFormat format) {
        return new Source(location, format);
    }

    @Override
    public String toString() {
        if (location == null && format == null) {
            return "unknown source";
        }
        return (location == null ? "<input>" : location)
                + (format == null ? "" : " (" + format.id() + ")");
    }
}
