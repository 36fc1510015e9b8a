package dev.connectsim.handler;

import dev.connectsim.lambda.ColdStart;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * One execution environment of a team's Java function as its own code sees it (through {@link TeamCodeHooks}): its
 * environment variables, a clock on virtual time, sleeping that costs virtual time, randomness seeded from the run,
 * and its output.
 *
 * <p>Design note: while an invocation runs, the clock reads the instant the handler started plus the time it has
 * slept (plus the real time it has run, when its duration is measured); between invocations it stands still where
 * the last one ended. {@link #sleep} on the thread running the invocation adds to the time slept at once, and
 * throws {@link OutOfTime} once that passes the function's own timeout, so a handler that sleeps in a loop ends as
 * Lambda would end it; on any other thread (a library's background thread) it really sleeps, so a polling loop
 * does not spin. Seeds come from one stream derived from the run's seed, the function and the environment's number:
 * the same on every run, different for each environment. The default time zone follows {@code TZ}, as the JVM on
 * Lambda does ({@code :UTC} unless the binding sets it).
 */
final class JavaEnvironment {

    /** Thrown out of a sleep that passes the function's own timeout: Lambda stops the function there. */
    static final class OutOfTime extends Error {

        OutOfTime(Duration timeout) {
            super("Task timed out after " + timeout.toMillis() / 1000.0 + " seconds", null, false, false);
        }
    }

    /** Thrown out of {@code System.exit}: on Lambda the runtime's process ends, and the invocation with it. */
    static final class Exited extends Error {

        Exited(int status) {
            super("Runtime exited with error: exit status " + status, null, false, false);
        }
    }

    private final Map<String, String> variables;
    private final String logStream;
    private final ZoneId zone;
    private final boolean measured;
    private final SplittableRandom seeds;
    private final HandlerOutput output = new HandlerOutput();
    private SplittableRandom random;
    private volatile Instant base;
    private volatile long sleptNanos;
    private volatile Thread invoking;
    private volatile long realStart;
    private Instant deadline;
    private Duration timeout;

    JavaEnvironment(Map<String, String> variables, ColdStart start, boolean measured) {
        this.variables = Map.copyOf(variables);
        this.logStream = variables.getOrDefault("AWS_LAMBDA_LOG_STREAM_NAME", "");
        this.zone = zone(variables.getOrDefault("TZ", ":UTC"));
        this.measured = measured;
        this.seeds = new SplittableRandom(start.seed() * 0x9E3779B97F4A7C15L + start.boundAs().hashCode() * 31L
                + start.environment());
        this.base = start.at();
    }

    /** The environment variables, as {@code System.getenv()} gives them to the team's code. */
    Map<String, String> variables() {
        return variables;
    }

    /** The environment's log stream. */
    String logStream() {
        return logStream;
    }

    /** What the code writes. */
    HandlerOutput output() {
        return output;
    }

    /** The JVM's default time zone on Lambda: {@code TZ}, read as the JVM reads it. */
    ZoneId zone() {
        return zone;
    }

    /** A clock on this environment's virtual time, in {@code zone}. */
    Clock clock(ZoneId in) {
        return new VirtualClock(this, in);
    }

    /** The handler starts running at {@code at} on this thread; its own timeout ends it at {@code deadline}. */
    void begin(Instant at, Duration functionTimeout) {
        base = at;
        sleptNanos = 0;
        timeout = functionTimeout;
        deadline = at.plus(functionTimeout);
        realStart = RealTime.nanoTime();
        invoking = Thread.currentThread();
    }

    /** The handler has returned: how long it ran, slept time included (real running time only when measured). */
    Duration end() {
        Duration ran = Duration.ofNanos(sleptNanos + (measured ? RealTime.nanoTime() - realStart : 0));
        invoking = null;
        base = base.plusNanos(sleptNanos);
        sleptNanos = 0;
        return ran;
    }

    /** The virtual time the running handler has slept. */
    Duration slept() {
        return Duration.ofNanos(sleptNanos);
    }

    /** The virtual instant now, as the team's code reads it. */
    Instant now() {
        long elapsed = sleptNanos + (measured && invoking != null ? RealTime.nanoTime() - realStart : 0);
        return base.plusNanos(elapsed);
    }

    /** Sleeps {@code nanos}: in virtual time on the invocation's thread, really on any other. */
    void sleep(long nanos) throws InterruptedException {
        if (nanos < 0) {
            throw new IllegalArgumentException("timeout value is negative");
        }
        if (Thread.currentThread() != invoking) {
            RealTime.sleep(nanos);
            return;
        }
        if (Thread.interrupted()) {
            throw new InterruptedException("sleep interrupted");
        }
        sleptNanos += nanos;
        if (now().isAfter(deadline)) {
            throw new OutOfTime(timeout);
        }
    }

    /** The seed of the next {@code new Random()}. */
    synchronized long nextSeed() {
        return seeds.nextLong();
    }

    /** What {@code Math.random()} draws. */
    synchronized double nextDouble() {
        return random().nextDouble();
    }

    /** What {@code UUID.randomUUID()} draws: a version-4 UUID from the seeded source. */
    synchronized UUID nextUuid() {
        long high = (random().nextLong() & ~0xF000L) | 0x4000L;
        long low = (random().nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }

    private SplittableRandom random() {
        if (random == null) {
            random = seeds.split();
        }
        return random;
    }

    private static ZoneId zone(String tz) {
        String id = tz.startsWith(":") ? tz.substring(1) : tz;
        try {
            return id.isEmpty() ? ZoneOffset.UTC : ZoneId.of(id);
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }

    /** A {@link Clock} reading an environment's virtual time. */
    private static final class VirtualClock extends Clock {

        private final JavaEnvironment environment;
        private final ZoneId zone;

        VirtualClock(JavaEnvironment environment, ZoneId zone) {
            this.environment = environment;
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new VirtualClock(environment, other);
        }

        @Override
        public Instant instant() {
            return environment.now();
        }
    }
}
