package dev.connectsim.sandbox;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A WireMock on 127.0.0.1 answering what the SDK asks for credentials: STS {@code AssumeRole} (a form-encoded POST
 * answered in XML) and the SSO portal's {@code GetRoleCredentials} ({@code GET /federation/credentials} with the
 * cached token in {@code x-amz-sso_bearer_token}). The SDK is pointed at it with {@code aws.endpointUrlSts} and
 * {@code aws.endpointUrlSso} (or {@code AWS_ENDPOINT_URL_STS}, {@code AWS_ENDPOINT_URL_SSO}).
 */
public final class AwsCredentialsStub implements AutoCloseable {

    /** Credentials that expire long after any test run. */
    private static final String EXPIRES = "2100-01-01T00:00:00Z";

    public final WireMockServer server;

    public AwsCredentialsStub() {
        server = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
    }

    public String baseUrl() {
        return server.baseUrl();
    }

    /** STS lets anyone assume {@code roleArn}, giving {@code accessKey}. */
    public void assumeRole(String roleArn, String accessKey) {
        server.stubFor(post(urlPathEqualTo("/")).withHeader("Content-Type", containing("x-www-form-urlencoded"))
                .withRequestBody(containing("Action=AssumeRole"))
                .withRequestBody(containing("RoleArn=" + URLEncoder.encode(roleArn, StandardCharsets.UTF_8)))
                .willReturn(aResponse().withHeader("Content-Type", "text/xml").withBody("""
                        <AssumeRoleResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
                          <AssumeRoleResult>
                            <Credentials>
                              <AccessKeyId>%s</AccessKeyId>
                              <SecretAccessKey>assumed-secret</SecretAccessKey>
                              <SessionToken>assumed-session-token</SessionToken>
                              <Expiration>%s</Expiration>
                            </Credentials>
                            <AssumedRoleUser>
                              <AssumedRoleId>AROACONNECTSIMTEST:connect-sim</AssumedRoleId>
                              <Arn>%s/connect-sim</Arn>
                            </AssumedRoleUser>
                          </AssumeRoleResult>
                          <ResponseMetadata><RequestId>sts-request-1</RequestId></ResponseMetadata>
                        </AssumeRoleResponse>
                        """.formatted(accessKey, EXPIRES, roleArn.replace(":iam:", ":sts:")
                        .replace(":role/", ":assumed-role/")))));
    }

    /** STS refuses every AssumeRole as IAM does when the caller may not assume the role. */
    public void refuseAssumeRole() {
        server.stubFor(post(urlPathEqualTo("/")).withRequestBody(containing("Action=AssumeRole"))
                .willReturn(aResponse().withStatus(403).withHeader("Content-Type", "text/xml").withBody("""
                        <ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
                          <Error><Type>Sender</Type><Code>AccessDenied</Code>
                            <Message>User is not authorized to perform: sts:AssumeRole</Message></Error>
                          <RequestId>sts-request-2</RequestId>
                        </ErrorResponse>
                        """)));
    }

    /** The SSO portal gives {@code accessKey} for the role to whoever shows {@code token}. */
    public void roleCredentials(String accountId, String roleName, String token, String accessKey) {
        server.stubFor(get(urlPathEqualTo("/federation/credentials"))
                .withQueryParam("account_id", equalTo(accountId)).withQueryParam("role_name", equalTo(roleName))
                .withHeader("x-amz-sso_bearer_token", equalTo(token))
                .willReturn(okJson("""
                        {"roleCredentials": {"accessKeyId": "%s", "secretAccessKey": "sso-secret",
                          "sessionToken": "sso-session-token", "expiration": 4102444800000}}
                        """.formatted(accessKey))));
    }

    @Override
    public void close() {
        server.stop();
    }
}
