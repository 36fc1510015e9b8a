package dev.connectsim.sim;

import dev.connectsim.cti.CtiError;
import dev.connectsim.cti.CtiOperation;
import dev.connectsim.cti.CtiResult;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Failures a test has planned for agent actions: the next calls of one operation by one agent fail
 * with a given error, in the order they were planned, and change nothing. The real service fails
 * such calls for its own reasons (amazon-connect-streams issues 307 and 735 on hold); here a test
 * says when.
 */
final class CtiFaults {

    private final Map<Key, Deque<CtiError>> planned = new HashMap<>();

    /** The next {@code times} calls of {@code operation} by {@code agent} fail with {@code error}. */
    void failNext(String agent, CtiOperation operation, CtiError error, int times) {
        Objects.requireNonNull(error, "error");
        if (times < 1) {
            throw new IllegalArgumentException("times must be at least 1, was " + times);
        }
        Deque<CtiError> queue = planned.computeIfAbsent(new Key(agent, operation), k -> new ArrayDeque<>());
        for (int i = 0; i < times; i++) {
            queue.addLast(error);
        }
    }

    /** The failure planned for this call of {@code operation} by {@code agent}, used up; empty lets the call run. */
    Optional<CtiResult> take(String agent, CtiOperation operation) {
        Deque<CtiError> queue = planned.get(new Key(agent, operation));
        if (queue == null || queue.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CtiResult.Failed(queue.removeFirst()));
    }

    private record Key(String agent, CtiOperation operation) {
        Key {
            Objects.requireNonNull(agent, "agent");
            Objects.requireNonNull(operation, "operation");
        }
    }
}
