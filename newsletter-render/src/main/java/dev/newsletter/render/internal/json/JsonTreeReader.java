package dev.newsletter.render.internal.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a JSON document into plain Java values ({@code Map}, {@code List}, {@code String}, {@code
 * Long}, {@code Double}, {@code Boolean}, {@code null}), remembering where each object and array
 * starts so that shape errors can name a line.
 */
final class JsonTreeReader {

    private final JsonParser parser;
    private final Map<Object, JsonLocation> locations = new IdentityHashMap<>();

    JsonTreeReader(JsonParser parser) {
        this.parser = parser;
    }

    /** Where {@code container} (a map or list read here) starts, or null. */
    JsonLocation locationOf(Object container) {
        return locations.get(container);
    }

    /** Reads one whole document; fails if anything but whitespace follows it. */
    Object readDocument() throws IOException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            throw new com.fasterxml.jackson.core.JsonParseException(
                    parser, "the document is empty");
        }
        Object value = readValue(first);
        if (parser.nextToken() != null) {
            throw new com.fasterxml.jackson.core.JsonParseException(
                    parser, "unexpected content after the end of the document");
        }
        return value;
    }

    private Object readValue(JsonToken token) throws IOException {
        switch (token) {
            case START_OBJECT:
                return readObject();
            case START_ARRAY:
                return readArray();
            case VALUE_STRING:
                return parser.getText();
            case VALUE_NUMBER_INT:
                return parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                        ? parser.getText()
                        : (Object) parser.getLongValue();
            case VALUE_NUMBER_FLOAT:
                return parser.getDoubleValue();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return null;
            default:
                throw new com.fasterxml.jackson.core.JsonParseException(
                        parser, "unexpected " + token);
        }
    }

    private Map<String, Object> readObject() throws IOException {
        JsonLocation start = parser.currentTokenLocation();
        Map<String, Object> object = new LinkedHashMap<>();
        locations.put(object, start);
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            object.put(name, readValue(parser.nextToken()));
        }
        if (token != JsonToken.END_OBJECT) {
            throw new com.fasterxml.jackson.core.JsonParseException(parser, "unterminated object");
        }
        return object;
    }

    private List<Object> readArray() throws IOException {
        JsonLocation start = parser.currentTokenLocation();
        List<Object> array = new ArrayList<>();
        locations.put(array, start);
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (token == null) {
                throw new com.fasterxml.jackson.core.JsonParseException(
                        parser, "unterminated array");
            }
            array.add(readValue(token));
        }
        return array;
    }
}
