package dev.connectsim.harness.salesforce;

import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.matching.MatchResult;
import com.github.tomakehurst.wiremock.matching.RequestMatcherExtension;

/** Matches a telephony API request whose bearer token Salesforce would refuse; the stub using it answers 401. */
final class TokenCheck extends RequestMatcherExtension {

    static final String NAME = "connect-sim-token-check";

    private final TokenVerifier verifier;

    TokenCheck(TokenVerifier verifier) {
        this.verifier = verifier;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public MatchResult match(Request request, Parameters parameters) {
        return MatchResult.of(verifier.problem(request.getHeader("Authorization")).isPresent());
    }
}
