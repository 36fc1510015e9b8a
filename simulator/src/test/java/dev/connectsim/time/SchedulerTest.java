package dev.connectsim.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SchedulerTest {

    private static final Instant START = Instant.parse("2024-01-01T09:00:00Z");

    private final Scheduler scheduler = new Scheduler(START);
    private final List<String> ran = new ArrayList<>();

    private Runnable record(String name) {
        return () -> ran.add(name + "@" + scheduler.now());
    }

    private static Instant at(long seconds) {
        return START.plusSeconds(seconds);
    }

    @Test
    void eventsRunInTheOrderOfTheirInstantsWhateverOrderTheyWereScheduledIn() {
        scheduler.schedule(Duration.ofSeconds(3), "c", record("c"));
        scheduler.schedule(Duration.ofSeconds(1), "a", record("a"));
        scheduler.scheduleAt(at(2), "b", record("b"));

        scheduler.runFor(Duration.ofSeconds(10));

        assertEquals(List.of("a@" + at(1), "b@" + at(2), "c@" + at(3)), ran);
    }

    @Test
    void eventsDueAtTheSameInstantRunInTheOrderTheyWereScheduled() {
        for (String name : List.of("first", "second", "third", "fourth", "fifth")) {
            scheduler.schedule(Duration.ofSeconds(1), name, () -> ran.add(name));
        }

        scheduler.runFor(Duration.ofSeconds(2));

        assertEquals(List.of("first", "second", "third", "fourth", "fifth"), ran);
    }

    @Test
    void anEventScheduledWithZeroDelayFromInsideAnEventRunsAfterTheEventsAlreadyDueAtThatInstant() {
        scheduler.schedule(Duration.ofSeconds(1), "outer", () -> {
            ran.add("outer");
            scheduler.schedule(Duration.ZERO, "inner", () -> ran.add("inner"));
        });
        scheduler.schedule(Duration.ofSeconds(1), "sibling", () -> ran.add("sibling"));

        scheduler.runFor(Duration.ofSeconds(2));

        assertEquals(List.of("outer", "sibling", "inner"), ran);
    }

    @Test
    void anEventScheduledAtExactlyTheCurrentInstantIsAccepted() {
        scheduler.scheduleAt(START, "now", record("now"));

        scheduler.runFor(Duration.ofSeconds(1));

        assertEquals(List.of("now@" + START), ran);
    }

    @Test
    void aCancelledEventNeverRuns() {
        ScheduledEvent doomed = scheduler.schedule(Duration.ofSeconds(1), "doomed", record("doomed"));
        scheduler.schedule(Duration.ofSeconds(2), "kept", record("kept"));

        assertTrue(scheduler.cancel(doomed));
        scheduler.runFor(Duration.ofSeconds(5));

        assertEquals(List.of("kept@" + at(2)), ran);
        assertTrue(doomed.isDone());
    }

    @Test
    void cancellingAnEventASecondTimeReturnsFalse() {
        ScheduledEvent event = scheduler.schedule(Duration.ofSeconds(1), "once", record("once"));

        assertTrue(scheduler.cancel(event));
        assertFalse(scheduler.cancel(event));
        assertEquals(0, scheduler.pending());
    }

    @Test
    void cancellingAnEventThatAlreadyRanReturnsFalse() {
        ScheduledEvent event = scheduler.schedule(Duration.ofSeconds(1), "ran", record("ran"));
        scheduler.runFor(Duration.ofSeconds(2));

        assertFalse(scheduler.cancel(event));
        assertEquals(1, ran.size());
    }

    @Test
    void cancellingNothingReturnsFalse() {
        assertFalse(scheduler.cancel(null));
    }

    @Test
    void anEventCanCancelALaterEventDueAtTheSameInstant() {
        ScheduledEvent[] later = new ScheduledEvent[1];
        scheduler.schedule(Duration.ofSeconds(1), "canceller", () -> scheduler.cancel(later[0]));
        later[0] = scheduler.schedule(Duration.ofSeconds(1), "cancelled", record("cancelled"));

        scheduler.runFor(Duration.ofSeconds(2));

        assertEquals(List.of(), ran);
    }

    @Test
    void manyEventsRunInTimeThenSchedulingOrderAndTheCancelledOnesNeverRun() {
        SplittableRandom random = new SplittableRandom(5);
        List<String> expected = new ArrayList<>();
        List<ScheduledEvent> events = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            String name = "e" + i;
            events.add(scheduler.schedule(Duration.ofMillis(random.nextInt(500)), name, record(name)));
        }
        for (int i = 0; i < events.size(); i += 3) {
            assertTrue(scheduler.cancel(events.get(i)));
        }
        assertEquals(2_000 - 667, scheduler.pending(), "a cancelled event leaves the queue at once");
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            if (!events.get(i).isDone()) {
                kept.add(i);
            }
        }
        kept.sort(Comparator.comparing((Integer i) -> events.get(i).at()).thenComparing(i -> i));
        kept.forEach(i -> expected.add(events.get(i).description() + "@" + events.get(i).at()));

        scheduler.runFor(Duration.ofSeconds(1));

        assertEquals(expected, ran);
    }

    @Test
    void cancellingMostEventsWhileTimeRunsLeavesTheRestToRunInOrder() {
        SplittableRandom random = new SplittableRandom(11);
        List<ScheduledEvent> events = new ArrayList<>();
        for (int round = 0; round < 4; round++) {
            for (int i = 0; i < 1_000; i++) {
                String name = "r" + round + "e" + i;
                events.add(scheduler.schedule(Duration.ofMillis(random.nextInt(2_000)), name, record(name)));
            }
            for (ScheduledEvent event : events) {
                if (!event.isDone() && random.nextInt(4) > 0) {
                    assertTrue(scheduler.cancel(event));
                    assertFalse(scheduler.cancel(event), "a cancelled event cannot be cancelled again");
                }
            }
            long waiting = events.stream().filter(e -> !e.isDone()).count();
            assertEquals(waiting, scheduler.pending(), "only events still due count as pending");
            scheduler.runFor(Duration.ofMillis(500));
        }
        List<ScheduledEvent> left = events.stream().filter(e -> !e.isDone()).toList();
        List<String> expected = left.stream()
                .sorted(Comparator.comparing(ScheduledEvent::at).thenComparing(events::indexOf))
                .map(e -> e.description() + "@" + e.at()).toList();
        ran.clear();

        scheduler.runFor(Duration.ofSeconds(3));

        assertEquals(expected, ran);
        assertEquals(0, scheduler.pending());
    }

    @Test
    void pendingCountsTheEventsStillWaiting() {
        scheduler.schedule(Duration.ofSeconds(1), "a", record("a"));
        scheduler.schedule(Duration.ofSeconds(5), "b", record("b"));
        assertEquals(2, scheduler.pending());

        scheduler.runFor(Duration.ofSeconds(2));

        assertEquals(1, scheduler.pending());
    }

    @Test
    void schedulingWithANegativeDelayIsRejectedAsSchedulingInThePast() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> scheduler.schedule(Duration.ofSeconds(-1), "late", record("late")));

        assertEquals("cannot schedule in the past: delay PT-1S for 'late' is negative", error.getMessage());
        assertEquals(0, scheduler.pending());
    }

    @Test
    void schedulingAtAnInstantBeforeNowIsRejectedAsSchedulingInThePast() {
        scheduler.schedule(Duration.ofSeconds(60), "keeps time moving", record("keeps time moving"));
        scheduler.runFor(Duration.ofSeconds(10));

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> scheduler.scheduleAt(at(9), "late", record("late")));

        assertEquals("cannot schedule in the past: 'late' at 2024-01-01T09:00:09Z but virtual time is already "
                + "2024-01-01T09:00:10Z", error.getMessage());
        assertEquals(1, scheduler.pending());
    }

    @Test
    void schedulingPastTheLastInstantOfVirtualTimeIsRejected() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> scheduler.scheduleAt(Scheduler.LAST_INSTANT.plusNanos(1), "too late", record("too late")));

        assertEquals("cannot schedule 'too late' at 2262-04-11T23:47:16.854775808Z: virtual time ends at "
                + "2262-04-11T23:47:16.854775807Z", error.getMessage());
        scheduler.scheduleAt(Scheduler.LAST_INSTANT, "last", record("last"));
        assertEquals(1, scheduler.pending());
    }

    @Test
    void aDescriptionGivenAsASupplierIsMadeOnlyWhenReadAndOnlyOnce() {
        AtomicInteger made = new AtomicInteger();
        ScheduledEvent event = scheduler.schedule(Duration.ofSeconds(1), () -> "ring " + made.incrementAndGet(),
                record("ring"));

        scheduler.runFor(Duration.ofSeconds(2));
        assertEquals(0, made.get());
        assertEquals("ring 1", event.description());
        assertEquals("ring 1 @ 2024-01-01T09:00:01Z", event.toString());
        assertEquals(1, made.get());
    }

    @Test
    void eachEventSeesVirtualTimeAtItsOwnInstant() {
        scheduler.schedule(Duration.ofMillis(1500), "a", record("a"));
        scheduler.schedule(Duration.ofMinutes(2), "b", record("b"));

        scheduler.runFor(Duration.ofMinutes(5));

        assertEquals(List.of("a@" + START.plusMillis(1500), "b@" + START.plusSeconds(120)), ran);
    }

    @Test
    void runUntilChecksTheConditionBeforeRunningTheFirstEvent() {
        scheduler.schedule(Duration.ZERO, "not run", record("not run"));

        RunResult result = scheduler.runUntil(() -> true, at(10));

        assertEquals(new RunResult.ConditionMet(START), result);
        assertTrue(result.conditionMet());
        assertEquals(List.of(), ran);
        assertEquals(1, scheduler.pending());
    }

    @Test
    void runUntilStopsAsSoonAsTheConditionHolds() {
        boolean[] done = new boolean[1];
        scheduler.schedule(Duration.ofSeconds(1), "a", record("a"));
        scheduler.schedule(Duration.ofSeconds(2), "finish", () -> done[0] = true);
        scheduler.schedule(Duration.ofSeconds(3), "c", record("c"));

        RunResult result = scheduler.runUntil(() -> done[0], at(10));

        assertEquals(new RunResult.ConditionMet(at(2)), result);
        assertEquals(at(2), scheduler.now());
        assertEquals(List.of("a@" + at(1)), ran);
        assertEquals(1, scheduler.pending());
    }

    @Test
    void runUntilReachesTheDeadlineAndMovesVirtualTimeToItWhenTheNextEventIsLater() {
        scheduler.schedule(Duration.ofSeconds(1), "early", record("early"));
        scheduler.schedule(Duration.ofSeconds(30), "late", record("late"));

        RunResult result = scheduler.runUntil(() -> false, at(5));

        assertEquals(new RunResult.DeadlineReached(at(5)), result);
        assertFalse(result.conditionMet());
        assertEquals(at(5), scheduler.now());
        assertEquals(List.of("early@" + at(1)), ran);
        assertEquals(1, scheduler.pending());
    }

    @Test
    void anEventDueExactlyAtTheDeadlineStillRuns() {
        scheduler.schedule(Duration.ofSeconds(5), "on the deadline", record("on the deadline"));
        scheduler.schedule(Duration.ofSeconds(6), "after", record("after"));

        RunResult result = scheduler.runUntil(() -> false, at(5));

        assertInstanceOf(RunResult.DeadlineReached.class, result);
        assertEquals(List.of("on the deadline@" + at(5)), ran);
    }

    @Test
    void runUntilReportsDrainedWhenNoEventIsLeftBeforeTheDeadlineAndTimeStillPassesToTheDeadline() {
        scheduler.schedule(Duration.ofSeconds(1), "only", record("only"));

        RunResult result = scheduler.runUntil(() -> false, at(60));

        assertEquals(List.of("only@" + at(1)), ran);
        assertEquals(new RunResult.Drained(at(60)), result);
        assertEquals(at(60), scheduler.now());
        assertFalse(result.conditionMet());
        assertEquals(0, scheduler.pending());
    }

    @Test
    void aDeadlinePastTheLastInstantOfVirtualTimeRunsEveryEventAndDrains() {
        scheduler.schedule(Duration.ofDays(365), "a year on", record("a year on"));
        Instant farFuture = Scheduler.LAST_INSTANT.plusSeconds(86_400);

        RunResult result = scheduler.runUntil(() -> false, farFuture);

        assertEquals(List.of("a year on@" + START.plus(Duration.ofDays(365))), ran);
        assertEquals(new RunResult.Drained(farFuture), result);
    }

    @Test
    void runUntilRejectsADeadlineBeforeNow() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> scheduler.runUntil(() -> false, START.minusSeconds(1)));

        assertEquals("cannot run until 2024-01-01T08:59:59Z: virtual time is already 2024-01-01T09:00:00Z",
                error.getMessage());
    }

    @Test
    void runForRunsTheEventsDueWithinTheDurationAndEndsAtItsEnd() {
        scheduler.schedule(Duration.ofSeconds(1), "a", record("a"));
        scheduler.schedule(Duration.ofSeconds(2), "b", record("b"));
        scheduler.schedule(Duration.ofSeconds(5), "c", record("c"));

        RunResult result = scheduler.runFor(Duration.ofSeconds(3));

        assertEquals(new RunResult.DeadlineReached(at(3)), result);
        assertEquals(at(3), scheduler.now());
        assertEquals(List.of("a@" + at(1), "b@" + at(2)), ran);
    }

    @Test
    void runForCountsItsDurationFromTheCurrentVirtualTime() {
        scheduler.schedule(Duration.ofSeconds(100), "far away", record("far away"));
        scheduler.runFor(Duration.ofSeconds(3));
        scheduler.schedule(Duration.ofSeconds(1), "d", record("d"));

        RunResult result = scheduler.runFor(Duration.ofSeconds(3));

        assertEquals(new RunResult.DeadlineReached(at(6)), result);
        assertEquals(List.of("d@" + at(4)), ran);
    }

    @Test
    void anEventThatReschedulesItselfAtZeroDelayForeverIsStoppedAsARunawayNamingTheEvent() {
        scheduler.schedule(Duration.ofSeconds(1), "spin forever", this::spinForever);

        RunawaySimulationException error = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> assertThrows(RunawaySimulationException.class, () -> scheduler.runFor(Duration.ofSeconds(5))));

        assertEquals("simulation ran away: more than 100000 events at virtual time 2024-01-01T09:00:01Z without time "
                + "moving on; the last one was 'spin forever'", error.getMessage());
    }

    private void spinForever() {
        scheduler.schedule(Duration.ZERO, "spin forever", this::spinForever);
    }

    @Test
    void exactlyTheMaximumNumberOfEventsAtOneInstantIsNotARunaway() {
        AtomicInteger count = new AtomicInteger();
        for (int i = 0; i < Scheduler.MAX_EVENTS_PER_INSTANT; i++) {
            scheduler.schedule(Duration.ofSeconds(1), "tick", count::incrementAndGet);
        }

        RunResult result = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> scheduler.runFor(Duration.ofSeconds(2)));

        assertEquals(new RunResult.Drained(at(2)), result);
        assertEquals(Scheduler.MAX_EVENTS_PER_INSTANT, count.get());
    }

    @Test
    void oneEventMoreThanTheMaximumAtOneInstantIsARunaway() {
        AtomicInteger count = new AtomicInteger();
        for (int i = 0; i <= Scheduler.MAX_EVENTS_PER_INSTANT; i++) {
            scheduler.schedule(Duration.ZERO, "tick " + i, count::incrementAndGet);
        }

        RunawaySimulationException error = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> assertThrows(RunawaySimulationException.class, () -> scheduler.runFor(Duration.ofSeconds(1))));

        assertEquals(Scheduler.MAX_EVENTS_PER_INSTANT, count.get());
        assertTrue(error.getMessage().endsWith("the last one was 'tick 100000'"), error.getMessage());
    }

    @Test
    void manyEventsThatMoveTimeOnAreNotARunaway() {
        AtomicInteger count = new AtomicInteger();
        int events = Scheduler.MAX_EVENTS_PER_INSTANT + 50_000;
        Runnable[] step = new Runnable[1];
        step[0] = () -> {
            if (count.incrementAndGet() < events) {
                scheduler.schedule(Duration.ofMillis(1), "step", step[0]);
            }
        };
        scheduler.schedule(Duration.ZERO, "step", step[0]);

        RunResult result = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> scheduler.runFor(Duration.ofHours(1)));

        assertEquals(events, count.get());
        assertEquals(new RunResult.Drained(START.plusSeconds(3600)), result);
    }

    @Test
    void theClockReadsVirtualTimeAsItMoves() {
        Clock clock = scheduler.clock();
        List<Instant> seen = new ArrayList<>();
        scheduler.schedule(Duration.ofMillis(2500), "look", () -> seen.add(clock.instant()));
        scheduler.schedule(Duration.ofMinutes(10), "later", record("later"));

        assertEquals(START, clock.instant());
        scheduler.runFor(Duration.ofSeconds(30));

        assertEquals(List.of(START.plusMillis(2500)), seen);
        assertEquals(at(30), clock.instant());
        assertEquals(at(30).toEpochMilli(), clock.millis());
    }

    @Test
    void theClockIsInUtcAndCannotBeMovedToAnotherZone() {
        Clock clock = scheduler.clock();

        assertEquals(ZoneOffset.UTC, clock.getZone());
        assertEquals(LocalDateTime.of(2024, 1, 1, 9, 0), LocalDateTime.now(clock));
        assertThrows(UnsupportedOperationException.class, () -> clock.withZone(ZoneId.of("Europe/Paris")));
    }

    @Test
    void aSchedulerNeedsAStartInstant() {
        NullPointerException error = assertThrows(NullPointerException.class, () -> new Scheduler(null));

        assertEquals("start", error.getMessage());
    }

    @Test
    void aScheduledEventTellsWhenItIsDueWhatItDoesAndWhetherItIsDone() {
        ScheduledEvent event = scheduler.schedule(Duration.ofSeconds(4), "ring", record("ring"));

        assertEquals(at(4), event.at());
        assertEquals("ring", event.description());
        assertEquals("ring @ 2024-01-01T09:00:04Z", event.toString());
        assertFalse(event.isDone());

        scheduler.runFor(Duration.ofSeconds(5));

        assertTrue(event.isDone());
    }

    @Test
    void scheduledEventsCompareByInstantThenBySequence() {
        ScheduledEvent earlyButLaterSequence = new ScheduledEvent(at(1), 7, "x", () -> { });
        ScheduledEvent lateButFirstSequence = new ScheduledEvent(at(2), 0, "y", () -> { });
        ScheduledEvent sameInstantEarlierSequence = new ScheduledEvent(at(1), 3, "z", () -> { });

        assertTrue(earlyButLaterSequence.compareTo(lateButFirstSequence) < 0);
        assertTrue(lateButFirstSequence.compareTo(earlyButLaterSequence) > 0);
        assertTrue(sameInstantEarlierSequence.compareTo(earlyButLaterSequence) < 0);
        assertEquals(0, sameInstantEarlierSequence.compareTo(sameInstantEarlierSequence));
    }

    @Test
    void onlyAConditionMetResultSaysTheConditionWasMet() {
        assertTrue(new RunResult.ConditionMet(START).conditionMet());
        assertFalse(new RunResult.DeadlineReached(START).conditionMet());
        assertFalse(new RunResult.Drained(START).conditionMet());
        assertEquals(at(3), new RunResult.Drained(at(3)).at());
    }
}
