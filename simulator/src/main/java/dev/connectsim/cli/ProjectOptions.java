package dev.connectsim.cli;

import dev.connectsim.project.Project;
import dev.connectsim.project.ProjectNotFound;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;

/**
 * The options of every command that works on a project: which project ({@code --project}), which instance file
 * ({@code --instance-file}), and {@code --verbose}, which says on stderr which project the command found. The
 * project found is handed to the features through system properties ({@link Project#PROPERTY}), as Cucumber's glue
 * cannot be given arguments.
 */
final class ProjectOptions {

    static final String PROJECT = "--project";
    /** The key of the help section, after the footer, that says which project the command would use. */
    private static final String HELP_SECTION = "project";

    @Option(names = PROJECT, paramLabel = "DIR",
            description = "The project folder (default: the current folder or the nearest folder above it that holds"
                    + " flows/instance.yaml).")
    Path project;

    @Option(names = "--instance-file", paramLabel = "FILE",
            description = "Another instance file instead of the project's flows/instance.yaml; the flows it names"
                    + " are relative to it.")
    Path instanceFile;

    @Option(names = {"-v", "--verbose"}, description = "Say which project and instance file the command uses.")
    boolean verbose;

    private Project found;

    /**
     * The project these options name (or the system properties {@link Project#PROPERTY} and
     * {@link Project#INSTANCE_FILE_PROPERTY}, when the options do not), else the one found from the working
     * directory; with {@code --verbose}, one line on {@code err} saying which, the first time.
     */
    Project find(PrintStream err) {
        if (found == null) {
            found = Project.find(Path.of("").toAbsolutePath(), project != null ? project.toString()
                    : System.getProperty(Project.PROPERTY), instanceFile != null ? instanceFile.toString()
                    : System.getProperty(Project.INSTANCE_FILE_PROPERTY));
            if (verbose) {
                err.println("connect-sim: " + found.describe());
            }
        }
        return found;
    }

    /**
     * Names {@code project} to the code the command runs in this JVM (Cucumber glue, report plugins) until the
     * returned handle is closed, which puts the system properties back as they were.
     */
    static Handover handOn(Project project) {
        Handover handover = new Handover(System.getProperty(Project.PROPERTY),
                System.getProperty(Project.INSTANCE_FILE_PROPERTY));
        System.setProperty(Project.PROPERTY, project.root().toString());
        System.setProperty(Project.INSTANCE_FILE_PROPERTY, project.instanceFile().toString());
        return handover;
    }

    /** The project properties as they were before {@link #handOn}; closing it restores them. */
    record Handover(String root, String instanceFile) implements AutoCloseable {
        @Override
        public void close() {
            restore(Project.PROPERTY, root);
            restore(Project.INSTANCE_FILE_PROPERTY, instanceFile);
        }

        private static void restore(String key, String value) {
            if (value == null) {
                System.clearProperty(key);
            } else {
                System.setProperty(key, value);
            }
        }
    }

    /**
     * The line {@code --help} ends with: the project a command would use with the options parsed so far, or why
     * there is none.
     */
    static String helpLine(CommandSpec spec) {
        OptionSpec option = spec.findOption(PROJECT);
        Path named = option == null ? null : option.getValue();
        try {
            return "Uses " + Project.find(Path.of("").toAbsolutePath(), named == null ? null : named.toString(),
                    null).describe();
        } catch (ProjectNotFound e) {
            return "Uses no project: " + e.getMessage();
        }
    }

    /** Ends the help of every subcommand of {@code commandLine} that takes {@code --project} with {@link #helpLine}. */
    static void showInHelp(CommandLine commandLine) {
        for (CommandLine sub : commandLine.getSubcommands().values()) {
            if (sub.getCommandSpec().findOption(PROJECT) != null) {
                List<String> keys = new ArrayList<>(sub.getHelpSectionKeys());
                keys.add(HELP_SECTION);
                sub.setHelpSectionKeys(keys);
                sub.getHelpSectionMap().put(HELP_SECTION, help -> helpLine(help.commandSpec()) + System.lineSeparator());
            }
            showInHelp(sub);
        }
    }
}
