package dev.connectsim.harness.salesforce;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.List;
import java.util.Map;

/** Writes why the token was refused into the 401 body, so the journal says what to fix. */
final class TokenRejection implements ResponseDefinitionTransformerV2 {

    static final String NAME = "connect-sim-token-rejection";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final TokenVerifier verifier;

    TokenRejection(TokenVerifier verifier) {
        this.verifier = verifier;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        String why = verifier.problem(serveEvent.getRequest().getHeader("Authorization"))
                .orElse("the token was refused");
        try {
            return ResponseDefinitionBuilder.like(serveEvent.getResponseDefinition()).but()
                    .withBody(JSON.writeValueAsString(Map.of("errors",
                            List.of(Map.of("errorCode", "INVALID_AUTH", "message", why)))))
                    .build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the 401 body", e);
        }
    }
}
