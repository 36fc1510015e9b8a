package dev.connectsim.flow;

import java.util.Objects;

/**
 * A flow file that cannot be loaded. The message is one line that names the file, the place and the problem:
 * <ul>
 *   <li>{@code flows/x.json:12:5: malformed JSON: Unexpected end-of-input (expected a closing '}' ...)}</li>
 *   <li>{@code flows/x.json: /Actions/3: expected an object for an action, found a string}</li>
 *   <li>{@code flows/x.json: action 'abc' (/Actions/2/Type): missing field Type}</li>
 * </ul>
 * The place is a line and column for malformed JSON, else a JSON pointer (with the action's Identifier when it
 * is known). Inside an export wrapper, pointers and lines continue into the {@code Content} string:
 * {@code /ContactFlow/Content:1:57} or {@code /ContactFlow/Content/Actions/3}.
 */
public final class FlowParseException extends RuntimeException {

    private final String source;
    private final String place;
    private final String problem;

    FlowParseException(String source, String place, String problem, Throwable cause) {
        super(message(source, place, problem), cause);
        this.source = Objects.requireNonNull(source, "source");
        this.place = place;
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    FlowParseException(String source, String place, String problem) {
        this(source, place, problem, null);
    }

    private static String message(String source, String place, String problem) {
        String oneLine = problem.replaceAll("\\s*[\\r\\n]+\\s*", " ");
        if (place == null || place.isEmpty()) {
            return source + ": " + oneLine;
        }
        String separator = Character.isDigit(place.charAt(0)) ? ":" : ": ";
        return source + separator + place + ": " + oneLine;
    }

    /** The file, as given to the parser. */
    public String source() {
        return source;
    }

    /** Where in the file: "12:5", a JSON pointer, or "action 'abc' (/Actions/2/Type)"; empty for the whole file. */
    public String place() {
        return place == null ? "" : place;
    }

    /** What is wrong, without the file and place. */
    public String problem() {
        return problem;
    }
}
