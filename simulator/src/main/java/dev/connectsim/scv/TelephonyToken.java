package dev.connectsim.scv;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import java.time.Instant;
import java.util.Objects;

/**
 * The token the function signs for each request, as {@code jwt.sign({}, key, {issuer, subject, expiresIn: "5m",
 * algorithm: "RS256", jwtid})} does: header {@code {"alg":"RS256","typ":"JWT"}}, claims {@code iat} (now),
 * {@code exp} (now plus the lifetime), {@code iss} (the org id), {@code sub} (the call center API name) and
 * {@code jti}. There is no {@code aud}: the function defines an audience but never sends it.
 */
public final class TelephonyToken {

    private final ScvSettings settings;
    private final Algorithm algorithm;

    public TelephonyToken(ScvSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.algorithm = Rs256.signingWith(settings.signingKey());
    }

    /** A token issued at {@code now} (virtual time) with id {@code jti}. */
    public String sign(Instant now, String jti) {
        return JWT.create()
                .withIssuedAt(now)
                .withExpiresAt(now.plus(settings.tokenValidFor()))
                .withIssuer(settings.orgId())
                .withSubject(settings.callCenterApiName())
                .withJWTId(jti)
                .sign(algorithm);
    }
}
