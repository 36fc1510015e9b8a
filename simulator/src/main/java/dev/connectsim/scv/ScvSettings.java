package dev.connectsim.scv;

import dev.connectsim.lambda.FunctionConfig;
import java.net.URI;
import java.security.interfaces.RSAPrivateKey;
import java.time.Duration;
import java.util.Objects;

/**
 * How the telephony-integration function is deployed: the environment the Node.js function reads
 * ({@code SALESFORCE_ORG_ID}, {@code CALL_CENTER_API_NAME}, {@code SCRT_ENDPOINT_BASE}, the private key from SSM,
 * the 5 minute token lifetime) and its Lambda settings.
 *
 * @param orgId             the Salesforce org id: the token's issuer
 * @param callCenterApiName the call center's API name: the token's subject, and sent in every body that takes it
 * @param endpointBase      the telephony API base, such as {@code https://mydomain.my.salesforce-scrt.com/telephony/v1}
 * @param signingKey        the private half of the call center's key pair
 * @param tokenValidFor     how long each token lives (the function's {@code tokenValidFor}, 5 minutes)
 * @param function          the Lambda settings; the SAM template's {@code Timeout: 5} by default
 */
public record ScvSettings(String orgId, String callCenterApiName, URI endpointBase, RSAPrivateKey signingKey,
        Duration tokenValidFor, FunctionConfig function) {

    /** The org id the simulated org uses unless told otherwise. */
    public static final String DEFAULT_ORG_ID = "00D000000000001EAA";
    /** The call center API name the simulated org uses unless told otherwise. */
    public static final String DEFAULT_CALL_CENTER = "ConnectSimCallCenter";
    /** The function's own timeout: SAM Globals {@code Timeout: 5}, which the function does not override. */
    public static final Duration FUNCTION_TIMEOUT = Duration.ofSeconds(5);
    /** The token lifetime the function asks for ({@code expiresIn: "5m"}). */
    public static final Duration TOKEN_VALID_FOR = Duration.ofMinutes(5);

    public ScvSettings {
        Objects.requireNonNull(orgId, "orgId");
        Objects.requireNonNull(callCenterApiName, "callCenterApiName");
        Objects.requireNonNull(endpointBase, "endpointBase");
        Objects.requireNonNull(signingKey, "signingKey");
        Objects.requireNonNull(tokenValidFor, "tokenValidFor");
        Objects.requireNonNull(function, "function");
        if (tokenValidFor.isZero() || tokenValidFor.isNegative()) {
            throw new IllegalArgumentException("a token must live for a positive time, was " + tokenValidFor);
        }
        String base = endpointBase.toString();
        if (base.endsWith("/")) {
            endpointBase = URI.create(base.substring(0, base.length() - 1));
        }
    }

    /** The default org and call center, 5 minute tokens and a 5 s function timeout, against {@code endpointBase}. */
    public static ScvSettings of(URI endpointBase, RSAPrivateKey signingKey) {
        return new ScvSettings(DEFAULT_ORG_ID, DEFAULT_CALL_CENTER, endpointBase, signingKey, TOKEN_VALID_FOR,
                FunctionConfig.defaults().withTimeout(FUNCTION_TIMEOUT));
    }

    public ScvSettings withOrg(String value, String callCenter) {
        return new ScvSettings(value, callCenter, endpointBase, signingKey, tokenValidFor, function);
    }

    public ScvSettings withFunction(FunctionConfig value) {
        return new ScvSettings(orgId, callCenterApiName, endpointBase, signingKey, tokenValidFor, value);
    }
}
