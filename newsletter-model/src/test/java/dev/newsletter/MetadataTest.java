package dev.newsletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetadataTest {

    @Test
    void keepsOrderAndNormalisesNumbers() {
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("zeta", 1);
        source.put("alpha", 2.5f);
        source.put("big", new BigInteger("123456789012345678901234567890"));
        source.put("empty", null);
        source.put("list", Arrays.asList("a", 3, null));
        Metadata metadata = Metadata.of(source);
        assertThat(metadata.keys()).containsExactly("zeta", "alpha", "big", "empty", "list");
        assertThat(metadata.get("zeta")).contains(1L);
        assertThat(metadata.get("alpha")).contains(2.5d);
        assertThat(metadata.get("big")).contains("123456789012345678901234567890");
        assertThat(metadata.containsKey("empty")).isTrue();
        assertThat(metadata.get("empty")).isEmpty();
        assertThat(metadata.asMap().get("list")).isEqualTo(Arrays.asList("a", 3L, null));
    }

    @Test
    void isADeepImmutableCopy() {
        List<Object> tags = new ArrayList<>(List.of("a"));
        Map<String, Object> nested = new LinkedHashMap<>(Map.of("k", "v"));
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("tags", tags);
        source.put("nested", nested);
        Metadata metadata = Metadata.of(source);
        tags.add("b");
        nested.put("k2", "v2");
        source.put("late", true);
        assertThat(metadata.asMap()).containsOnlyKeys("tags", "nested");
        assertThat(metadata.asMap().get("tags")).isEqualTo(List.of("a"));
        assertThat(metadata.asMap().get("nested")).isEqualTo(Map.of("k", "v"));
        assertThatThrownBy(() -> metadata.asMap().put("x", 1))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void refusesAnythingButPlainValues() {
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("engine", List.of(new Object()));
        assertThatThrownBy(() -> Metadata.of(source))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("plain values only")
                .hasMessageContaining("engine[0]");
        assertThatThrownBy(() -> Metadata.of(Map.of("d", java.time.LocalDate.of(2020, 1, 1))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void withAndWithoutReturnCopies() {
        Metadata metadata = Metadata.empty().with("a", 1).with("b", "x");
        assertThat(metadata.keys()).containsExactly("a", "b");
        assertThat(metadata.without("a").keys()).containsExactly("b");
        assertThat(metadata.getString("b")).contains("x");
        assertThat(metadata.getString("a")).isEmpty();
        assertThat(Metadata.empty().isEmpty()).isTrue();
        assertThat(metadata).isEqualTo(Metadata.of(Map.of("a", 1L)).with("b", "x"));
    }
}
