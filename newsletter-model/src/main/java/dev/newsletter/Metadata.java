package dev.newsletter;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The metadata of an issue that has no field of its own: the remaining keys of its front matter or
 * headers, in their original order, as plain values only.
 *
 * <p>Values are {@code null}, {@link String}, {@link Boolean}, {@link Long}, {@link Double}, an
 * unmodifiable {@link List} of values, or an unmodifiable {@link Map} from {@code String} to
 * values. Other integral and decimal numbers are normalised on the way in ({@code Integer} to
 * {@code Long}, {@code Float} to {@code Double}, a {@code BigInteger} beyond {@code long} to its
 * decimal string); any other type is refused, so metadata never carries an object that could run
 * code.
 *
 * <p>Immutable and thread-safe.
 */
public final class Metadata {

    private static final Metadata EMPTY = new Metadata(Collections.emptyMap());

    private final Map<String, Object> values;

    private Metadata(Map<String, Object> values) {
        this.values = values;
    }

    /** No metadata. */
    public static Metadata empty() {
        return EMPTY;
    }

    /**
     * Metadata holding a deep, checked copy of {@code values}, in their iteration order.
     *
     * @throws IllegalArgumentException if a key is null or a value is not a plain value
     */
    public static Metadata of(Map<String, ?> values) {
        Objects.requireNonNull(values, "values");
        if (values.isEmpty()) {
            return EMPTY;
        }
        return new Metadata(copyMap(values, ""));
    }

    /**
     * The value of {@code key}, if present (a present key may hold {@code null}: see {@link
     * #containsKey}).
     */
    public Optional<Object> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /** The value of {@code key} if it is a string. */
    public Optional<String> getString(String key) {
        return values.get(key) instanceof String s ? Optional.of(s) : Optional.empty();
    }

    /** Whether {@code key} is present, even with a {@code null} value. */
    public boolean containsKey(String key) {
        return values.containsKey(key);
    }

    /** The keys, in order. */
    public Set<String> keys() {
        return values.keySet();
    }

    /** An unmodifiable view of all entries, in order. */
    public Map<String, Object> asMap() {
        return values;
    }

    /** Whether there is no metadata. */
    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** The number of keys. */
    public int size() {
        return values.size();
    }

    /** A copy with {@code key} set to {@code value} (added last when new). */
    public Metadata with(String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(values);
        copy.put(Objects.requireNonNull(key, "key"), value);
        return of(copy);
    }

    /** A copy without {@code key}. */
    public Metadata without(String key) {
        if (!values.containsKey(key)) {
            return this;
        }
        Map<String, Object> copy = new LinkedHashMap<>(values);
        copy.remove(key);
        return of(copy);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Metadata that && values.equals(that.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }

    private static Map<String, Object> copyMap(Map<?, ?> map, String path) {
        Map<String, Object> copy = new LinkedHashMap<>(Math.max(4, map.size() * 2));
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (!(entry.getKey() instanceof String key)) {
                throw new IllegalArgumentException(
                        "metadata keys must be strings, found "
                                + describe(entry.getKey())
                                + " at "
                                + where(path));
            }
            copy.put(key, plain(entry.getValue(), path.isEmpty() ? key : path + "." + key));
        }
        return Collections.unmodifiableMap(copy);
    }

    private static Object plain(Object value, String path) {
        if (value == null
                || value instanceof String
                || value instanceof Boolean
                || value instanceof Long
                || value instanceof Double) {
            return value;
        }
        if (value instanceof CharSequence text) {
            return text.toString();
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof Float f) {
            return f.doubleValue();
        }
        if (value instanceof BigInteger big) {
            return big.bitLength() < 64 ? (Object) big.longValue() : big.toString();
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.doubleValue();
        }
        if (value instanceof Map<?, ?> map) {
            return copyMap(map, path);
        }
        if (value instanceof Collection<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            int index = 0;
            for (Object element : list) {
                copy.add(plain(element, path + "[" + index++ + "]"));
            }
            return Collections.unmodifiableList(copy);
        }
        throw new IllegalArgumentException(
                "metadata holds plain values only, found "
                        + describe(value)
                        + " at "
                        + where(path));
    }

    private static String where(String path) {
        return path.isEmpty() ? "the top level" : path;
    }

    private static String describe(Object value) {
        return value == null ? "null" : value.getClass().getName();
    }
}
