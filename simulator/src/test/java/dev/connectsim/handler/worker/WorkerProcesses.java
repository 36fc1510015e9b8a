package dev.connectsim.handler.worker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The processes running in a folder, as Linux's /proc tells: a worker runs in its function's code folder. */
public final class WorkerProcesses {

    private WorkerProcesses() {
    }

    /** The ids of the live processes whose working directory is {@code folder}. */
    public static List<Long> runningIn(Path folder) {
        Path wanted = folder.toAbsolutePath().normalize();
        return ProcessHandle.allProcesses().filter(ProcessHandle::isAlive).filter(process -> {
            try {
                return Files.readSymbolicLink(Path.of("/proc", String.valueOf(process.pid()), "cwd")).equals(wanted);
            } catch (IOException | UnsupportedOperationException | SecurityException e) {
                return false;
            }
        }).map(ProcessHandle::pid).toList();
    }
}
