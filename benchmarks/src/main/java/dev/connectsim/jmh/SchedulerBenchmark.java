package dev.connectsim.jmh;

import dev.connectsim.time.ScheduledEvent;
import dev.connectsim.time.Scheduler;
import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * The scheduler with {@code waiting} events in its queue (a load run has a few per call going on): schedule one
 * event at a random point of the next hour and run the next one, so the queue keeps its size; and schedule then
 * cancel one, as routing does with the offer time-out of every accepted call.
 */
public class SchedulerBenchmark extends HotPath {

    private static final long HOUR_MILLIS = 3_600_000;

    @Param({"100", "10000", "1000000"})
    public int waiting;

    private Scheduler scheduler;
    private SplittableRandom random;
    private long ran;
    private long before;
    private final Runnable count = () -> ran++;
    private final BooleanSupplier oneMoreRan = () -> ran > before;

    @Setup
    public void fill() {
        scheduler = new Scheduler(Instant.parse("2026-01-05T09:00:00Z"));
        random = new SplittableRandom(1);
        for (int i = 0; i < waiting; i++) {
            scheduler.schedule(Duration.ofMillis(random.nextLong(HOUR_MILLIS)), "waiting", count);
        }
    }

    /** One event in, one event out. */
    @Benchmark
    public long scheduleAndRunOne() {
        scheduler.schedule(Duration.ofMillis(random.nextLong(HOUR_MILLIS)), "event", count);
        before = ran;
        scheduler.runUntil(oneMoreRan, scheduler.now().plusSeconds(7_200));
        return ran;
    }

    /** An offer time-out scheduled, then cancelled when the agent accepts. */
    @Benchmark
    public boolean scheduleAndCancelOne() {
        ScheduledEvent timeout = scheduler.schedule(Duration.ofSeconds(20), "offer times out", count);
        return scheduler.cancel(timeout);
    }
}
