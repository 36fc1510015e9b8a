package dev.connectsim.handler;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Random;
import java.util.TimeZone;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * What a team's rewritten Java classes call instead of the JDK's clock, sleep, randomness, environment and standard
 * streams ({@link TeamCodeRewriter} lists the calls). Not for connect-sim's own code: it is public only so that the
 * team's classes, on their own class loader, can call it.
 *
 * <p>Design note: each call is passed the class that makes it, and the class's loader says which execution
 * environment it belongs to ({@link JavaEnvironment}), looked up once per class; so a thread the handler starts
 * reads its own environment's clock too. A class that is not the team's (none is rewritten, but a caller could
 * hand in any class) gets the JDK's own answer.
 */
public final class TeamCodeHooks {

    private static final ClassValue<JavaEnvironment> ENVIRONMENTS = new ClassValue<>() {
        @Override
        protected JavaEnvironment computeValue(Class<?> type) {
            return type.getClassLoader() instanceof CodeLoader.TeamClassLoader loader ? loader.environment() : null;
        }
    };

    private TeamCodeHooks() {
    }

    private static JavaEnvironment of(Class<?> caller) {
        return caller == null ? null : ENVIRONMENTS.get(caller);
    }

    /** {@code System.currentTimeMillis()}, also the time of {@code new Date()}. */
    public static long currentTimeMillis(Class<?> caller) {
        JavaEnvironment environment = of(caller);
        return environment == null ? System.currentTimeMillis() : environment.now().toEpochMilli();
    }

    /** {@code System.nanoTime()}: virtual nanoseconds since the epoch. */
    public static long nanoTime(Class<?> caller) {
        JavaEnvironment environment = of(caller);
        if (environment == null) {
            return System.nanoTime();
        }
        Duration sinceEpoch = Duration.between(Instant.EPOCH, environment.now());
        return sinceEpoch.toNanos();
    }

    /** {@code Clock.systemUTC()}. */
    public static Clock systemUTC(Class<?> caller) {
        JavaEnvironment environment = of(caller);
        return environment == null ? Clock.systemUTC() : environment.clock(ZoneOffset.UTC);
    }

    /**
     * {@code Clock.systemDefaultZone()}: the environment's clock in its default zone ({@code TZ}), and the clock every
     * no-argument {@code now()} of java.time reads.
     */
    public static Clock systemDefaultZone(Class<?> caller) {
        JavaEnvironment environment = of(caller);
        return environment == null ? Clock.systemDefaultZone() : environment.clock(environment.zone());
    }

    /** {@code Clock.system(zone)}, and the clock {@code now(zone)} of java.time reads. */
    public static Clock system(ZoneId zone, Class<?> caller) {
        JavaEnvironment environment = of(caller);
        return environment == null ? Clock.system(zone) : environment.clock(zone);
    }

    /** {@code ZoneId.systemDefault()}: the zone {@code TZ} names (UTC on Lambda unless the function sets it). */
    public static ZoneId systemDefault(Class<?> caller) {
        JavaEnvironment environment = of(caller);
        return environment == null ? ZoneId.systemDefault() : environment.zone();
    }

    /** {@code TimeZone.getDefault()}, as {@link #systemDefault}. */
    public static TimeZone getDefault(Class<?> caller) {
        JavaEnvironment environment = of(caller);
        return environment == null ? TimeZone.getDefault() : TimeZone.getTimeZone(environment.zone());
    }

    /** {@code Thread.sleep(millis)}. */
    public static void sleep(long millis, Class<?> caller) throws InterruptedException {
        sleepNanos(TimeUnit.MILLISECONDS.toNanos(millis), caller);
    }

    /** {@code Thread.sleep(millis, nanos)}. */
    public static void sleep(long millis, int nanos, Class<?> caller) throws InterruptedException {
        if (nanos < 0 || nanos > 999_999) {
            throw new IllegalArgumentException("nanosecond timeout value out of range");
        }
        sleepNanos(TimeUnit.MILLISECONDS.toNanos(millis) + nanos, caller);
    }

    /** {@code Thread.sleep(duration)} (Java 19 and later). */
    public static void sleep(Duration duration, Class<?> caller) throws InterruptedException {
        sleepNanos(duration.isNegative() ? 0 : duration.toNanos(), caller);
    }

    /** {@code unit.sleep(amount)}. */
    public static void sleep(TimeUnit unit, long amount, Class<?> caller) throws InterruptedException {
        sleepNanos(amount <= 0 ? 0 : unit.toNanos(amount), caller);
    }

    private static void sleepNanos(long nanos, Class<?> caller) throws InterruptedException {
        JavaEnvironment environment = of(caller);
        if (environment == null) {
            TimeUnit.NANOSECONDS.sleep(nanos);
        } else {
            environment.sleep(nanos);
        }
    }

    /** The seed of {@code new Random()}. */
    public static long randomSeed(Class<?> caller) {
        JavaEnvironment environment = of(caller);
        return environment == null ? new Random().nextLong() : environment.nextSeed();
    }

    /** {@code Math.random()} and {@code StrictMath.random()}. */
    public static double random(Class<?> caller) {
        JavaEnvironment environment = of(caller);
        return environment == null ? Math.random() : environment.nextDouble();
    }

    /** {@code UUID.randomUUID()}. */
    public static UUID randomUUID(Class<?> caller) {
        JavaEnvironment environment = of(caller);
        return environment == null ? UUID.randomUUID() : environment.nextUuid();
    }

    /** {@code System.getenv(name)}. */
    public static String getenv(String name, Class<?> caller) {
        JavaEnvironment environment = of(caller);
        return environment == null ? System.getenv(name) : environment.variables().get(name);
    }

    /** {@code System.getenv()}. */
    public static Map<String, String> getenv(Class<?> caller) {
        JavaEnvironment environment = of(caller);
        return environment == null ? System.getenv() : environment.variables();
    }

    /** {@code System.out}. */
    public static PrintStream out(Class<?> caller) {
        JavaEnvironment environment = of(caller);
        return environment == null ? System.out : environment.output().out();
    }

    /** {@code System.err}. */
    public static PrintStream err(Class<?> caller) {
        JavaEnvironment environment = of(caller);
        return environment == null ? System.err : environment.output().err();
    }
}
