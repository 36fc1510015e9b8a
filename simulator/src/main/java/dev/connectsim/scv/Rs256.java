package dev.connectsim.scv;

import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.SignatureGenerationException;
import com.auth0.jwt.interfaces.DecodedJWT;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.Signature;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * RS256 for the telephony function's tokens, signed by NSS when the machine has it ({@link NssProvider}) and by the
 * JDK otherwise: the same signature either way, so the same token.
 *
 * <p>Design note: the key is handed to NSS once per key and JVM (a few milliseconds), not once per token. A key NSS
 * does not take, or a signature it fails, falls back to the JDK's signer for that key.
 */
final class Rs256 extends Algorithm {

    private static final String SIGNATURE = "SHA256withRSA";
    /** Each key as this JVM's NSS holds it; empty for a key it would not take. */
    private static final Map<RSAPrivateKey, Optional<PrivateKey>> IN_NSS = new ConcurrentHashMap<>();

    private final RSAPrivateKey key;
    private final Optional<Provider> nss;

    private Rs256(RSAPrivateKey key, Optional<Provider> nss) {
        super("RS256", SIGNATURE);
        this.key = key;
        this.nss = nss;
    }

    /** Signs with {@code key}, by this JVM's NSS when it has one. */
    static Rs256 signingWith(RSAPrivateKey key) {
        return new Rs256(key, NssProvider.ofThisJvm());
    }

    /** Signs with {@code key} by the JDK, NSS or not. */
    static Rs256 signingByTheJdk(RSAPrivateKey key) {
        return new Rs256(key, Optional.empty());
    }

    /** Whether this signer's signatures come from NSS. */
    boolean signsNatively() {
        return nssKey().isPresent();
    }

    @Override
    public byte[] sign(byte[] content) {
        Optional<PrivateKey> inNss = nssKey();
        if (inNss.isPresent()) {
            try {
                return signed(Signature.getInstance(SIGNATURE, nss.orElseThrow()), inNss.get(), content);
            } catch (GeneralSecurityException | RuntimeException e) {
                IN_NSS.put(key, Optional.empty());
            }
        }
        try {
            return signed(Signature.getInstance(SIGNATURE), key, content);
        } catch (GeneralSecurityException e) {
            throw new SignatureGenerationException(this, e);
        }
    }

    /** Verifies with the public half, worked out from the private key, by the JDK. */
    @Override
    public void verify(DecodedJWT jwt) {
        Algorithm.RSA256(publicHalf(), null).verify(jwt);
    }

    private RSAPublicKey publicHalf() {
        if (!(key instanceof RSAPrivateCrtKey crt)) {
            throw new IllegalStateException("the public half of a key without its CRT parts is not known");
        }
        try {
            return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(crt.getModulus(),
                    crt.getPublicExponent()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java has no RSA key factory", e);
        }
    }

    private Optional<PrivateKey> nssKey() {
        return nss.isEmpty() ? Optional.empty() : IN_NSS.computeIfAbsent(key, k -> translated(nss.get(), k));
    }

    private static Optional<PrivateKey> translated(Provider provider, RSAPrivateKey key) {
        try {
            return Optional.of((PrivateKey) KeyFactory.getInstance("RSA", provider).translateKey(key));
        } catch (GeneralSecurityException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static byte[] signed(Signature signature, PrivateKey key, byte[] content) throws GeneralSecurityException {
        signature.initSign(key);
        signature.update(content);
        return signature.sign();
    }
}
