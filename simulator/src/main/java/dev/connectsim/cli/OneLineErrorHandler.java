package dev.connectsim.cli;

import dev.connectsim.project.ProjectNotFound;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns an exception that escapes a command into one line, {@code connect-sim: <message>}, on stderr
 * and exit code 1 (2 when no project was found where the command looked: bad usage). Users get a message, never a
 * stack trace; commands should throw exceptions whose message names the file and the place.
 */
final class OneLineErrorHandler implements IExecutionExceptionHandler {

    static final int EXIT_FAILURE = 1;
    static final int EXIT_BAD_USAGE = 2;

    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
        String name = commandLine.getCommandSpec().root().name();
        commandLine.getErr().println(name + ": " + messageOf(ex));
        commandLine.getErr().flush();
        return ex instanceof ProjectNotFound ? EXIT_BAD_USAGE : EXIT_FAILURE;
    }

    private static String messageOf(Throwable ex) {
        String message = ex.getMessage();
        if (message == null || message.isBlank()) {
            return ex.getClass().getSimpleName();
        }
        return message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
