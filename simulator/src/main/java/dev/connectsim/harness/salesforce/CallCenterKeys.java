package dev.connectsim.harness.salesforce;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;

/**
 * The call center's RS256 key pair for simulated runs: generated once per JVM, held in memory only, so no key is
 * ever stored in the repository. The private half signs the telephony function's tokens; the public half is the
 * certificate the simulated Salesforce verifies them with.
 */
public final class CallCenterKeys {

    private CallCenterKeys() {
    }

    public static RSAPrivateKey privateKey() {
        return (RSAPrivateKey) Holder.PAIR.getPrivate();
    }

    public static RSAPublicKey publicKey() {
        return (RSAPublicKey) Holder.PAIR.getPublic();
    }

    private static final class Holder {
        static final KeyPair PAIR = generate();

        private static KeyPair generate() {
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                return generator.generateKeyPair();
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("this Java has no RSA key generator", e);
            }
        }
    }
}
