package dev.connectsim.time;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TimingsTest {

    private static final Timings DEFAULTS = Timings.defaults();

    @Test
    void theDefaultsAreTheDocumentedDurations() {
        assertEquals(new Timings(Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofSeconds(30),
                Duration.ofSeconds(20), Duration.ofSeconds(2), Duration.ofMillis(500)), DEFAULTS);
    }

    @Test
    void eachWithMethodChangesOnlyItsOwnDuration() {
        Duration d = Duration.ofSeconds(7);

        assertEquals(new Timings(d, DEFAULTS.snapshotPeriod(), DEFAULTS.ringTimeout(), DEFAULTS.agentOfferTimeout(),
                DEFAULTS.busySignal(), DEFAULTS.systemAnswer()), DEFAULTS.withCtiLatency(d));
        assertEquals(new Timings(DEFAULTS.ctiLatency(), d, DEFAULTS.ringTimeout(), DEFAULTS.agentOfferTimeout(),
                DEFAULTS.busySignal(), DEFAULTS.systemAnswer()), DEFAULTS.withSnapshotPeriod(d));
        assertEquals(new Timings(DEFAULTS.ctiLatency(), DEFAULTS.snapshotPeriod(), d, DEFAULTS.agentOfferTimeout(),
                DEFAULTS.busySignal(), DEFAULTS.systemAnswer()), DEFAULTS.withRingTimeout(d));
        assertEquals(new Timings(DEFAULTS.ctiLatency(), DEFAULTS.snapshotPeriod(), DEFAULTS.ringTimeout(), d,
                DEFAULTS.busySignal(), DEFAULTS.systemAnswer()), DEFAULTS.withAgentOfferTimeout(d));
    }

    static Stream<Arguments> periodsThatMustBePositive() {
        return Stream.of(
                Arguments.of("snapshotPeriod", (Function<Duration, Timings>) DEFAULTS::withSnapshotPeriod),
                Arguments.of("ringTimeout", (Function<Duration, Timings>) DEFAULTS::withRingTimeout),
                Arguments.of("agentOfferTimeout", (Function<Duration, Timings>) DEFAULTS::withAgentOfferTimeout));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("periodsThatMustBePositive")
    void aZeroPeriodIsRejectedNamingTheField(String name, Function<Duration, Timings> with) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> with.apply(Duration.ZERO));

        assertEquals(name + " must be positive, was PT0S", error.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("periodsThatMustBePositive")
    void aNegativePeriodIsRejectedNamingTheField(String name, Function<Duration, Timings> with) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> with.apply(Duration.ofMillis(-1)));

        assertEquals(name + " must be positive, was PT-0.001S", error.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("periodsThatMustBePositive")
    void aMissingPeriodIsRejectedNamingTheField(String name, Function<Duration, Timings> with) {
        NullPointerException error = assertThrows(NullPointerException.class, () -> with.apply(null));

        assertEquals(name, error.getMessage());
    }

    @Test
    void aMissingCtiLatencyIsRejectedNamingTheField() {
        NullPointerException error = assertThrows(NullPointerException.class, () -> DEFAULTS.withCtiLatency(null));

        assertEquals("ctiLatency", error.getMessage());
    }

    @Test
    void aMissingBusySignalOrSystemAnswerIsRejectedNamingTheField() {
        NullPointerException busy = assertThrows(NullPointerException.class,
                () -> new Timings(Duration.ZERO, Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1),
                        null, Duration.ZERO));
        NullPointerException answer = assertThrows(NullPointerException.class,
                () -> new Timings(Duration.ZERO, Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1),
                        Duration.ZERO, null));

        assertEquals("busySignal", busy.getMessage());
        assertEquals("systemAnswer", answer.getMessage());
    }

    @Test
    void instantActionsBusySignalsAndAnswersAreAllowed() {
        Timings instant = assertDoesNotThrow(() -> new Timings(Duration.ZERO, Duration.ofSeconds(1),
                Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ZERO, Duration.ZERO));

        assertEquals(Duration.ZERO, instant.ctiLatency());
        assertEquals(Duration.ZERO, instant.busySignal());
        assertEquals(Duration.ZERO, instant.systemAnswer());
    }

    /** Regression: a negative latency was accepted and failed later as "cannot schedule in the past". */
    @Test
    void aNegativeLatencyBusySignalOrAnswerDelayIsRejectedNamingTheField() {
        Duration minus = Duration.ofMillis(-1);
        IllegalArgumentException latency = assertThrows(IllegalArgumentException.class,
                () -> DEFAULTS.withCtiLatency(minus));
        assertEquals("ctiLatency must not be negative, was PT-0.001S", latency.getMessage());
        IllegalArgumentException busy = assertThrows(IllegalArgumentException.class,
                () -> new Timings(Duration.ZERO, Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1),
                        minus, Duration.ZERO));
        assertEquals("busySignal must not be negative, was PT-0.001S", busy.getMessage());
    }
}
