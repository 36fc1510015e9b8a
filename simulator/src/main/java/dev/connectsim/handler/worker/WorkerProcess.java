package dev.connectsim.handler.worker;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One worker process: a request written as a JSON line to its stdin, its reply read as a JSON line from its stdout,
 * in lockstep.
 *
 * <p>Design note: a reader thread moves the worker's stdout lines into a queue, so that waiting for a reply is bounded
 * in real time ({@link #request}'s guard) and a handler that never answers cannot hang the run; a second thread keeps
 * the last lines of its stderr (what the runtime itself says when it dies). Every live worker is in
 * {@link LiveWorkers}, whose JVM shutdown hook ends what a run left; and a worker exits by itself when its stdin
 * closes, so even a killed JVM leaves none behind.
 */
final class WorkerProcess implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int STDERR_LINES = 20;
    private static final String END = "\u0000end";

    private final Process process;
    private final Writer stdin;
    private final BlockingQueue<String> replies = new LinkedBlockingQueue<>();
    private final Deque<String> stderr = new ArrayDeque<>();

    private WorkerProcess(Process process) {
        this.process = process;
        this.stdin = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        daemon("stdout", () -> {
            readLines(process.getInputStream(), replies::add);
            replies.add(END);
        });
        daemon("stderr", () -> readLines(process.getErrorStream(), this::keepStderr));
    }

    /** Starts {@code command} in {@code folder} with exactly {@code environment}. */
    static WorkerProcess start(List<String> command, Path folder, Map<String, String> environment) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile());
        builder.environment().clear();
        builder.environment().putAll(environment);
        try {
            WorkerProcess worker = new WorkerProcess(builder.start());
            LiveWorkers.add(worker);
            return worker;
        } catch (IOException e) {
            throw new WorkerFailed("cannot start " + command.get(0) + ": " + e.getMessage());
        }
    }

    /**
     * Sends {@code request} and waits for the reply at most {@code guard} of real time; empty when the worker did not
     * answer in time. Fails with {@link WorkerFailed} when the worker has ended.
     */
    Optional<Map<String, Object>> request(Map<String, Object> request, Duration guard) {
        try {
            stdin.write(JSON.writeValueAsString(request));
            stdin.write('\n');
            stdin.flush();
        } catch (IOException e) {
            throw ended();
        }
        String line;
        try {
            line = replies.poll(guard.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new WorkerFailed("interrupted while the handler ran");
        }
        if (line == null) {
            return Optional.empty();
        }
        if (END.equals(line)) {
            throw ended();
        }
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> reply = JSON.readValue(line, Map.class);
            return Optional.of(reply);
        } catch (JsonProcessingException e) {
            throw new WorkerFailed("the worker wrote a line that is not its protocol's JSON: " + line);
        }
    }

    /** Whether the process still runs. */
    boolean isAlive() {
        return process.isAlive();
    }

    /** The process id, for tests that check no worker is left. */
    long pid() {
        return process.pid();
    }

    /** Ends the worker: closes its stdin (it exits by itself), then kills it if it is still there. */
    @Override
    public void close() {
        LiveWorkers.remove(this);
        try {
            stdin.close();
        } catch (IOException e) {
            // the worker has gone already
        }
        process.destroyForcibly();
        try {
            process.waitFor(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private WorkerFailed ended() {
        try {
            process.waitFor(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        String status = process.isAlive() ? "closed its output" : "exited with status " + process.exitValue();
        String said;
        synchronized (stderr) {
            said = stderr.isEmpty() ? "" : ": " + String.join(" | ", stderr);
        }
        close();
        return new WorkerFailed("Runtime exited with error: " + status + said);
    }

    private void keepStderr(String line) {
        synchronized (stderr) {
            stderr.addLast(line);
            if (stderr.size() > STDERR_LINES) {
                stderr.removeFirst();
            }
        }
    }

    private static void readLines(InputStream stream, Consumer<String> sink) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                sink.accept(line);
            }
        } catch (IOException e) {
            // the process has ended
        }
    }

    private void daemon(String name, Runnable body) {
        Thread thread = new Thread(body, "connect-sim worker " + process.pid() + " " + name);
        thread.setDaemon(true);
        thread.start();
    }

    /** The worker cannot go on: it exited, crashed or wrote something that is not the protocol. */
    static final class WorkerFailed extends RuntimeException {

        WorkerFailed(String message) {
            super(message);
        }
    }
}
