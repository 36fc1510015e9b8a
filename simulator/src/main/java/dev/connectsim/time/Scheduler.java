package dev.connectsim.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The discrete-event scheduler that drives a simulation, and the only owner of virtual time.
 *
 * <p>Design note: events wait in a priority queue ordered by (instant, sequence) ({@link EventQueue}), so two
 * events due at the same instant run in the order they were scheduled. Time only moves when
 * {@link #runUntil} takes the next event off the queue, or when a run reaches its deadline.
 * Nothing here reads the wall clock or sleeps: a run that waits out a 30-second timeout
 * costs the handful of events inside it, not 30 seconds. A run that keeps scheduling events
 * at one instant without end is stopped with {@link RunawaySimulationException} instead of
 * hanging. Cancelling takes an event out of the queue at once, in logarithmic time (load runs cancel an
 * offer time-out for every call).
 */
public final class Scheduler {

    /** Events allowed at one instant before a run is declared runaway. */
    public static final int MAX_EVENTS_PER_INSTANT = 100_000;

    /** The last instant an event can be due at: events are ordered by their instant in epoch nanoseconds. */
    public static final Instant LAST_INSTANT = Instant.ofEpochSecond(0, Long.MAX_VALUE);

    private final EventQueue queue = new EventQueue();
    private final List<Consumer<ScheduledEvent>> listeners = new ArrayList<>();
    private final List<Consumer<ScheduledEvent>> afterListeners = new ArrayList<>();
    private final VirtualClock clock;
    private Instant now;
    private long nextSequence;

    /** A scheduler whose virtual time starts at {@code start}. */
    public Scheduler(Instant start) {
        this.now = Objects.requireNonNull(start, "start");
        this.clock = new VirtualClock(this);
    }

    /** The current virtual instant. */
    public Instant now() {
        return now;
    }

    /** A {@link Clock} that reads this scheduler's virtual time, for code that takes a clock. */
    public Clock clock() {
        return clock;
    }

    /** Schedules {@code action} after {@code delay} (zero runs it after what is already due now). */
    public ScheduledEvent schedule(Duration delay, String description, Runnable action) {
        return enqueue(later(delay, description), description, action);
    }

    /**
     * Schedules {@code action} after {@code delay}, described by {@code description} only when someone reads it
     * (a timeline, a trace, an error): for hot paths whose descriptions cost more than the events.
     */
    public ScheduledEvent schedule(Duration delay, Supplier<String> description, Runnable action) {
        return enqueue(later(delay, description), description, action);
    }

    /** Schedules {@code action} at the virtual instant {@code at}, which must not be before now. */
    public ScheduledEvent scheduleAt(Instant at, String description, Runnable action) {
        return enqueue(at, description, action);
    }

    /** As {@link #scheduleAt(Instant, String, Runnable)}, described on demand. */
    public ScheduledEvent scheduleAt(Instant at, Supplier<String> description, Runnable action) {
        return enqueue(at, description, action);
    }

    private Instant later(Duration delay, Object description) {
        Objects.requireNonNull(delay, "delay");
        if (delay.isNegative()) {
            throw new IllegalArgumentException("cannot schedule in the past: delay " + delay + " for '"
                    + ScheduledEvent.text(description) + "' is negative");
        }
        return now.plus(delay);
    }

    private ScheduledEvent enqueue(Instant at, Object description, Runnable action) {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(action, "action");
        if (at.isBefore(now)) {
            throw new IllegalArgumentException("cannot schedule in the past: '" + ScheduledEvent.text(description)
                    + "' at " + at + " but virtual time is already " + now);
        }
        if (at.isAfter(LAST_INSTANT)) {
            throw new IllegalArgumentException("cannot schedule '" + ScheduledEvent.text(description) + "' at " + at
                    + ": virtual time ends at " + LAST_INSTANT);
        }
        ScheduledEvent event = new ScheduledEvent(at, nextSequence++, description, action);
        queue.add(event);
        return event;
    }

    /** Cancels a scheduled event; returns false when it already ran or was cancelled. */
    public boolean cancel(ScheduledEvent event) {
        if (event == null || event.isDone()) {
            return false;
        }
        event.markDone();
        return queue.remove(event);
    }

    /** Tells {@code listener} of every event just before it runs, for timelines and traces. */
    public void addListener(Consumer<ScheduledEvent> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /**
     * Tells {@code listener} of every event just after it ran, at its instant: for observers that react to what an
     * event changed at the moment it changed (a CCP page's long poll answering on a change).
     */
    public void addAfterListener(Consumer<ScheduledEvent> listener) {
        afterListeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** How many events are waiting. */
    public int pending() {
        return queue.size();
    }

    /**
     * Runs events in order until {@code condition} holds, the next event lies past {@code deadline},
     * or no event is left. The condition is checked before the first event and after each one.
     * When the deadline is reached, or nothing is left to happen before it, virtual time is set to
     * the deadline: time passes whether or not anything happens in it.
     */
    public RunResult runUntil(BooleanSupplier condition, Instant deadline) {
        Objects.requireNonNull(deadline, "deadline");
        if (deadline.isBefore(now)) {
            throw new IllegalArgumentException("cannot run until " + deadline + ": virtual time is already " + now);
        }
        // Compared as nanoseconds: no event is due past LAST_INSTANT, so a later deadline is as good as the last.
        long deadlineNanos = deadline.isAfter(LAST_INSTANT) ? Long.MAX_VALUE : ScheduledEvent.epochNanos(deadline);
        long burstInstant = Long.MIN_VALUE;
        int burst = 0;
        while (true) {
            if (condition.getAsBoolean()) {
                return new RunResult.ConditionMet(now);
            }
            ScheduledEvent next = queue.peek();
            if (next == null) {
                now = deadline;
                return new RunResult.Drained(now);
            }
            if (next.atNanos() > deadlineNanos) {
                now = deadline;
                return new RunResult.DeadlineReached(now);
            }
            queue.poll();
            if (next.atNanos() == burstInstant) {
                if (++burst > MAX_EVENTS_PER_INSTANT) {
                    next.markDone();
                    throw new RunawaySimulationException(MAX_EVENTS_PER_INSTANT, now, next.description());
                }
            } else {
                burstInstant = next.atNanos();
                burst = 1;
            }
            now = next.at();
            next.markDone();
            for (int i = 0; i < listeners.size(); i++) {
                listeners.get(i).accept(next);
            }
            next.action().run();
            for (int i = 0; i < afterListeners.size(); i++) {
                afterListeners.get(i).accept(next);
            }
        }
    }

    /** Runs every event due within {@code duration} from now, then sets virtual time to its end. */
    public RunResult runFor(Duration duration) {
        return runUntil(() -> false, now.plus(duration));
    }
}
