package dev.connectsim.flow.run;

import java.util.Objects;

/**
 * Something a call met that the simulator does not model: a block it cannot run (its type parsed as
 * {@link dev.connectsim.flow.action.Unsupported}), a parameter whose effect it leaves out, or a {@code $.} reference
 * it does not know. A scenario whose call meets one fails naming it, and a run lists every one it met, so that a
 * green scenario never rests on a part of the flow the simulator skipped.
 *
 * @param source     the flow's file
 * @param flowName   the flow's name
 * @param identifier the block's Identifier
 * @param type       the block's Type as written
 * @param pointer    the block's JSON pointer in the file, such as {@code /Actions/4}
 * @param what       what is not modelled, such as {@code the parameter DTMFConfiguration}
 */
public record Unmodelled(String source, String flowName, String identifier, String type, String pointer,
        String what) {

    public Unmodelled {
        Objects.requireNonNull(identifier, "identifier");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(what, "what");
    }

    /** One line: {@code flows/x.json: action 3f2a (Type Foo) at /Actions/4: unknown action type 'Foo'}. */
    public String describe() {
        return source + ": action " + identifier + " (Type " + type + ") at " + pointer + ": " + what;
    }
}
