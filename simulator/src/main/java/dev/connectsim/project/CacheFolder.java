package dev.connectsim.project;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where connect-sim keeps, for the user who runs it, what it could work out again but would rather not: flow pictures
 * already drawn, the simulated call center's key pair. Nothing in it belongs to a project, and a run that cannot use
 * it works the thing out again.
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
}
