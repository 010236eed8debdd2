package dev.newsletter;

import java.net.URI;

/**
 * The newsletter an issue belongs to. Every part is optional.
 *
 * @param name the publication's name, or {@code null}
 * @param tagline its tagline, or {@code null}
 * @param homepage its home page, or {@code null}
 */
public record Publication(String name, String tagline, URI homepage) {

    private static final Publication UNKNOWN = new Publication(null, null, null);

    /** A publication of which nothing is known. */
    public static Publication unknown() {
        return UNKNOWN;
    }

    /** A publication with a name only. */
    public static Publication of(String name) {
        return new Publication(name, null, null);
    }

    /** Whether nothing is known of this publication. */
    public boolean isUnknown() {
        return name == null && tagline == null && homepage == null;
    }

    /** A copy with another name. */
    public Publication withName(String newName) {
        return new Publication(newName, tagline, homepage);
    }

    /** A copy with another tagline. */
    public Publication withTagline(String newTagline) {
        return new Publication(name, newTagline, homepage);
    }

    /** A copy with another home page. */
    public Publication withHomepage(URI newHomepage) {
        return new Publication(name, tagline, newHomepage);
    }
}
