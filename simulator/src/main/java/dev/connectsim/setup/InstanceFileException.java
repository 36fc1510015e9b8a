package dev.connectsim.setup;

import java.util.Objects;

/**
 * An instance file that cannot be loaded. The message is one line that names the file, the line and column when
 * known, the place in the YAML as a dotted path, and the problem with what was expected, what was found and the
 * nearest candidate:
 * <ul>
 *   <li>{@code flows/instance.yaml:12:5: queues.BasicQueue.maxContact: unknown key 'maxContact' (did you mean
 *       'maxContacts'?); expected one of: hours, maxContacts, outboundCallerId, id, arn}</li>
 *   <li>{@code flows/instance.yaml:30:12: flows.Inbound.file: cannot load the flow: flows/inbound.json:3:1:
 *       malformed JSON: ...}</li>
 *   <li>{@code flows/instance.yaml:4:3: malformed YAML: expected ',' or ']', but got : (while parsing a flow
 *       sequence at 3:8)}</li>
 * </ul>
 */
public final class InstanceFileException extends RuntimeException {

    private final String source;
    private final int line;
    private final int column;
    private final String path;
    private final String problem;

    InstanceFileException(String source, int line, int column, String path, String problem, Throwable cause) {
        super(message(source, line, column, path, problem), cause);
        this.source = Objects.requireNonNull(source, "source");
        this.line = line;
        this.column = column;
        this.path = path == null ? "" : path;
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    InstanceFileException(String source, String problem) {
        this(source, 0, 0, "", problem, null);
    }

    private static String message(String source, int line, int column, String path, String problem) {
        StringBuilder message = new StringBuilder(source);
        if (line > 0) {
            message.append(':').append(line).append(':').append(column);
        }
        message.append(": ");
        if (path != null && !path.isEmpty()) {
            message.append(path).append(": ");
        }
        return message.append(problem.strip().replaceAll("\\s*\\R\\s*", " ")).toString();
    }

    /** The file, as given (an override file when the mistake is in one). */
    public String source() {
        return source;
    }

    /** The line of the mistake, from 1; 0 when not known. */
    public int line() {
        return line;
    }

    /** The column of the mistake, from 1; 0 when not known. */
    public int column() {
        return column;
    }

    /** The place in the YAML as a dotted path ({@code queues.BasicQueue.hours}); empty for the whole file. */
    public String path() {
        return path;
    }

    /** What is wrong, without the file and place. */
    public String problem() {
        return problem;
    }
}
