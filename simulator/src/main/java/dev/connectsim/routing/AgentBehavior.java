package dev.connectsim.routing;

import java.time.Duration;
import java.util.Objects;

/** What a simulated agent does when a contact is offered to them. */
public sealed interface AgentBehavior {

    /** Nothing by itself: the test's agent-side code accepts or rejects through the agent API. */
    record Manual() implements AgentBehavior {}

    /** Accepts after {@code delay}. */
    record AcceptsAfter(Duration delay) implements AgentBehavior {
        public AcceptsAfter {
            Objects.requireNonNull(delay, "delay");
        }
    }

    /** Lets the offer ring out, so the contact is missed at the offer timeout. */
    record Misses() implements AgentBehavior {}

    /** Rejects after {@code delay}. */
    record RejectsAfter(Duration delay) implements AgentBehavior {
        public RejectsAfter {
            Objects.requireNonNull(delay, "delay");
        }
    }

    static AgentBehavior manual() {
        return new Manual();
    }

    static AgentBehavior acceptsAfter(Duration delay) {
        return new AcceptsAfter(delay);
    }
}
