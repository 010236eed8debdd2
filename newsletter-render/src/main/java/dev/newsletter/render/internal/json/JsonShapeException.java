package dev.newsletter.render.internal.json;

import com.fasterxml.jackson.core.JsonLocation;

/** Valid JSON that is not the shape of an issue: where, and what is wrong. */
final class JsonShapeException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient JsonLocation location;

    JsonShapeException(String path, JsonLocation location, String message) {
        super(path + ": " + message);
        this.location = location;
    }

    int line() {
        return location == null ? 0 : Math.max(0, location.getLineNr());
    }

    int column() {
        return location == null ? 0 : Math.max(0, location.getColumnNr());
    }
}
