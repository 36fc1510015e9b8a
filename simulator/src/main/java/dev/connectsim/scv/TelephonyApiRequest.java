package dev.connectsim.scv;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One HTTP request the function sends to the telephony API.
 *
 * @param method  POST or PATCH
 * @param path    below the endpoint base, such as {@code /voiceCalls} or {@code /voiceCalls/c-1/omniFlow}
 * @param headers in the order the function sets them
 * @param body    the JSON text sent; empty for the calls that send none (clearRouting, reroute)
 */
public record TelephonyApiRequest(String method, String path, Map<String, String> headers, Optional<String> body) {

    public TelephonyApiRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        headers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(headers));
        Objects.requireNonNull(body, "body");
    }
}
