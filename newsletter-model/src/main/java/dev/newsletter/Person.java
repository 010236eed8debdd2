package dev.newsletter;

import java.net.URI;
import java.util.Objects;

/**
 * A contributor or author.
 *
 * @param name the name as a reader sees it, not blank
 * @param uri a page about the person, or {@code null}
 */
public record Person(String name, URI uri) {

    /** Checks. */
    public Person {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a person's name must not be blank");
        }
    }

    /** A person with a name and no URI. */
    public static Person of(String name) {
        return new Person(name, null);
    }

    /** A person with a name and a URI. */
    public static Person of(String name, URI uri) {
        return new Person(name, uri);
    }

    @Override
    public String toString() {
        return uri == null ? name : name + " <" + uri + ">";
    }
}
