package dev.connectsim.project;

import dev.connectsim.setup.InstanceFile;
import dev.connectsim.setup.SimulatedInstance;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A project's instance file, loaded once per JVM and shared by every scenario and report. */
public final class ProjectInstance {

    private static final Map<Path, SimulatedInstance> LOADED = new ConcurrentHashMap<>();

    private ProjectInstance() {
    }

    /** The instance of {@code project}. */
    public static SimulatedInstance of(Project project) {
        return LOADED.computeIfAbsent(project.instanceFile(), InstanceFile::load);
    }

    /** The instance of the project in {@code root}, from its {@code flows/instance.yaml}. */
    public static SimulatedInstance of(Path root) {
        return of(Project.at(root));
    }
}
