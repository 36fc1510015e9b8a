package dev.connectsim.flow.coverage;

import java.util.Objects;

/**
 * One way out of an action, as the flow defines it.
 *
 * @param from   the action's Identifier
 * @param branch {@code NextAction}, {@code Error <type>} or {@code Condition <operator> [operands]}, as a block visit
 *               names the branch it took
 * @param to     the Identifier it leads to
 */
public record Transition(String from, String branch, String to) {

    public Transition {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(branch, "branch");
        Objects.requireNonNull(to, "to");
    }

    @Override
    public String toString() {
        return from + " --" + branch + "--> " + to;
    }
}
