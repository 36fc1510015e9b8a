package dev.connectsim.sandbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.connect.ConnectClient;
import software.amazon.awssdk.services.connect.model.InstanceSummary;

/**
 * The driver for a real Connect instance: one {@link ConnectClient}, the instance it may touch, and the rules every
 * call follows. It refuses any instance not on the configuration's allowlist before it sends anything; it tries a
 * throttled call (HTTP 429) again after a pause that doubles each time, and reports it; any other refusal becomes
 * one line naming the operation and the service's message.
 */
public final class SandboxDriver implements AutoCloseable {

    private static final Pattern INSTANCE_ID =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final SandboxConfig config;
    private final ConnectClient client;
    private final ApiCallLog log;
    private final boolean dryRun;
    private final Sleeper sleeper;
    private final Consumer<String> notes;
    private final List<String> throttled = new ArrayList<>();
    private final String instanceId;
    private SandboxResources resources;

    private SandboxDriver(SandboxConfig config, ConnectClient client, ApiCallLog log, boolean dryRun, Sleeper sleeper,
            Consumer<String> notes) {
        this.config = config;
        this.client = client;
        this.log = log;
        this.dryRun = dryRun;
        this.sleeper = sleeper;
        this.notes = notes;
        this.instanceId = resolveInstance();
    }

    /**
     * Opens the driver on the instance {@code config} names, after checking the allowlist (before any call).
     *
     * @param client  a client whose interceptors include {@code log} ({@link ConnectClients})
     * @param dryRun  whether {@code client} only pretends ({@link ConnectClients#dryRun}); waits then end at once
     * @param sleeper the real-time pause (tests pass one that records)
     * @param notes   where the driver says what it does besides calls: throttling, waits, dry-run assumptions
     */
    public static SandboxDriver open(SandboxConfig config, ConnectClient client, ApiCallLog log, boolean dryRun,
            Sleeper sleeper, Consumer<String> notes) {
        requireAllowed(config, config.instance());
        return new SandboxDriver(config, client, log, dryRun, sleeper, notes);
    }

    /** Refuses, before anything is sent, an instance whose names are not on the allowlist. */
    static void requireAllowed(SandboxConfig config, String... names) {
        for (String name : names) {
            if (name != null && config.allowlist().contains(name)) {
                return;
            }
        }
        throw new SandboxException(config.file() + ": instance '" + String.join("' / '", List.of(names).stream()
                .filter(n -> n != null).toList()) + "' is not on the allowlist " + config.allowlist()
                + ": connect-sim calls only instances listed there; add it only if it is a sandbox");
    }

    /** The instance's id: the configured id, or the id of the instance with the configured alias. */
    private String resolveInstance() {
        String named = config.instance();
        if (INSTANCE_ID.matcher(named).matches()) {
            call(() -> client.describeInstance(r -> r.instanceId(named)));
            return named;
        }
        Optional<InstanceSummary> found = call(() -> client.listInstancesPaginator(r -> r.maxResults(10))
                .instanceSummaryList().stream().filter(i -> named.equals(i.instanceAlias())).findFirst());
        if (found.isEmpty()) {
            if (dryRun) {
                return "<id of " + named + ">";
            }
            throw new SandboxException(config.file() + ": no instance with the alias '" + named + "' in "
                    + client.serviceClientConfiguration().region() + " for these credentials");
        }
        requireAllowed(config, found.get().id(), found.get().instanceAlias());
        return found.get().id();
    }

    public String instanceId() {
        return instanceId;
    }

    public SandboxConfig config() {
        return config;
    }

    public ConnectClient client() {
        return client;
    }

    public ApiCallLog log() {
        return log;
    }

    public boolean dryRun() {
        return dryRun;
    }

    public Sleeper sleeper() {
        return sleeper;
    }

    /** Says something besides an API call: a retry, a wait, what a dry run assumes. */
    public void note(String note) {
        notes.accept(note);
    }

    /** The instance's queues, users, quick connects, flows and Lambda functions, listed on first use. */
    public SandboxResources resources() {
        if (resources == null) {
            resources = SandboxResources.list(this);
        }
        return resources;
    }

    /** The throttled calls so far, one line each. */
    public List<String> throttled() {
        return List.copyOf(throttled);
    }

    /**
     * Makes one call (or paginated calls) of the Connect API: a throttled one is tried again up to the configured
     * number of times, after a pause that starts at the configured backoff and doubles.
     */
    public <T> T call(Supplier<T> action) {
        for (int attempt = 1;; attempt++) {
            try {
                return action.get();
            } catch (AwsServiceException e) {
                if (e.statusCode() != 429 || attempt > config.throttleRetries()) {
                    throw refused(e, attempt);
                }
                Duration pause = config.throttleBackoff().multipliedBy(1L << Math.min(attempt - 1, 20));
                String operation = lastOperation();
                throttled.add(operation + " (" + e.awsErrorDetails().errorCode() + ")");
                notes.accept("throttled: " + operation + " answered 429 " + e.awsErrorDetails().errorCode()
                        + "; trying again in " + pause.toMillis() + " ms (retry " + attempt + " of "
                        + config.throttleRetries() + ")");
                sleeper.sleep(pause);
            } catch (SdkException e) {
                throw credentialsProblem(e).orElseGet(() -> new SandboxException(lastOperation() + " failed: "
                        + e.getMessage()));
            }
        }
    }

    /**
     * "CreateContactFlow refused (HTTP 400 InvalidContactFlowException): ...", or, when the service said nothing,
     * "Connect answered HTTP 500 with no message to CreateContactFlow".
     */
    private SandboxException refused(AwsServiceException e, int attempt) {
        String code = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
        String message = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorMessage();
        String tries = attempt > 1 ? " after " + attempt + " tries" : "";
        if (message == null || message.isBlank()) {
            return new SandboxException("Connect answered HTTP " + e.statusCode() + (code == null ? "" : " " + code)
                    + " with no message to " + lastOperation() + tries);
        }
        return new SandboxException(lastOperation() + " refused (HTTP " + e.statusCode()
                + (code == null ? "" : " " + code) + "): " + message + tries);
    }

    /** The credentials' own one-line failure ({@link SandboxCredentials}), if the SDK wrapped one. */
    private static Optional<SandboxException> credentialsProblem(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof SandboxException problem) {
                return Optional.of(problem);
            }
        }
        return Optional.empty();
    }

    private String lastOperation() {
        List<ApiCall> calls = log.calls();
        return calls.isEmpty() ? "the call" : calls.get(calls.size() - 1).operation();
    }

    @Override
    public void close() {
        client.close();
    }
}
