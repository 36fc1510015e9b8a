package dev.connectsim.scv;

import dev.connectsim.concurrent.Background;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The telephony API over HTTP (the JDK client, HTTP/1.1), as the function's axios instance calls it.
 *
 * <p>Latency is not measured on the wall clock: the simulated Salesforce answers at once and says in
 * {@link #LATENCY_HEADER} how many milliseconds its stub asked to be delayed; that is the latency charged in
 * virtual time. A server that does not send the header (a real org, a standalone WireMock) is charged none.
 * A server that does not answer within {@link #WALL_CLOCK_LIMIT} of real time counts as unreachable, so a stuck
 * socket can never hang a run.
 */
public final class HttpTelephonyApi implements TelephonyApiTransport {

    /** The response header in which the simulated Salesforce reports its stub's delay, in milliseconds. */
    public static final String LATENCY_HEADER = "X-Connect-Sim-Latency-Ms";
    /** How long to wait in real time for an answer before giving up; a safety net, not a simulated latency. */
    public static final Duration WALL_CLOCK_LIMIT = Duration.ofSeconds(30);


    /** How the JDK names its HTTP clients' selector threads. */
    private static final Pattern SELECTOR_THREAD = Pattern.compile("HttpClient-\\d+-SelectorManager");

    private final URI endpointBase;
    private final HttpClient client = SharedClient.CLIENT;

    /**
     * Builds the JDK client on a thread of its own, for a run about to start: building it reads the JDK's trusted
     * certificates for its TLS context (about 0.1 s of CPU), and every scenario thread waited on the first one that
     * called Salesforce while it did (docs/performance.md, "Fixed cost").
     */
    public static void prepareInBackground() {
        // a lambda, not SharedClient.CLIENT::version: a bound method reference reads its receiver here, on this thread
        Background.run("telephony HTTP client", () -> SharedClient.CLIENT.version());
    }

    public HttpTelephonyApi(URI endpointBase) {
        this.endpointBase = Objects.requireNonNull(endpointBase, "endpointBase");
    }

    @Override
    public TelephonyApiResponse send(TelephonyApiRequest request) {
        URI target;
        try {
            // The multi-argument constructor percent-encodes what a path may not hold (a space, |, {), as axios does.
            target = new URI(endpointBase.getScheme(), endpointBase.getRawAuthority(),
                    endpointBase.getPath() + request.path(), null, null);
        } catch (URISyntaxException e) {
            return new TelephonyApiResponse.Unreachable("cannot address " + request.path() + ": " + e.getMessage(),
                    Duration.ZERO);
        }
        HttpRequest.Builder http = HttpRequest.newBuilder(target)
                .timeout(WALL_CLOCK_LIMIT)
                .method(request.method(), request.body()
                        .map(body -> HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                        .orElseGet(HttpRequest.BodyPublishers::noBody));
        request.headers().forEach(http::header);
        try {
            HttpResponse<String> response = client.send(http.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new TelephonyApiResponse.Answered(response.statusCode(), response.body(),
                    latencyOf(response.headers().firstValue(LATENCY_HEADER)));
        } catch (IOException e) {
            return new TelephonyApiResponse.Unreachable(describe(e), Duration.ZERO);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new TelephonyApiResponse.Unreachable("interrupted while waiting for Salesforce", Duration.ZERO);
        }
    }

    /**
     * Ends the JDK client's selector thread, for a JVM about to exit: a thread waiting in native code (its selector's
     * epoll) makes HotSpot's exit wait 300 ms for it to come out (VM_Exit waits 30 times 10 ms for threads in
     * native). Interrupting the thread wakes its selector and ends its loop. The client cannot send afterwards.
     */
    public static void endBeforeExit() {
        ThreadGroup root = Thread.currentThread().getThreadGroup();
        while (root.getParent() != null) {
            root = root.getParent();
        }
        Thread[] threads = new Thread[root.activeCount() + 16];
        int count = root.enumerate(threads, true);
        for (int i = 0; i < count; i++) {
            if (isSelectorThread(threads[i])) {
                threads[i].interrupt();
            }
        }
    }

    /** A JDK HTTP client's selector thread, known by the name the JDK gives it (a test holds the JDK to it). */
    static boolean isSelectorThread(Thread thread) {
        return SELECTOR_THREAD.matcher(thread.getName()).matches();
    }

    /** The latency a {@link #LATENCY_HEADER} value reports; none, garbage or a negative number count as zero. */
    public static Duration latencyOf(Optional<String> header) {
        try {
            return header.map(Long::parseLong).filter(ms -> ms >= 0).map(Duration::ofMillis).orElse(Duration.ZERO);
        } catch (NumberFormatException e) {
            return Duration.ZERO;
        }
    }

    private static String describe(IOException e) {
        String message = e.getMessage() == null || e.getMessage().isBlank() ? "" : ": " + e.getMessage();
        return e.getClass().getSimpleName() + message;
    }

    /**
     * One client for every simulation in the JVM: it is thread-safe and keeps connections alive between calls. Built
     * when first used, not with this class, so that {@link #prepareInBackground} builds it on its own thread.
     */
    private static final class SharedClient {
        static final HttpClient CLIENT = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(WALL_CLOCK_LIMIT)
                .build();
    }
}
