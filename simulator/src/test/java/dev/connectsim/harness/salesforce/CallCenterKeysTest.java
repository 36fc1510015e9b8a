package dev.connectsim.harness.salesforce;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The call center's key pair, made once and kept for the user: read back whole, replaced when broken, private. */
class CallCenterKeysTest {

    @TempDir
    Path folder;

    @Test
    void aPairMadeOnceIsReadBackByTheNextRunAndStillSignsAndVerifies() {
        KeyPair made = CallCenterKeys.keptIn(Optional.of(folder));
        KeyPair read = CallCenterKeys.keptIn(Optional.of(folder));

        assertArrayEquals(made.getPrivate().getEncoded(), read.getPrivate().getEncoded());
        assertArrayEquals(made.getPublic().getEncoded(), read.getPublic().getEncoded(),
                "the public half is worked out from the private one");
        String token = JWT.create().withIssuer("org").sign(Algorithm.RSA256(null, (RSAPrivateKey) made.getPrivate()));
        assertEquals("org", JWT.require(Algorithm.RSA256((RSAPublicKey) read.getPublic(), null)).build()
                .verify(token).getIssuer());
    }

    @Test
    void aFileThatHoldsNoKeyIsReplacedByANewPair() throws IOException {
        Path file = folder.resolve(CallCenterKeys.FILE);
        Files.writeString(file, "not a key", StandardCharsets.UTF_8);

        KeyPair made = CallCenterKeys.keptIn(Optional.of(folder));

        assertEquals(2048, ((RSAPublicKey) made.getPublic()).getModulus().bitLength());
        assertArrayEquals(made.getPrivate().getEncoded(), Files.readAllBytes(file));
        try (Stream<Path> left = Files.list(folder)) {
            assertEquals(java.util.List.of(file), left.toList(), "no partial file is left beside it");
        }
    }

    @Test
    void theKeptPrivateKeyIsReadableByItsOwnerOnly() throws IOException {
        CallCenterKeys.keptIn(Optional.of(folder));

        assertEquals("rw-------", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(folder.resolve(CallCenterKeys.FILE))));
    }

    @Test
    void withTheCacheOffEachPairIsNewAndNothingIsWritten() throws IOException {
        KeyPair first = CallCenterKeys.keptIn(Optional.empty());
        KeyPair second = CallCenterKeys.keptIn(Optional.empty());

        assertNotEquals(((RSAPublicKey) first.getPublic()).getModulus(), ((RSAPublicKey) second.getPublic()).getModulus());
        try (Stream<Path> files = Files.list(folder)) {
            assertFalse(files.findAny().isPresent());
        }
    }

    @Test
    void aFolderThatCannotBeWrittenStillGivesAPair() throws IOException {
        Path notAFolder = folder.resolve("a-file");
        Files.writeString(notAFolder, "x", StandardCharsets.UTF_8);

        KeyPair made = CallCenterKeys.keptIn(Optional.of(notAFolder));

        assertTrue(made.getPrivate() instanceof RSAPrivateKey);
        assertEquals("x", Files.readString(notAFolder), "the file in the way is left alone");
    }
}
