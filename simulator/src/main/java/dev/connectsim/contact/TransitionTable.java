package dev.connectsim.contact;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The allowed moves of one state machine, written as one table; every state change goes through
 * {@link #check}, which rejects a move the table does not hold with a message naming the subject,
 * both states and the moves that were allowed.
 */
public final class TransitionTable<S extends Enum<S>> {

    private final Class<S> type;
    private final Map<S, Set<S>> allowed;

    private TransitionTable(Class<S> type, Map<S, Set<S>> allowed) {
        this.type = type;
        this.allowed = allowed;
    }

    /** Starts a table for the states of {@code type}. */
    public static <S extends Enum<S>> Builder<S> of(Class<S> type) {
        return new Builder<>(type);
    }

    /** The states {@code from} may move to. */
    public Set<S> allowedFrom(S from) {
        return Collections.unmodifiableSet(allowed.getOrDefault(from, EnumSet.noneOf(type)));
    }

    /** Whether {@code from → to} is allowed. */
    public boolean allows(S from, S to) {
        Set<S> moves = allowed.get(from);
        return moves != null && moves.contains(to);
    }

    /**
     * Throws {@link IllegalTransitionException} unless {@code from → to} is allowed.
     *
     * @param subject what is moving, for the message, such as "contact 7f3e..." or "connection 2a9c..."
     */
    public void check(String subject, S from, S to) {
        check(() -> subject, from, to);
    }

    /** As {@link #check(String, Enum, Enum)}, with the subject written only when the move is refused. */
    public void check(Supplier<String> subject, S from, S to) {
        if (!allows(from, to)) {
            Set<S> moves = allowedFrom(from);
            String list = moves.isEmpty() ? "none, " + from + " is final"
                    : moves.stream().map(Enum::name).collect(Collectors.joining(", "));
            throw new IllegalTransitionException(
                    subject.get() + " cannot go from " + from + " to " + to + " (allowed: " + list + ")");
        }
    }

    /** Builds a {@link TransitionTable} row by row. */
    public static final class Builder<S extends Enum<S>> {
        private final Class<S> type;
        private final Map<S, Set<S>> allowed;

        private Builder(Class<S> type) {
            this.type = type;
            this.allowed = new EnumMap<>(type);
        }

        /** Allows {@code from} to move to each of {@code to}. */
        @SafeVarargs
        public final Builder<S> from(S from, S... to) {
            Set<S> targets = EnumSet.noneOf(type);
            Collections.addAll(targets, to);
            if (allowed.putIfAbsent(from, targets) != null) {
                throw new IllegalArgumentException("the row for " + from + " is given twice");
            }
            return this;
        }

        public TransitionTable<S> build() {
            return new TransitionTable<>(type, new EnumMap<>(allowed));
        }
    }
}
