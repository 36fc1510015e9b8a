package dev.connectsim.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where connect-sim keeps, for the user who runs it, what it could work out again but would rather not: flow pictures
 * already drawn, the simulated call center's key pair, Node.js's compiled code of the Streams bundles. Nothing in it
 * belongs to a project, and a run that cannot use it works the thing out again.
 *
 * <p>Each cache marks a file it reads as used now (its time of last change), and {@link #prune} keeps the files used
 * last.
 *
 * <p>The folder is {@code $XDG_CACHE_HOME/connect-sim/NAME}, or {@code ~/.cache/connect-sim/NAME} when that is unset;
 * a system property of the caller's names another folder, and {@code off} turns that cache off.
 */
public final class CacheFolder {

    private CacheFolder() {
    }

    /** The folder {@code name} of this process's cache, as the system property {@code property} and the environment say. */
    public static Optional<Path> of(String name, String property) {
        String named = System.getProperty(property);
        if ("off".equals(named)) {
            return Optional.empty();
        }
        if (named != null && !named.isBlank()) {
            return Optional.of(Path.of(named));
        }
        String cacheHome = System.getenv("XDG_CACHE_HOME");
        if (cacheHome != null && !cacheHome.isBlank()) {
            return Optional.of(Path.of(cacheHome, "connect-sim", name));
        }
        String home = System.getProperty("user.home");
        return home == null || home.isBlank() ? Optional.empty()
                : Optional.of(Path.of(home, ".cache", "connect-sim", name));
    }

    /**
     * Removes the files of {@code folder} ending in {@code suffix} beyond the {@code kept} used last (by their time of
     * last change), and what a writer left half written ({@code .partial}) an hour or more before {@code now} (the
     * caller's wall clock: nothing in this package reads one). A folder that cannot be read or pruned is left as it
     * is: pruned next time.
     */
    public static void prune(Path folder, String suffix, int kept, Instant now) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> all = files.toList();
            for (Path file : all) {
                if (file.getFileName().toString().endsWith(".partial")
                        && Files.getLastModifiedTime(file).toInstant().isBefore(now.minus(Duration.ofHours(1)))) {
                    Files.deleteIfExists(file);
                }
            }
            List<Path> cached = all.stream().filter(f -> f.getFileName().toString().endsWith(suffix))
                    .sorted(Comparator.comparing(CacheFolder::modified).reversed()).toList();
            for (Path old : cached.subList(Math.min(kept, cached.size()), cached.size())) {
                Files.deleteIfExists(old);
            }
        } catch (IOException | RuntimeException e) {
            // pruned next time
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
