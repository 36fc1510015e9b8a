package dev.connectsim.streams;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Files this package ships in the jar, copied out to temporary files for Node.js to read. */
final class Resources {

    static final String BASE = "/dev/connectsim/streams/";

    private Resources() {
    }

    /** Whether the jar holds {@code name}. */
    static boolean has(String name) {
        return Resources.class.getResource(BASE + name) != null;
    }

    /** Copies {@code name} to a temporary file deleted when the JVM exits. */
    static Path copy(String name, String prefix, String suffix) {
        try (InputStream source = Resources.class.getResourceAsStream(BASE + name)) {
            if (source == null) {
                throw new IllegalStateException(name + " is missing from the connect-sim jar");
            }
            Path file = Files.createTempFile(prefix, suffix);
            file.toFile().deleteOnExit();
            Files.copy(source, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("could not copy " + name + " out of the connect-sim jar", e);
        }
    }
}
