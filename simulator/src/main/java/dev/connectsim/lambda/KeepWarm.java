package dev.connectsim.lambda;

import dev.connectsim.time.ScheduledEvent;
import dev.connectsim.time.Scheduler;
import java.time.Duration;

/**
 * A keep-warm schedule, like an EventBridge rule {@code rate(N minutes)} targeting the function:
 * it sends a {@link WarmUpPing} when started and then every {@code every}, until cancelled. Each
 * ping takes an execution environment like any request (a cold start if none is warm), so one
 * environment stays warm while the period is shorter than the function's idle expiry.
 */
public final class KeepWarm {

    private final Scheduler scheduler;
    private final String arn;
    private final Duration every;
    private final Runnable ping;
    private ScheduledEvent next;
    private int pings;
    private boolean cancelled;

    KeepWarm(Scheduler scheduler, String arn, Duration every, Runnable ping) {
        this.scheduler = scheduler;
        this.arn = arn;
        this.every = every;
        this.ping = ping;
    }

    void start() {
        next = scheduler.schedule(Duration.ZERO, description(), this::fire);
    }

    private void fire() {
        pings++;
        ping.run();
        if (!cancelled) {
            next = scheduler.schedule(every, description(), this::fire);
        }
    }

    private String description() {
        return "keep-warm ping to " + arn;
    }

    /** Stops the schedule; no ping is sent after this. */
    public void cancel() {
        cancelled = true;
        scheduler.cancel(next);
    }

    /** The function the schedule pings. */
    public String arn() {
        return arn;
    }

    /** The period between pings. */
    public Duration every() {
        return every;
    }

    /** How many pings have been sent. */
    public int pings() {
        return pings;
    }
}
