package dev.newsletter;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What a section of an issue is about. The kinds are open: besides the ones below, a publication
 * may name its own ({@code SectionKind.of("papers", SectionKind.RESEARCH)}).
 *
 * <p>Every kind belongs to one of five <em>broad</em> kinds, which are what readers look for and
 * what renderers and feeds can rely on:
 *
 * <table>
 *   <caption>Broad kinds</caption>
 *   <tr><th>kind</th><th>holds</th></tr>
 *   <tr><td>{@link #READING reading}</td><td>curated links to other people's content: articles,
 *       posts, papers, talks, videos, podcasts, news, tools</td></tr>
 *   <tr><td>{@link #RESEARCH research}</td><td>the publisher's own work: write-ups, reports,
 *       project news</td></tr>
 *   <tr><td>{@link #PROTOTYPES prototypes}</td><td>the publisher's own applied prototypes and
 *       demos</td></tr>
 *   <tr><td>{@link #LIVESTREAMS livestreams}</td><td>recordings of the publisher's talks,
 *       webinars and livestreams</td></tr>
 *   <tr><td>{@link #OTHER other}</td><td>everything else</td></tr>
 * </table>
 *
 * <p>Finer kinds the parser also gives, each broadly {@code other}: {@link #EVENTS}, {@link #JOBS},
 * {@link #RELEASES}, {@link #SPONSORS} and {@link #CHANGES}.
 *
 * <p>Kinds are values: compare them with {@link #equals}. The predefined ones are single instances,
 * so {@link #of(String)} returns the same object for their ids.
 */
public final class SectionKind {

    /** New research: reports, blog posts and papers by the publisher. */
    public static final SectionKind RESEARCH = new SectionKind("research", null);

    /** Prototypes, demos and applied projects. */
    public static final SectionKind PROTOTYPES = new SectionKind("prototypes", null);

    /** Livestreams, webinars and their recordings. */
    public static final SectionKind LIVESTREAMS = new SectionKind("livestreams", null);

    /** Curated reading: links to other people's work, often with a contributor each. */
    public static final SectionKind READING = new SectionKind("reading", null);

    /** Anything else; the heading is kept as written. */
    public static final SectionKind OTHER = new SectionKind("other", null);

    /** Events, meetups and conferences (broadly {@code other}). */
    public static final SectionKind EVENTS = new SectionKind("events", OTHER);

    /** Job offers (broadly {@code other}). */
    public static final SectionKind JOBS = new SectionKind("jobs", OTHER);

    /** Releases and version announcements (broadly {@code other}). */
    public static final SectionKind RELEASES = new SectionKind("releases", OTHER);

    /** Sponsors and advertisements (broadly {@code other}). */
    public static final SectionKind SPONSORS = new SectionKind("sponsors", OTHER);

    /** Lists of changes: merged pull requests, RFCs, changelogs (broadly {@code other}). */
    public static final SectionKind CHANGES = new SectionKind("changes", OTHER);

    private static final List<SectionKind> BROAD =
            List.of(RESEARCH, PROTOTYPES, LIVESTREAMS, READING, OTHER);

    private static final List<SectionKind> PREDEFINED =
            List.of(
                    RESEARCH,
                    PROTOTYPES,
                    LIVESTREAMS,
                    READING,
                    OTHER,
                    EVENTS,
                    JOBS,
                    RELEASES,
                    SPONSORS,
                    CHANGES);

    private final String id;
    private final SectionKind broad;

    private SectionKind(String id, SectionKind broad) {
        this.id = id;
        this.broad = broad == null ? this : broad;
    }

    /** The five broad kinds: research, prototypes, livestreams, reading, other. */
    public static List<SectionKind> broadKinds() {
        return BROAD;
    }

    /** The kinds this library defines, broad ones first. */
    public static List<SectionKind> predefined() {
        return PREDEFINED;
    }

    /**
     * The kind with the given id: a predefined one, or else a new kind that is broadly {@link
     * #OTHER}.
     *
     * @param id lower-case letters, digits and hyphens, starting with a letter, such as {@code
     *     "crate-of-the-week"}; upper case is folded
     * @throws IllegalArgumentException if the id is not of that form
     */
    public static SectionKind of(String id) {
        return of(id, OTHER);
    }

    /**
     * The kind with the given id: a predefined one (whatever {@code broad} says), or else a new
     * kind that belongs to {@code broad}.
     *
     * @param broad one of the {@linkplain #broadKinds() broad kinds}
     * @throws IllegalArgumentException if the id is malformed or {@code broad} is not broad
     */
    public static SectionKind of(String id, SectionKind broad) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(broad, "broad");
        String folded = id.strip().toLowerCase(Locale.ROOT);
        for (SectionKind kind : PREDEFINED) {
            if (kind.id.equals(folded)) {
                return kind;
            }
        }
        if (!isId(folded)) {
            throw new IllegalArgumentException(
                    "a section kind is lower-case letters, digits and hyphens: '" + id + "'");
        }
        if (!broad.isBroad()) {
            throw new IllegalArgumentException(
                    "'" + broad + "' is not a broad kind (" + BROAD + ")");
        }
        return new SectionKind(folded, broad);
    }

    private static boolean isId(String id) {
        if (id.isEmpty() || id.length() > 64 || id.charAt(0) < 'a' || id.charAt(0) > 'z') {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /**
     * The lower-case name used in JSON, CSS classes and feed categories, such as {@code "reading"}.
     */
    public String id() {
        return id;
    }

    /** The broad kind this one belongs to; a broad kind is its own. */
    public SectionKind broad() {
        return broad;
    }

    /** Whether this is one of the five broad kinds. */
    public boolean isBroad() {
        return broad == this;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SectionKind kind
                && kind.id.equals(id)
                && kind.broad.id.equals(broad.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    /** The id. */
    @Override
    public String toString() {
        return id;
    }
}
