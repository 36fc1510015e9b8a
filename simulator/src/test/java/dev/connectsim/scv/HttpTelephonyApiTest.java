package dev.connectsim.scv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HttpTelephonyApiTest {

    private static final Map<String, String> HEADERS = headers();

    private HttpServer server;
    private ServerSocket silentServer;
    private Thread silentAcceptor;
    /** What the server received, one entry per request. */
    private final List<Received> received = new ArrayList<>();

    /** A request as the server saw it. */
    private record Received(String method, String path, Map<String, String> headers, String body) {}

    /** What the server answers: status, body and the latency header's value (null: no header). */
    private record Answer(int status, String body, String latencyHeader) {}

    private static Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", "application/json, text/plain, */*");
        headers.put("Authorization", "Bearer aaa.bbb.ccc");
        headers.put("Content-Type", "application/json");
        headers.put("Telephony-Provider-Name", "amazon-connect");
        return headers;
    }

    @AfterEach
    void stopServers() throws Exception {
        if (server != null) {
            server.stop(0);
        }
        if (silentServer != null) {
            silentServer.close();
            silentAcceptor.join(Duration.ofSeconds(10).toMillis());
        }
    }

    /** Starts a loopback server that records each request and gives {@code answer}; returns the endpoint base. */
    private URI salesforce(Answer answer) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> record(exchange, answer));
        server.start();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/telephony/v1");
    }

    private void record(HttpExchange exchange, Answer answer) throws IOException {
        try (exchange) {
            Map<String, String> headers = new LinkedHashMap<>();
            for (String name : HEADERS.keySet()) {
                String value = exchange.getRequestHeaders().getFirst(name);
                if (value != null) {
                    headers.put(name, value);
                }
            }
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            synchronized (received) {
                received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), headers,
                        body));
            }
            if (answer.latencyHeader() != null) {
                exchange.getResponseHeaders().add(HttpTelephonyApi.LATENCY_HEADER, answer.latencyHeader());
            }
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                exchange.getResponseBody().write(bytes);
            }
        }
    }

    private Received onlyReceived() {
        synchronized (received) {
            assertEquals(1, received.size(), () -> "expected one request, got " + received);
            return received.get(0);
        }
    }

    private static TelephonyApiRequest post(String path, String body) {
        return new TelephonyApiRequest("POST", path, HEADERS, Optional.of(body));
    }

    private static TelephonyApiResponse.Answered answered(TelephonyApiResponse response) {
        return assertInstanceOf(TelephonyApiResponse.Answered.class, response, response::toString);
    }

    @Test
    void theRequestArrivesWithItsMethodPathBelowTheBaseHeadersAndBody() throws IOException {
        HttpTelephonyApi api = new HttpTelephonyApi(salesforce(new Answer(201, "{\"voiceCallId\":\"0LQ1\"}", null)));
        String body = "{\"callCenterApiName\":\"ConnectSimCallCenter\",\"vendorCallKey\":\"c-1\"}";

        api.send(post("/voiceCalls", body));

        Received request = onlyReceived();
        assertEquals("POST", request.method());
        assertEquals("/telephony/v1/voiceCalls", request.path());
        assertEquals(HEADERS, request.headers());
        assertEquals(body, request.body());
    }

    @Test
    void aPatchWithoutBodyArrivesWithAnEmptyBody() throws IOException {
        HttpTelephonyApi api = new HttpTelephonyApi(salesforce(new Answer(200, "{}", null)));
        Map<String, String> headers = new LinkedHashMap<>(HEADERS);
        headers.remove("Telephony-Provider-Name");

        TelephonyApiResponse response = api.send(new TelephonyApiRequest("PATCH", "/voiceCalls/c-1/clearRouting",
                headers, Optional.empty()));

        Received request = onlyReceived();
        assertEquals("PATCH", request.method());
        assertEquals("/telephony/v1/voiceCalls/c-1/clearRouting", request.path());
        assertEquals("", request.body());
        assertFalse(request.headers().containsKey("Telephony-Provider-Name"), request.headers()::toString);
        assertEquals(200, answered(response).status());
    }

    @Test
    void aStatusAndBodyComeBackAsAnswered() throws IOException {
        HttpTelephonyApi api = new HttpTelephonyApi(salesforce(
                new Answer(429, "[{\"errorCode\":\"REQUEST_LIMIT_EXCEEDED\"}]", null)));

        TelephonyApiResponse.Answered answer = answered(api.send(post("/voiceCalls", "{}")));

        assertEquals(429, answer.status());
        assertEquals("[{\"errorCode\":\"REQUEST_LIMIT_EXCEEDED\"}]", answer.body());
        assertFalse(answer.succeeded());
    }

    @Test
    void theLatencyHeaderBecomesTheLatencyInVirtualTime() throws IOException {
        HttpTelephonyApi api = new HttpTelephonyApi(salesforce(new Answer(201, "{}", "9000")));

        TelephonyApiResponse.Answered answer = answered(api.send(post("/voiceCalls", "{}")));

        assertEquals(Duration.ofSeconds(9), answer.latency());
        assertTrue(answer.succeeded());
    }

    @Test
    void withoutTheLatencyHeaderTheLatencyIsZero() throws IOException {
        HttpTelephonyApi api = new HttpTelephonyApi(salesforce(new Answer(201, "{}", null)));

        assertEquals(Duration.ZERO, answered(api.send(post("/voiceCalls", "{}"))).latency());
    }

    /**
     * endBeforeExit finds the JDK client's selector thread by its name: each new client adds one thread it knows,
     * so a JDK that named it otherwise (and made every run's exit wait 300 ms again) fails here.
     */
    @Test
    void theSelectorThreadOfANewJdkClientIsOneEndBeforeExitWouldEnd() {
        long before = selectorThreads();

        HttpClient client = HttpClient.newHttpClient();

        assertEquals(before + 1, selectorThreads(), "the new client's selector, " + client);
    }

    private static long selectorThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive)
                .filter(HttpTelephonyApi::isSelectorThread).count();
    }

    @Test
    void aGarbageLatencyHeaderCountsAsZero() throws IOException {
        HttpTelephonyApi api = new HttpTelephonyApi(salesforce(new Answer(201, "{}", "soon")));

        assertEquals(Duration.ZERO, answered(api.send(post("/voiceCalls", "{}"))).latency());
    }

    @Test
    void aNegativeLatencyHeaderCountsAsZero() throws IOException {
        HttpTelephonyApi api = new HttpTelephonyApi(salesforce(new Answer(201, "{}", "-250")));

        assertEquals(Duration.ZERO, answered(api.send(post("/voiceCalls", "{}"))).latency());
    }

    @Test
    void aPathWithASpaceIsSentPercentEncoded() throws IOException {
        HttpTelephonyApi api = new HttpTelephonyApi(salesforce(new Answer(404, "", null)));

        TelephonyApiResponse response = api.send(new TelephonyApiRequest("PATCH", "/voiceCalls/c 1/clearRouting",
                HEADERS, Optional.empty()));

        assertEquals(404, answered(response).status());
        assertEquals("/telephony/v1/voiceCalls/c 1/clearRouting", onlyReceived().path());
    }

    @Test
    void aPortNobodyListensOnIsUnreachableWithoutThrowing() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        HttpTelephonyApi api = new HttpTelephonyApi(URI.create("http://127.0.0.1:" + port + "/telephony/v1"));

        TelephonyApiResponse response = api.send(post("/voiceCalls", "{}"));

        TelephonyApiResponse.Unreachable unreachable =
                assertInstanceOf(TelephonyApiResponse.Unreachable.class, response, response::toString);
        assertFalse(unreachable.cause().isBlank());
        assertEquals(Duration.ZERO, unreachable.latency());
    }

    @Test
    void aServerThatClosesTheConnectionWithoutAnsweringIsUnreachable() throws IOException {
        silentServer = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        silentAcceptor = new Thread(() -> {
            while (!silentServer.isClosed()) {
                try (Socket connection = silentServer.accept()) {
                    connection.getInputStream().read(new byte[8192]);
                } catch (IOException e) {
                    // closed by the test, or the client went away: either way, nothing to answer
                }
            }
        }, "silent-salesforce");
        silentAcceptor.setDaemon(true);
        silentAcceptor.start();
        HttpTelephonyApi api = new HttpTelephonyApi(
                URI.create("http://127.0.0.1:" + silentServer.getLocalPort() + "/telephony/v1"));

        TelephonyApiResponse response = api.send(post("/voiceCalls", "{}"));

        TelephonyApiResponse.Unreachable unreachable =
                assertInstanceOf(TelephonyApiResponse.Unreachable.class, response, response::toString);
        assertFalse(unreachable.cause().isBlank());
    }
}
