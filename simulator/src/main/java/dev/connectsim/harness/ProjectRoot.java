package dev.connectsim.harness;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The project folder the features run in: the one holding {@code flows/instance.yaml} and {@code stubs/}. The system
 * property {@value #PROPERTY} names it; otherwise it is the working directory or the nearest folder above it that
 * has both (Maven runs the tests in {@code simulator/}).
 */
public final class ProjectRoot {

    /** The system property that names the project folder. */
    public static final String PROPERTY = "connectsim.root";

    private ProjectRoot() {
    }

    public static Path find() {
        String named = System.getProperty(PROPERTY);
        if (named != null && !named.isBlank()) {
            return Path.of(named).toAbsolutePath().normalize();
        }
        Path start = Path.of("").toAbsolutePath();
        return search(start).orElseThrow(() -> new IllegalStateException("no connect-sim project in " + start
                + " or above it (expected a folder with flows/instance.yaml and stubs/); set -D" + PROPERTY));
    }

    static Optional<Path> search(Path from) {
        for (Path dir = from; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("flows").resolve("instance.yaml"))
                    && Files.isDirectory(dir.resolve("stubs"))) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }
}
