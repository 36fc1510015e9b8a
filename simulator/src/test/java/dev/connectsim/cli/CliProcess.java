package dev.connectsim.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code connect-sim} as its own process in a chosen working directory, as the launcher does (the same JVM
 * options, this test run's classpath), for what an in-process run cannot show: finding the project from the
 * working directory, and a whole run in a project outside this repository. The process is ended when it outlives
 * its time limit.
 */
final class CliProcess {

    /** What a run left: its exit code and what it printed. */
    record Result(int exitCode, String out, String err) {
    }

    private CliProcess() {
    }

    /** Runs {@code args} in {@code workingDirectory} with {@code env} added to this process's environment. */
    static Result run(Path workingDirectory, Map<String, String> env, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(args));
        try {
            Path out = Files.createTempFile("connect-sim-out", ".txt");
            Path err = Files.createTempFile("connect-sim-err", ".txt");
            ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE);
            builder.environment().putAll(env);
            Process process = builder.start();
            process.getOutputStream().close();
            try {
                if (!process.waitFor(3, TimeUnit.MINUTES)) {
                    throw new AssertionError("connect-sim " + String.join(" ", args) + " still ran after 3 minutes");
                }
            } finally {
                process.destroyForcibly();
            }
            Result result = new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
            Files.delete(out);
            Files.delete(err);
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** Runs {@code args} in {@code workingDirectory}. */
    static Result run(Path workingDirectory, String... args) {
        return run(workingDirectory, Map.of(), args);
    }
}
