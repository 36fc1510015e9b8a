package dev.connectsim.time;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A read-only {@link Clock} over a {@link Scheduler}'s virtual time, always in UTC. */
final class VirtualClock extends Clock {

    private final Scheduler scheduler;

    VirtualClock(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the virtual clock is always UTC");
    }

    @Override
    public Instant instant() {
        return scheduler.now();
    }
}
