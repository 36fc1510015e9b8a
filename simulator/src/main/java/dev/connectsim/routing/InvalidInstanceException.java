package dev.connectsim.routing;

import java.util.List;
import java.util.Objects;

/**
 * An instance whose parts refer to names it does not define, or that clash: {@link Instance.Builder#build()}
 * reports every problem at once. The message joins them with "; ".
 */
public final class InvalidInstanceException extends IllegalArgumentException {

    private final transient List<Problem> problems;

    InvalidInstanceException(List<Problem> problems) {
        super(String.join("; ", problems.stream().map(Problem::message).toList()));
        this.problems = List.copyOf(problems);
    }

    /** The problems, in the order the instance's parts are defined: hours, queues, routing profiles, agents ... */
    public List<Problem> problems() {
        return problems;
    }

    /**
     * One problem.
     *
     * @param path   where it is, as the keys of the instance file: {@code [queues, BasicQueue, hours]},
     *               {@code [routingProfiles, Basic, 1]} (an index into a list), {@code [quickConnects, Bob, target]}
     * @param owner  the part that has it, such as "queue 'BasicQueue'"
     * @param detail what is wrong, such as "refers to an undefined hours of operation 'X'; it has: Basic Hours"
     */
    public record Problem(List<String> path, String owner, String detail) {

        public Problem {
            path = List.copyOf(path);
            Objects.requireNonNull(owner, "owner");
            Objects.requireNonNull(detail, "detail");
        }

        public String message() {
            return owner + " " + detail;
        }
    }
}
