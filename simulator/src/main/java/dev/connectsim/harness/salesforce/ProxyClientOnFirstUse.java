package dev.connectsim.harness.salesforce;

import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.client.ApacheHttpClientFactory;
import com.github.tomakehurst.wiremock.http.client.HttpClient;
import com.github.tomakehurst.wiremock.http.client.HttpClientFactory;
import com.github.tomakehurst.wiremock.http.client.LazyHttpClient;
import java.util.List;

/**
 * WireMock's own HTTP client (the one a stub that proxies to another server uses), built when a stub first needs it
 * instead of when WireMock starts: building it (its TLS context, the JDK's trusted certificates read) cost about 40 ms
 * of CPU per simulated Salesforce, and the project's stubs never proxy (docs/performance.md, "Fixed cost").
 */
final class ProxyClientOnFirstUse implements HttpClientFactory {

    private final HttpClientFactory wireMocks = new ApacheHttpClientFactory();

    @Override
    public HttpClient buildHttpClient(Options options, boolean trustAllCertificates, List<String> trustedHosts,
            boolean useSystemProperties) {
        return new LazyHttpClient(() -> wireMocks.buildHttpClient(options, trustAllCertificates, trustedHosts,
                useSystemProperties));
    }
}
