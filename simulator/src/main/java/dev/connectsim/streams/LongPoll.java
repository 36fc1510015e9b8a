package dev.connectsim.streams;

import dev.connectsim.time.ScheduledEvent;
import dev.connectsim.time.Scheduler;
import java.time.Duration;

/**
 * When a page gets an agent snapshot, as the CCP's shared worker long-polls GetAgentSnapshot (worker.js pollForAgent):
 * a poll is answered as soon as the snapshot differs from the last one delivered, or after 30 s with the same one; the
 * next poll opens 100 ms after an answer, so changes inside those 100 ms arrive together. The worker also re-sends the
 * last snapshot whenever its 30-second configuration poll comes back (updateAgentConfiguration), which fires REFRESH
 * once more.
 *
 * <p>Design note: the owner says what "differs" means and what an answer does ({@link Owner}); this class only keeps
 * the poll's state: open or not, and its scheduled events.
 */
final class LongPoll {

    /** The long poll's timeout (worker.js GET_AGENT_TIMEOUT_MS). */
    static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** The pause before the next poll after an answer (GET_AGENT_SUCCESS_TIMEOUT_MS). */
    static final Duration REPOLL = Duration.ofMillis(100);
    /** How often the worker polls the agent configuration, re-sending the snapshot (GET_AGENT_CONFIGURATION_INTERVAL_MS). */
    static final Duration CONFIGURATION = Duration.ofSeconds(30);

    /** What the poll asks of the page it serves. */
    interface Owner {
        /** Whether the service's snapshot differs from the last one delivered. */
        boolean changed();

        /** Delivers the service's current snapshot. */
        void answer();

        /** Delivers the last snapshot again. */
        void resend();
    }

    private final Scheduler scheduler;
    private final Owner owner;
    private final String name;
    private boolean open;
    private boolean stopped;
    private ScheduledEvent timeout;
    private ScheduledEvent reopen;
    private ScheduledEvent configuration;

    LongPoll(Scheduler scheduler, String name, Owner owner) {
        this.scheduler = scheduler;
        this.name = name;
        this.owner = owner;
    }

    /** The first poll answers at once; the configuration poll starts. */
    void start() {
        respond();
        configuration = scheduler.schedule(CONFIGURATION, "snapshot for " + name + " (configuration poll)",
                this::configurationPoll);
    }

    /** After any event of the simulation: an open poll answers when the snapshot changed. */
    void check() {
        if (open && !stopped && owner.changed()) {
            respond();
        }
    }

    void stop() {
        stopped = true;
        open = false;
        scheduler.cancel(timeout);
        scheduler.cancel(reopen);
        scheduler.cancel(configuration);
    }

    private void respond() {
        open = false;
        scheduler.cancel(timeout);
        owner.answer();
        reopen = scheduler.schedule(REPOLL, "snapshot for " + name + " (long poll opens)", this::open);
    }

    private void open() {
        if (stopped) {
            return;
        }
        open = true;
        if (owner.changed()) {
            respond();
            return;
        }
        timeout = scheduler.schedule(TIMEOUT, "snapshot for " + name + " (long poll times out)", this::respond);
    }

    private void configurationPoll() {
        if (stopped) {
            return;
        }
        owner.resend();
        configuration = scheduler.schedule(CONFIGURATION, "snapshot for " + name + " (configuration poll)",
                this::configurationPoll);
    }
}
