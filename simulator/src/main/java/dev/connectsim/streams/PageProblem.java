package dev.connectsim.streams;

import java.time.Instant;

/**
 * Something that went wrong in the page: an exception a script, a timer or a callback threw, an error Streams' event
 * bus caught from a handler (it only logs them), a promise rejected with nobody listening, or an API request the
 * simulator does not model. {@code stack} is the JavaScript stack, or empty.
 */
public record PageProblem(Instant at, String kind, String text, String stack) {

    /** The problem with its stack, as a scenario's failure shows it. */
    public String describe() {
        return stack.isBlank() ? text : text + "\n" + stack.indent(2).stripTrailing();
    }
}
