package dev.connectsim.handler.worker;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.EnumMap;
import java.util.Map;

/**
 * The worker scripts shipped in connect-sim's jar, written once per JVM to a temporary folder that is removed when the
 * JVM exits, so that {@code node} or {@code python3} can run them.
 */
final class WorkerScripts {

    private static final Map<WorkerLanguage, Path> WRITTEN = new EnumMap<>(WorkerLanguage.class);

    private WorkerScripts() {
    }

    /** The script of {@code language} on disk. */
    static synchronized Path of(WorkerLanguage language) {
        Path written = WRITTEN.get(language);
        if (written == null) {
            written = write(language);
            WRITTEN.put(language, written);
        }
        return written;
    }

    private static Path write(WorkerLanguage language) {
        try (InputStream in = WorkerScripts.class.getResourceAsStream(language.script())) {
            if (in == null) {
                throw new IllegalStateException("connect-sim's jar lacks its " + language.script() + " resource");
            }
            Path folder = Files.createTempDirectory("connect-sim-worker");
            // the JVM deletes in the reverse order of these calls: the script, then its folder, emptied
            folder.toFile().deleteOnExit();
            Path script = folder.resolve(language.script());
            script.toFile().deleteOnExit();
            Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
            return script;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the " + language.displayName() + " worker script", e);
        }
    }
}
