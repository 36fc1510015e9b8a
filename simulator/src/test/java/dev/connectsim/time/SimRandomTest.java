package dev.connectsim.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SimRandomTest {

    private static List<String> uuids(SimRandom random, int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(random.uuid());
        }
        return ids;
    }

    private static List<Duration> draws(SimRandom random, Duration min, Duration max, int count) {
        return IntStream.range(0, count).mapToObj(i -> random.between(min, max)).toList();
    }

    @Test
    void twoRunsWithTheSameSeedDrawTheSameUuidsInTheSameOrder() {
        assertEquals(uuids(new SimRandom(42), 20), uuids(new SimRandom(42), 20));
    }

    @Test
    void runsWithDifferentSeedsDrawDifferentUuids() {
        List<String> fromOne = uuids(new SimRandom(1), 20);
        List<String> fromTwo = uuids(new SimRandom(2), 20);

        assertNotEquals(fromOne.get(0), fromTwo.get(0));
        Set<String> shared = new HashSet<>(fromOne);
        shared.retainAll(fromTwo);
        assertEquals(Set.of(), shared);
    }

    @Test
    void everyUuidIsACanonicalVersion4UuidOfTheIetfVariant() {
        SimRandom random = new SimRandom(7);

        for (String id : uuids(random, 1000)) {
            UUID parsed = UUID.fromString(id);
            assertEquals(4, parsed.version(), id);
            assertEquals(2, parsed.variant(), id);
            assertEquals(parsed.toString(), id, "lower-case, canonical form");
            assertEquals(36, id.length(), id);
        }
    }

    @Test
    void uuidsOfOneRunDoNotRepeat() {
        List<String> ids = uuids(new SimRandom(3), 10_000);

        assertEquals(ids.size(), new HashSet<>(ids).size());
    }

    @Test
    void theSeedIsKeptForReports() {
        assertEquals(-12345L, new SimRandom(-12345L).seed());
    }

    @Test
    void betweenDrawsOnlyDurationsWithinBothBoundsAndReachesEachBound() {
        Duration min = Duration.ofMillis(10);
        Duration max = Duration.ofMillis(13);

        List<Duration> drawn = draws(new SimRandom(11), min, max, 1000);

        assertTrue(drawn.stream().allMatch(d -> d.compareTo(min) >= 0 && d.compareTo(max) <= 0), drawn.toString());
        assertEquals(Set.of(Duration.ofMillis(10), Duration.ofMillis(11), Duration.ofMillis(12), Duration.ofMillis(13)),
                Set.copyOf(drawn));
    }

    @Test
    void betweenDrawsWholeMillisecondsAboveTheMinimum() {
        Duration min = Duration.ofSeconds(1);
        Duration max = Duration.ofSeconds(2);

        for (Duration drawn : draws(new SimRandom(5), min, max, 200)) {
            assertEquals(0, drawn.minus(min).toNanos() % 1_000_000, drawn.toString());
        }
    }

    @Test
    void betweenEqualBoundsReturnsThatDuration() {
        Duration only = Duration.ofMillis(1234);

        assertEquals(List.of(only, only, only), draws(new SimRandom(9), only, only, 3));
    }

    @Test
    void betweenWithTheSameSeedDrawsTheSameDurations() {
        Duration min = Duration.ZERO;
        Duration max = Duration.ofSeconds(30);

        assertEquals(draws(new SimRandom(42), min, max, 50), draws(new SimRandom(42), min, max, 50));
    }

    @Test
    void betweenRejectsAMaximumBelowTheMinimum() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new SimRandom(1).between(Duration.ofSeconds(2), Duration.ofSeconds(1)));

        assertEquals("max PT1S is before min PT2S", error.getMessage());
    }

    /** Regression: bounds with fractions of a millisecond let between() go past max (1.9 ms from 0.9..1.1 ms). */
    @org.junit.jupiter.api.Test
    void boundsWithFractionsOfAMillisecondAreRoundedInwardsSoNoDrawPassesMax() {
        SimRandom random = new SimRandom(1);
        for (int i = 0; i < 100; i++) {
            assertEquals(Duration.ofMillis(1), random.between(Duration.ofNanos(900_000), Duration.ofNanos(1_100_000)));
        }
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> random.between(Duration.ofNanos(1_100_000), Duration.ofNanos(1_900_000)));
        assertEquals("no whole millisecond lies between PT0.0011S and PT0.0019S", error.getMessage());
    }
}
