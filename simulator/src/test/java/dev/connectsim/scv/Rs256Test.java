package dev.connectsim.scv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import dev.connectsim.harness.salesforce.CallCenterKeys;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The telephony function's RS256 signer: NSS, when the machine has it, signs the very bytes the JDK signs, and a
 * machine without NSS signs with the JDK. (CI installs Chromium, which brings NSS, so the first test runs there.)
 */
class Rs256Test {

    private static final byte[] CONTENT = "eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiIwMEQifQ".getBytes(StandardCharsets.US_ASCII);

    @Test
    void nssSignsTheSameBytesAsTheJdk() {
        assumeTrue(NssProvider.ofThisJvm().isPresent(), "this machine has no NSS (libsoftokn3) in "
                + NssProvider.FOLDERS);
        Rs256 byNss = Rs256.signingWith(CallCenterKeys.privateKey());

        assertTrue(byNss.signsNatively(), "NSS takes the call center's key");
        assertArrayEquals(Algorithm.RSA256(null, CallCenterKeys.privateKey()).sign(CONTENT), byNss.sign(CONTENT));
        assertArrayEquals(byNss.sign(CONTENT), byNss.sign(CONTENT), "PKCS #1 v1.5 signatures are the same every time");
    }

    @Test
    void withoutNssTheJdkSignsAndTheTokenVerifiesWithThePublicHalf() {
        Rs256 byJdk = Rs256.signingByTheJdk(CallCenterKeys.privateKey());

        assertFalse(byJdk.signsNatively());
        String token = JWT.create().withIssuer("00D000000000001").sign(byJdk);
        assertEquals("00D000000000001", JWT.require(Algorithm.RSA256(CallCenterKeys.publicKey(), null)).build()
                .verify(token).getIssuer());
        JWT.require(byJdk).build().verify(token);
    }

    @Test
    void aMachineWithoutNssHasNoProvider(@TempDir Path empty) {
        assertEquals(Optional.empty(), NssProvider.from(List.of(empty, empty.resolve("missing"))));
    }
}
