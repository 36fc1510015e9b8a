package dev.connectsim.harness.salesforce;

import dev.connectsim.concurrent.Background;
import dev.connectsim.project.CacheFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Optional;

/**
 * The call center's RS256 key pair for simulated runs: the private half signs the telephony function's tokens; the
 * public half is the certificate the simulated Salesforce verifies them with. It never lives in the repository or in
 * a project.
 *
 * <p>Design note: a new 2048-bit pair costs 0.3 to 2.5 s of CPU when the JIT runs its first tier only, as
 * {@code run} does, and every scenario thread waited for it in the first scenario it ran. So the pair is made once for
 * the user and kept in {@link CacheFolder}'s {@code keys} ({@value #FILE}, the private half in PKCS #8, readable
 * and writable by its owner only; the public half is worked out from it); the system property {@value #PROPERTY}
 * names another folder, and {@code off} keeps a new pair in memory only, for this JVM. A file that does not hold a
 * 2048-bit RSA key is replaced by a new pair. Which pair it is changes nothing a scenario can see: every token is
 * signed and verified with the same one.
 */
public final class CallCenterKeys {

    /** The system property naming the folder the pair is kept in, or {@code off}. */
    static final String PROPERTY = "connectsim.keyCache";
    static final String FILE = "call-center.pk8";
    private static final int BITS = 2048;

    private CallCenterKeys() {
    }

    public static RSAPrivateKey privateKey() {
        return (RSAPrivateKey) Holder.PAIR.getPrivate();
    }

    public static RSAPublicKey publicKey() {
        return (RSAPublicKey) Holder.PAIR.getPublic();
    }

    /** Reads or makes the pair on a thread of its own, so that the first scenarios find it ready. */
    public static void prepareInBackground() {
        Background.run("call center key", CallCenterKeys::publicKey);
    }

    /** The pair kept in {@code folder}; a new one, then kept there, when it holds none (or none that reads). */
    static KeyPair keptIn(Optional<Path> folder) {
        Optional<Path> file = folder.map(path -> path.resolve(FILE));
        Optional<KeyPair> kept = file.flatMap(CallCenterKeys::read);
        if (kept.isPresent()) {
            return kept.get();
        }
        KeyPair pair = generate();
        file.ifPresent(path -> keep(path, pair));
        return pair;
    }

    private static Optional<KeyPair> read(Path file) {
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            if (!(rsa.generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(file))) instanceof RSAPrivateCrtKey key)
                    || key.getModulus().bitLength() != BITS) {
                return Optional.empty();
            }
            return Optional.of(new KeyPair(rsa.generatePublic(new RSAPublicKeySpec(key.getModulus(),
                    key.getPublicExponent())), key));
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Written aside with its owner's permissions only, then moved into place in one step; left out when it cannot be. */
    private static void keep(Path file, KeyPair pair) {
        Path partial = null;
        try {
            Files.createDirectories(file.getParent());
            partial = Files.createTempFile(file.getParent(), "call-center", ".partial",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.write(partial, pair.getPrivate().getEncoded());
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            // not kept (a folder that cannot be written, a file system without owner permissions): the next run makes
            // a new pair again
            deleteQuietly(partial);
        }
    }

    private static void deleteQuietly(Path partial) {
        if (partial == null) {
            return;
        }
        try {
            Files.deleteIfExists(partial);
        } catch (IOException e) {
            // a partial file left in the cache folder is never read: only FILE is
        }
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(BITS);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no RSA key generator", e);
        }
    }

    private static final class Holder {
        static final KeyPair PAIR = keptIn(CacheFolder.of("keys", PROPERTY));
    }
}
