package dev.connectsim.handler.worker;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Finds a program on a PATH, as a shell would: the first folder of the PATH that holds it as an executable file. */
record Executables(String path) {

    /** The PATH of this JVM's environment. */
    static Executables fromEnvironment() {
        return new Executables(Optional.ofNullable(System.getenv("PATH")).orElse(""));
    }

    /** The first of {@code programs} found on the PATH. */
    Optional<Path> find(List<String> programs) {
        for (String program : programs) {
            for (String folder : path.split(File.pathSeparator)) {
                if (folder.isEmpty()) {
                    continue;
                }
                Path candidate = Path.of(folder, program);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }
}
