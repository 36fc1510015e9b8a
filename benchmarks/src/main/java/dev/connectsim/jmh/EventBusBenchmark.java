package dev.connectsim.jmh;

import dev.connectsim.event.EventBus;
import dev.connectsim.event.EventLog;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * A CCP's event bus firing one contact event to {@code subscribers} handlers of that event (and one all-events
 * handler), as every REFRESH of every contact does; the event log keeps nothing, as in a load run.
 */
public class EventBusBenchmark extends HotPath {

    private static final String REFRESH = "contact::refresh::0b5c9d6e-1f2a-4b3c-8d4e-5f6a7b8c9d0e";

    @Param({"1", "10", "100"})
    public int subscribers;

    private EventBus bus;
    private final Object contact = new Object();

    @Setup
    public void subscribe(Blackhole blackhole) {
        bus = new EventBus("alice", Clock.fixed(Instant.parse("2026-01-05T09:00:00Z"), ZoneOffset.UTC),
                EventLog.keepingNothing());
        bus.subscribeAll(event -> blackhole.consume(event));
        for (int i = 0; i < subscribers; i++) {
            bus.subscribe(REFRESH, event -> blackhole.consume(event.data()));
        }
        bus.subscribe("contact::refresh::another-contact", event -> blackhole.consume(event));
    }

    @Benchmark
    public void triggerOneEvent() {
        bus.trigger(REFRESH, contact);
    }
}
