package dev.connectsim.harness.salesforce;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.AlgorithmMismatchException;
import com.auth0.jwt.exceptions.IncorrectClaimException;
import com.auth0.jwt.exceptions.JWTDecodeException;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.auth0.jwt.exceptions.MissingClaimException;
import com.auth0.jwt.exceptions.SignatureVerificationException;
import com.auth0.jwt.exceptions.TokenExpiredException;
import com.auth0.jwt.interfaces.DecodedJWT;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * What the telephony API checks in a bearer token (Telephony Integration REST API Authorization): an RS256
 * signature by the call center's key, {@code iss} the org id, {@code sub} the call center API name, {@code exp} not
 * past and at most 24 hours after {@code iat}, and a {@code jti} not used before. Time is the simulation's.
 */
final class TokenVerifier {

    static final Duration LONGEST_LIFETIME = Duration.ofHours(24);

    private final RSAPublicKey key;
    private final String orgId;
    private final String callCenterApiName;
    private final Supplier<Instant> now;
    private final Predicate<String> usedTokenId;

    TokenVerifier(RSAPublicKey key, String orgId, String callCenterApiName, Supplier<Instant> now,
            Predicate<String> usedTokenId) {
        this.key = Objects.requireNonNull(key, "key");
        this.orgId = Objects.requireNonNull(orgId, "orgId");
        this.callCenterApiName = Objects.requireNonNull(callCenterApiName, "callCenterApiName");
        this.now = Objects.requireNonNull(now, "now");
        this.usedTokenId = Objects.requireNonNull(usedTokenId, "usedTokenId");
    }

    /** Why Salesforce would refuse {@code authorization} (the whole header), or empty when it accepts it. */
    Optional<String> problem(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ") || authorization.length() == 7) {
            return Optional.of("expected an Authorization header 'Bearer <RS256 JWT>', got "
                    + (authorization == null ? "none" : "'" + abbreviate(authorization) + "'"));
        }
        String token = authorization.substring(7).trim();
        DecodedJWT decoded;
        try {
            JWTVerifier verifier = ((JWTVerifier.BaseVerification) JWT.require(Algorithm.RSA256(key, null))
                    .withIssuer(orgId)
                    .withSubject(callCenterApiName)
                    .withClaimPresence("exp")
                    .withClaimPresence("iat"))
                    .build(Clock.fixed(now.get(), ZoneOffset.UTC));
            decoded = verifier.verify(token);
        } catch (TokenExpiredException e) {
            return Optional.of("the token expired at " + e.getExpiredOn() + " (now " + now.get() + ")");
        } catch (SignatureVerificationException e) {
            return Optional.of("the token's signature does not verify with the call center's certificate");
        } catch (AlgorithmMismatchException e) {
            return Optional.of("the token is not signed with RS256");
        } catch (IncorrectClaimException e) {
            return Optional.of("the token's " + e.getClaimName() + " is " + e.getClaimValue() + ", expected "
                    + (e.getClaimName().equals("iss") ? orgId + " (the org id)"
                            : e.getClaimName().equals("sub") ? callCenterApiName + " (the call center API name)"
                            : "a time up to now"));
        } catch (MissingClaimException e) {
            return Optional.of("the token has no " + e.getClaimName() + " claim");
        } catch (JWTDecodeException e) {
            return Optional.of("the bearer token is not a JWT: " + e.getMessage());
        } catch (JWTVerificationException e) {
            return Optional.of("the token does not verify: " + e.getMessage());
        }
        Duration lifetime = Duration.between(decoded.getIssuedAtAsInstant(), decoded.getExpiresAtAsInstant());
        if (lifetime.compareTo(LONGEST_LIFETIME) > 0) {
            return Optional.of("the token lives " + lifetime + ", longer than the 24 hours allowed");
        }
        String jti = decoded.getId();
        if (jti != null && usedTokenId.test(jti)) {
            return Optional.of("the token id (jti) " + jti + " was already used");
        }
        return Optional.empty();
    }

    /** The jti of {@code authorization}'s token, if it has one and is a JWT at all. */
    static Optional<String> tokenId(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(JWT.decode(authorization.substring(7).trim()).getId());
        } catch (JWTDecodeException e) {
            return Optional.empty();
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 24 ? text : text.substring(0, 24) + "...";
    }
}
