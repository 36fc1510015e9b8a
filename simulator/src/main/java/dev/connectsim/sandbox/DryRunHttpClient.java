package dev.connectsim.sandbox;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * The HTTP client of a dry run: nothing leaves the process. The SDK still builds and signs every request as it
 * would for the real service (so the call log shows exactly those calls); this answers each with the smallest
 * success: new ids for what a call creates ({@code dry-run-flow-1}, {@code dry-run-contact-1}), empty lists and
 * objects otherwise.
 */
final class DryRunHttpClient implements SdkHttpClient {

    private static final Pattern DESCRIBE_INSTANCE = Pattern.compile("/instance/([^/]+)");

    private final String region;
    private final AtomicInteger flows = new AtomicInteger();
    private final AtomicInteger contacts = new AtomicInteger();

    DryRunHttpClient(String region) {
        this.region = region;
    }

    @Override
    public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
        String body = answer(request.httpRequest());
        return new ExecutableHttpRequest() {
            @Override
            public HttpExecuteResponse call() {
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                return HttpExecuteResponse.builder()
                        .response(SdkHttpResponse.builder().statusCode(200)
                                .putHeader("Content-Type", "application/json")
                                .putHeader("Content-Length", Integer.toString(bytes.length)).build())
                        .responseBody(AbortableInputStream.create(new ByteArrayInputStream(bytes))).build();
            }

            @Override
            public void abort() {
            }
        };
    }

    private String answer(SdkHttpRequest request) {
        String path = request.encodedPath();
        if (request.method() == SdkHttpMethod.PUT && path.startsWith("/contact-flows/")) {
            String id = "dry-run-flow-" + flows.incrementAndGet();
            return "{\"ContactFlowId\":\"" + id + "\",\"ContactFlowArn\":\"arn:aws:connect:" + region
                    + ":000000000000:instance/dry-run/contact-flow/" + id + "\"}";
        }
        if (request.method() == SdkHttpMethod.PUT && path.equals("/contact/outbound-voice")) {
            return "{\"ContactId\":\"dry-run-contact-" + contacts.incrementAndGet() + "\"}";
        }
        Matcher instance = DESCRIBE_INSTANCE.matcher(path);
        if (request.method() == SdkHttpMethod.GET && instance.matches()) {
            String id = instance.group(1);
            return "{\"Instance\":{\"Id\":\"" + id + "\",\"InstanceAlias\":\"" + id + "\",\"Arn\":\"arn:aws:connect:"
                    + region + ":000000000000:instance/" + id + "\"}}";
        }
        return "{}";
    }

    @Override
    public String clientName() {
        return "DryRun";
    }

    @Override
    public void close() {
    }
}
