package dev.connectsim.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The two-array map that Lambda events, replies and $.External are kept in. */
class FrozenMapTest {

    @Test
    void stringKeysComeOutInAlphabeticalOrderAndEveryOneIsFound() {
        Map<String, Object> reply = new HashMap<>();
        for (int i = 0; i < 40; i++) {
            reply.put("key" + (char) ('z' - i % 26) + i, i);
        }
        Map<String, Object> frozen = FrozenMap.copyOf(reply, Function.identity());

        List<String> keys = new ArrayList<>(frozen.keySet());
        List<String> sorted = new ArrayList<>(keys);
        sorted.sort(null);
        assertEquals(sorted, keys);
        reply.forEach((key, value) -> assertEquals(value, frozen.get(key), key));
        assertNull(frozen.get("absent"));
        assertFalse(frozen.containsKey(7));
        assertEquals(reply, frozen);
        assertEquals(reply.hashCode(), frozen.hashCode());
    }

    @Test
    void aJsonNullIsKeptAndToldApartFromAnAbsentKey() {
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("voiceCallId", null);
        reply.put("errors", List.of());
        Map<String, Object> frozen = FrozenMap.copyOf(reply, Function.identity());

        assertTrue(frozen.containsKey("voiceCallId"));
        assertNull(frozen.get("voiceCallId"));
        assertFalse(frozen.containsKey("missing"));
        assertEquals(List.of("errors", "voiceCallId"), new ArrayList<>(frozen.keySet()));
    }

    @Test
    void keysThatAreNotAllStringsKeepTheMapsOrder() {
        Map<Object, Object> odd = new LinkedHashMap<>();
        odd.put("b", 1);
        odd.put(2, "two");
        odd.put("a", 3);
        Map<Object, Object> frozen = FrozenMap.copyOf(odd, Function.identity());

        assertEquals(List.of("b", 2, "a"), new ArrayList<>(frozen.keySet()));
        assertEquals("two", frozen.get(2));
    }

    @Test
    void itCannotBeChanged() {
        Map<String, Object> frozen = FrozenMap.copyOf(Map.of("a", "1"), Function.identity());

        assertThrows(UnsupportedOperationException.class, () -> frozen.put("b", "2"));
        assertThrows(UnsupportedOperationException.class, () -> frozen.entrySet().iterator().next().setValue("x"));
        assertThrows(UnsupportedOperationException.class, () -> frozen.keySet().clear());
    }

    @Test
    void arraysGivenOutOfOrderAreSortedAndAnEmptyMapIsShared() {
        Map<String, Object> frozen = FrozenMap.own(new Object[] {"z", "a", null}, new Object[] {"1", "2", null}, 2);

        assertEquals(List.of("a", "z"), new ArrayList<>(frozen.keySet()));
        assertEquals("1", frozen.get("z"));
        assertSame(FrozenMap.empty(), FrozenMap.own(new Object[1], new Object[1], 0));
    }
}
