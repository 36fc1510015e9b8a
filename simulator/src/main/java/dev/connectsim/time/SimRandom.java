package dev.connectsim.time;

import java.time.Duration;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The one source of randomness and ids of a simulation run, derived from its seed.
 * Two runs with the same seed draw the same numbers in the same order, so they produce the same ids.
 */
public final class SimRandom {

    private final long seed;
    private final SplittableRandom random;

    public SimRandom(long seed) {
        this.seed = seed;
        this.random = new SplittableRandom(seed);
    }

    /** The seed this run was started with. */
    public long seed() {
        return seed;
    }

    /** A random version-4 UUID string, as Amazon Connect uses for contact and connection ids. */
    public String uuid() {
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }

    /**
     * A uniformly drawn whole number of milliseconds between {@code min} and {@code max}, both
     * inclusive (bounds with fractions of a millisecond are rounded inwards).
     */
    public Duration between(Duration min, Duration max) {
        if (max.compareTo(min) < 0) {
            throw new IllegalArgumentException("max " + max + " is before min " + min);
        }
        long low = -Math.floorDiv(-min.toNanos(), 1_000_000L);
        long high = Math.floorDiv(max.toNanos(), 1_000_000L);
        if (high < low) {
            throw new IllegalArgumentException("no whole millisecond lies between " + min + " and " + max);
        }
        return Duration.ofMillis(low == high ? low : low + random.nextLong(high - low + 1));
    }
}
