package dev.connectsim.scv;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Provider;
import java.security.Security;
import java.util.List;
import java.util.Optional;

/**
 * The machine's NSS (Mozilla's crypto library, which Chromium and Firefox ship with) as a JCA provider, through the
 * JDK's own SunPKCS11 bridge, when the machine has it: it signs RS256 natively. The telephony function signs a new
 * token for every request, as the real one does, and with the JIT's first tier only (how {@code run} runs) the JDK's
 * own signer spends about 11 ms of CPU on each, NSS about 2.5 (docs/performance.md, "Fixed cost").
 *
 * <p>Looked for once per JVM (NSS starts once per process: a second start fails), in the folders where Linux distributions and Homebrew put {@code libsoftokn3.so};
 * without it, or when it does not start, or with {@code -D}{@value #PROPERTY}{@code =off}, there is none and the JDK
 * signs. Nothing it does is seen: an RS256 signature (PKCS #1 v1.5) is the same bytes whoever computes it.
 */
final class NssProvider {

    /** The system property that turns NSS off ({@code off}). */
    static final String PROPERTY = "connectsim.nss";
    static final List<Path> FOLDERS = List.of(Path.of("/usr/lib/x86_64-linux-gnu"), Path.of("/usr/lib/aarch64-linux-gnu"),
            Path.of("/usr/lib64"), Path.of("/usr/lib"), Path.of("/opt/homebrew/lib"), Path.of("/usr/local/lib"));
    private static final String LIBRARY = "libsoftokn3";

    private NssProvider() {
    }

    /** This JVM's NSS provider, if the machine has NSS and it is not turned off. */
    static Optional<Provider> ofThisJvm() {
        return Holder.PROVIDER;
    }

    /** An NSS provider from the first of {@code folders} that holds NSS's software token; empty when none works. */
    static Optional<Provider> from(List<Path> folders) {
        for (Path folder : folders) {
            if (Files.isRegularFile(folder.resolve(LIBRARY + ".so")) || Files.isRegularFile(folder.resolve(LIBRARY
                    + ".dylib"))) {
                return started(folder);
            }
        }
        return Optional.empty();
    }

    private static Optional<Provider> started(Path folder) {
        try {
            Provider bridge = Security.getProvider("SunPKCS11");
            if (bridge == null) {
                return Optional.empty();
            }
            // noDb: no key database on disk, only keys made in the session; compatibility: keys read as the JDK's
            return Optional.of(bridge.configure("--name=NSS\nnssLibraryDirectory=" + folder
                    + "\nnssDbMode=noDb\nattributes=compatibility\n"));
        } catch (RuntimeException | LinkageError e) {
            return Optional.empty();
        }
    }

    private static final class Holder {
        static final Optional<Provider> PROVIDER = "off".equals(System.getProperty(PROPERTY)) ? Optional.empty()
                : from(FOLDERS);
    }
}
