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

    /**
     * Nobody at the keyboard, for load runs and benchmarks: the agent has no CCP and acts through the service. They
     * accept an offer after {@code acceptAfter}; with a {@code transfer}, once connected for its {@code after} they add
     * its quick connect and leave the call, as an agent clicking the quick connect and then "end call" does; and
     * they clear a contact {@code afterContactWork} after it ended for them (a missed one at once), so they take the
     * next. Without a transfer they stay on the call until the customer or a flow ends it.
     */
    record Automatic(Duration acceptAfter, Duration afterContactWork, Transfer transfer) implements AgentBehavior {
        public Automatic {
            Objects.requireNonNull(acceptAfter, "acceptAfter");
            Objects.requireNonNull(afterContactWork, "afterContactWork");
        }

        /** Accepts after {@code acceptAfter}, never transfers, and clears after {@code afterContactWork}. */
        public static Automatic answering(Duration acceptAfter, Duration afterContactWork) {
            return new Automatic(acceptAfter, afterContactWork, null);
        }

        /** The same agent, who also transfers every call to {@code quickConnect} once connected for {@code after}. */
        public Automatic transferring(String quickConnect, Duration after) {
            return new Automatic(acceptAfter, afterContactWork, new Transfer(quickConnect, after));
        }

        /** The quick connect an automatic agent transfers every call to, and how long they talk first. */
        public record Transfer(String quickConnect, Duration after) {
            public Transfer {
                Objects.requireNonNull(quickConnect, "quickConnect");
                Objects.requireNonNull(after, "after");
            }
        }
    }

    static AgentBehavior manual() {
        return new Manual();
    }

    static AgentBehavior acceptsAfter(Duration delay) {
        return new AcceptsAfter(delay);
    }
}
