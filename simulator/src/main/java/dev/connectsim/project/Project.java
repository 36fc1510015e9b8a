package dev.connectsim.project;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A team's connect-sim project: a folder holding {@code flows/instance.yaml} (the simulated instance, which names the
 * flows), {@code features/}, optionally {@code stubs/} (the simulated Salesforce, needed only when a flow calls it)
 * and {@code reports/} for output.
 *
 * <p>It is found as git finds a repository ({@link #find()}): the folder the system property {@value #PROPERTY}
 * names ({@code --project DIR} sets it), else the working directory or the nearest folder above it that holds
 * {@code flows/instance.yaml}. The system property {@value #INSTANCE_FILE_PROPERTY} ({@code --instance-file})
 * replaces the instance file; the flows it names are relative to it.
 *
 * @param root the project folder
 * @param instanceFile the instance file, {@code flows/instance.yaml} of the root unless another was given
 * @param foundFrom how the project was found, for {@code --verbose} and {@code --help}
 */
public record Project(Path root, Path instanceFile, String foundFrom) {

    /** The system property that names the project folder. */
    public static final String PROPERTY = "connectsim.project";
    /** The system property that names another instance file. */
    public static final String INSTANCE_FILE_PROPERTY = "connectsim.instanceFile";
    /** The instance file of a project, relative to its root: its presence marks a project. */
    public static final Path INSTANCE_FILE = Path.of("flows", "instance.yaml");

    public Project {
        root = root.toAbsolutePath().normalize();
        instanceFile = instanceFile.toAbsolutePath().normalize();
    }

    /** The project in {@code root}, with its own instance file. */
    public static Project at(Path root) {
        return new Project(root, root.resolve(INSTANCE_FILE), "given");
    }

    /** The project the system properties name, else the one found from the working directory. */
    public static Project find() {
        return find(Path.of("").toAbsolutePath(), System.getProperty(PROPERTY),
                System.getProperty(INSTANCE_FILE_PROPERTY));
    }

    /**
     * The project {@code named} (a folder; may be null or blank), else the nearest one at or above {@code from};
     * with the instance file {@code instanceFile} when it is not null or blank.
     *
     * @throws ProjectNotFound when no project is named or found, or the named folder is not one
     */
    public static Project find(Path from, String named, String instanceFile) {
        Project project = named != null && !named.isBlank() ? named(Path.of(named)) : nearest(from);
        if (instanceFile == null || instanceFile.isBlank()) {
            return project;
        }
        Path file = Path.of(instanceFile).toAbsolutePath();
        if (!Files.isRegularFile(file)) {
            throw new ProjectNotFound("no instance file " + instanceFile + " (expected a file such as"
                    + " flows/instance.yaml)");
        }
        return new Project(project.root, file, project.foundFrom);
    }

    private static Project named(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new ProjectNotFound("--project " + folder + ": no such folder");
        }
        if (!Files.isRegularFile(folder.resolve(INSTANCE_FILE))) {
            throw new ProjectNotFound("--project " + folder + " is not a connect-sim project: it has no "
                    + INSTANCE_FILE + (nearestAbove(folder.toAbsolutePath()).map(p -> " (the nearest above it is "
                    + p + ")").orElse(" (connect-sim init " + folder + " makes one)")));
        }
        return new Project(folder, folder.resolve(INSTANCE_FILE), "--project");
    }

    private static Project nearest(Path from) {
        Path root = nearestAbove(from).orElseThrow(() -> new ProjectNotFound("no connect-sim project in " + from
                + " or any folder above it (a project is a folder with " + INSTANCE_FILE + "): cd into one, give"
                + " --project DIR, or make one with connect-sim init"));
        return new Project(root, root.resolve(INSTANCE_FILE), "found from " + from.toAbsolutePath().normalize());
    }

    /** The nearest folder at or above {@code from} that holds {@code flows/instance.yaml}. */
    static Optional<Path> nearestAbove(Path from) {
        for (Path dir = from.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(INSTANCE_FILE))) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }

    /** The feature files' folder, {@code features/}. */
    public Path features() {
        return root.resolve("features");
    }

    /** The simulated Salesforce's WireMock root, {@code stubs/}, when the project has one. */
    public Optional<Path> stubs() {
        Path stubs = root.resolve("stubs");
        return Files.isDirectory(stubs) ? Optional.of(stubs) : Optional.empty();
    }

    /** Where output goes by default, {@code reports/}. */
    public Path reports() {
        return root.resolve("reports");
    }

    /** One line saying which project this is, and how it was found. */
    public String describe() {
        String instance = instanceFile.equals(root.resolve(INSTANCE_FILE)) ? "" : ", instance file " + instanceFile;
        return "project " + root + " (" + foundFrom + instance + ")";
    }
}
