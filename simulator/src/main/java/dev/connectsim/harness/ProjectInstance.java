package dev.connectsim.harness;

import dev.connectsim.setup.InstanceFile;
import dev.connectsim.setup.SimulatedInstance;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The project's {@code flows/instance.yaml}, loaded once per JVM and shared by every scenario and report. */
public final class ProjectInstance {

    private static final Map<Path, SimulatedInstance> LOADED = new ConcurrentHashMap<>();

    private ProjectInstance() {
    }

    /** The instance of the project in {@code root}. */
    public static SimulatedInstance of(Path root) {
        return LOADED.computeIfAbsent(root.toAbsolutePath().normalize().resolve("flows").resolve("instance.yaml"),
                InstanceFile::load);
    }
}
