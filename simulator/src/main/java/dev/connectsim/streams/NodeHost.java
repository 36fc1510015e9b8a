package dev.connectsim.streams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connectsim.project.CacheFolder;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * One Node.js process running the page host ({@code page-host.js}): it holds any number of agent pages and answers
 * one JSON line for each JSON line it is sent, in lockstep.
 *
 * <p>Design note: the process never outlives its owner. {@link #close} closes its input, and the host exits when its
 * input closes; a JVM shutdown hook does the same when the owner never closed it (a run that failed, a test that
 * threw), and a process still there ten seconds later is killed. Should the JVM die without running hooks, the pipe
 * closes with it and the host exits all the same. Requests are serialised: one in flight at a time.
 */
public final class NodeHost implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int STDERR_KEPT = 4000;
    /** How long a host has to exit after its input closed before it is killed (it exits in milliseconds). */
    private static final int GRACE_SECONDS = 10;
    /**
     * The cache folder of V8's compiled code for the Streams bundles (one file per bundle and Node.js version), and
     * the system property that names another folder or turns it off ({@code off}).
     */
    static final String CODE_CACHE = "v8";
    public static final String CODE_CACHE_PROPERTY = "connectsim.codeCache";
    /** The bundles whose code is kept (about 0.5 MB each): those used last ({@link #pruneCodeCache}). */
    static final int CODE_CACHE_KEPT = 8;

    private final String command;
    private final Process process;
    private final BufferedWriter in;
    private final BufferedReader out;
    private final StringBuilder stderr = new StringBuilder();
    private final Thread shutdownHook;
    private boolean closed;

    private NodeHost(String command, Process process) {
        this.command = command;
        this.process = process;
        this.in = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
        this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        Thread drain = new Thread(() -> drain(process.getErrorStream()), "page host stderr");
        drain.setDaemon(true);
        drain.start();
        this.shutdownHook = new Thread(this::stop, "stop page host");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /**
     * Starts the page host with {@code command} (the {@code node} executable: a name on the PATH or a path); fails
     * with one line when it cannot be started.
     */
    public static NodeHost start(String command) {
        return start(command, CacheFolder.of(CODE_CACHE, CODE_CACHE_PROPERTY));
    }

    /**
     * Removes from this process's code cache all but the {@value #CODE_CACHE_KEPT} bundles' code used last (a host
     * marks a file it reads as used), and what a host left half written an hour before {@code now}: a file is written
     * only for a bundle or a Node.js not seen before, so the folder would otherwise keep every version a team ever ran.
     */
    public static void pruneCodeCache(Instant now) {
        CacheFolder.of(CODE_CACHE, CODE_CACHE_PROPERTY).ifPresent(
                folder -> CacheFolder.prune(folder, ".v8", CODE_CACHE_KEPT, now));
    }

    /** As {@link #start(String)}, keeping V8's compiled code of the bundles in {@code codeCache}, when given. */
    static NodeHost start(String command, Optional<Path> codeCache) {
        Path script = HostScript.path();
        try {
            // --owner names the JVM in the process list, so a test can tell that no host outlived it
            List<String> arguments = new ArrayList<>(List.of(command, script.toString(),
                    "--owner=" + ProcessHandle.current().pid()));
            codeCache.ifPresent(folder -> arguments.add("--code-cache=" + folder));
            Process process = new ProcessBuilder(arguments).start();
            return new NodeHost(command, process);
        } catch (IOException e) {
            throw new CcpPageException("Node.js is needed to run the agent's CCP page (its JavaScript and the Streams"
                    + " library), but '" + command + "' could not be started (" + e.getMessage() + "): install Node.js"
                    + " 18 or later, or name its executable in " + NodeHosts.NODE_VARIABLE);
        }
    }

    /** The executable this host runs on. */
    public String command() {
        return command;
    }

    /** The process id, for tests that check the process is gone. */
    public long pid() {
        return process.pid();
    }

    /** The process's exit code once it has ended (-1 while it runs), for tests that check it ended on its own. */
    int exitCode() {
        return process.isAlive() ? -1 : process.exitValue();
    }

    /** Whether the process is still running. */
    public boolean isAlive() {
        return process.isAlive();
    }

    /** Sends {@code request} and returns the host's answer; fails with one line when the host has died. */
    public synchronized JsonNode request(ObjectNode request) {
        if (closed) {
            throw new IllegalStateException("the page host was closed");
        }
        String line;
        try {
            in.write(JSON.writeValueAsString(request));
            in.write('\n');
            in.flush();
            line = out.readLine();
        } catch (IOException e) {
            line = null;
        }
        if (line == null) {
            throw new CcpPageException("the Node.js page host stopped" + stderrTail());
        }
        JsonNode reply;
        try {
            reply = JSON.readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException("the page host answered with a line that is not JSON: " + line, e);
        }
        if (reply.has("fatal")) {
            throw new CcpPageException("the page host failed: " + reply.get("fatal").asText());
        }
        return reply;
    }

    /**
     * Compiles {@code bundle} in the host ahead of the first page that loads it, so that page costs what a later one
     * does; a bundle that does not compile is left for that page to report.
     */
    void preload(StreamsBundle bundle) {
        ObjectNode request = object();
        request.put("op", "preload");
        request.put("bundle", bundle.file().toString());
        request.put("bundleName", bundle.shown());
        request(request);
    }

    /** A new request object. */
    static ObjectNode object() {
        return JSON.createObjectNode();
    }

    /** {@code value} (strings, numbers, booleans, null, lists and maps of them) as JSON. */
    static JsonNode tree(Object value) {
        return JSON.valueToTree(value);
    }

    private String stderrTail() {
        synchronized (stderr) {
            String text = stderr.toString().strip();
            return text.isEmpty() ? "" : ": " + text.lines().reduce((a, b) -> b).orElse("");
        }
    }

    private void drain(InputStream stream) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                synchronized (stderr) {
                    stderr.append(line).append('\n');
                    if (stderr.length() > STDERR_KEPT) {
                        stderr.delete(0, stderr.length() - STDERR_KEPT);
                    }
                }
            }
        } catch (IOException e) {
            // the process ended
        }
    }

    /** Closes the host's input, so that it exits; kills it if it has not exited ten seconds later. */
    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // the JVM is shutting down: the hook is running or ran
        }
    }

    private synchronized void stop() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            in.close();
        } catch (IOException e) {
            // already gone
        }
        try {
            if (!process.waitFor(GRACE_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(GRACE_SECONDS, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** The page-host script, copied once per JVM from the jar to a temporary file Node.js can run. */
    static final class HostScript {
        private static Path path;

        private HostScript() {
        }

        static synchronized Path path() {
            if (path == null) {
                path = Resources.copy("page-host.js", "connect-sim-page-host", ".js");
            }
            return path;
        }
    }
}
