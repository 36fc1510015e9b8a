package dev.connectsim.handler;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Objects;
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
 * reads its own environment's clock too. Only the team's classes are rewritten, so any other caller is refused.
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

    /** The environment of {@code caller}, a class of a team's code (only those call the hooks). */
    private static JavaEnvironment of(Class<?> caller) {
        JavaEnvironment environment = ENVIRONMENTS.get(caller);
        if (environment == null) {
            throw new IllegalStateException(caller + " is not a class of a team's function: only those call "
                    + "TeamCodeHooks");
        }
        return environment;
    }

    /** {@code System.currentTimeMillis()}, also the time of {@code new Date()}. */
    public static long currentTimeMillis(Class<?> caller) {
        return of(caller).now().toEpochMilli();
    }

    /** {@code System.nanoTime()}: virtual nanoseconds since the epoch. */
    public static long nanoTime(Class<?> caller) {
        return Duration.between(Instant.EPOCH, of(caller).now()).toNanos();
    }

    /** {@code Clock.systemUTC()}. */
    public static Clock systemUTC(Class<?> caller) {
        return of(caller).clock(ZoneOffset.UTC);
    }

    /**
     * {@code Clock.systemDefaultZone()}: the environment's clock in its default zone ({@code TZ}), and the clock every
     * no-argument {@code now()} of java.time reads.
     */
    public static Clock systemDefaultZone(Class<?> caller) {
        JavaEnvironment environment = of(caller);
        return environment.clock(environment.zone());
    }

    /** {@code Clock.system(zone)}, and the clock {@code now(zone)} of java.time reads. */
    public static Clock system(ZoneId zone, Class<?> caller) {
        return of(caller).clock(Objects.requireNonNull(zone, "zone"));
    }

    /** {@code ZoneId.systemDefault()}: the zone {@code TZ} names (UTC on Lambda unless the function sets it). */
    public static ZoneId systemDefault(Class<?> caller) {
        return of(caller).zone();
    }

    /** {@code TimeZone.getDefault()}, as {@link #systemDefault}. */
    public static TimeZone getDefault(Class<?> caller) {
        return TimeZone.getTimeZone(of(caller).zone());
    }

    /** {@code Thread.sleep(millis)}. */
    public static void sleep(long millis, Class<?> caller) throws InterruptedException {
        of(caller).sleep(TimeUnit.MILLISECONDS.toNanos(millis));
    }

    /** {@code Thread.sleep(millis, nanos)}. */
    public static void sleep(long millis, int nanos, Class<?> caller) throws InterruptedException {
        if (nanos < 0 || nanos > 999_999) {
            throw new IllegalArgumentException("nanosecond timeout value out of range");
        }
        of(caller).sleep(TimeUnit.MILLISECONDS.toNanos(millis) + nanos);
    }

    /** {@code Thread.sleep(duration)} (Java 19 and later). */
    public static void sleep(Duration duration, Class<?> caller) throws InterruptedException {
        of(caller).sleep(duration.isNegative() ? 0 : duration.toNanos());
    }

    /** {@code unit.sleep(amount)}. */
    public static void sleep(TimeUnit unit, long amount, Class<?> caller) throws InterruptedException {
        of(caller).sleep(amount <= 0 ? 0 : unit.toNanos(amount));
    }

    /** The seed of {@code new Random()}. */
    public static long randomSeed(Class<?> caller) {
        return of(caller).nextSeed();
    }

    /** {@code Math.random()} and {@code StrictMath.random()}. */
    public static double random(Class<?> caller) {
        return of(caller).nextDouble();
    }

    /** {@code UUID.randomUUID()}. */
    public static UUID randomUUID(Class<?> caller) {
        return of(caller).nextUuid();
    }

    /** {@code System.getenv(name)}. */
    public static String getenv(String name, Class<?> caller) {
        return of(caller).variables().get(Objects.requireNonNull(name, "name"));
    }

    /** {@code System.getenv()}. */
    public static Map<String, String> getenv(Class<?> caller) {
        return of(caller).variables();
    }

    /** {@code System.out}. */
    public static PrintStream out(Class<?> caller) {
        return of(caller).output().out();
    }

    /** {@code System.err}. */
    public static PrintStream err(Class<?> caller) {
        return of(caller).output().err();
    }

    /** {@code System.exit(status)}: ends the invocation, as the runtime's process ending would, not the JVM. */
    public static void exit(int status, Class<?> caller) {
        of(caller);
        throw new JavaEnvironment.Exited(status);
    }

    /** {@code Runtime.getRuntime().exit(status)} and {@code halt(status)}, as {@link #exit(int, Class)}. */
    public static void exit(Runtime runtime, int status, Class<?> caller) {
        exit(status, caller);
    }
}
