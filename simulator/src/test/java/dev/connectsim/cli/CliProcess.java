package dev.connectsim.cli;

import dev.connectsim.project.Project;
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
 * Runs {@code connect-sim} as a process of its own, with this test run's classpath, for what an in-process run
 * cannot show: finding the project from the working directory, a whole run in a project outside this repository,
 * and what the AWS SDK reads once per process (HOME for the SSO token cache, {@code AWS_*} variables). A process
 * that outlives its time limit is ended and the test fails.
 */
final class CliProcess {

    private static final long TIMEOUT_MINUTES = 3;

    /** What a run left: its exit code and what it printed. */
    record Result(int exit, String out, String err, long pid) {
    }

    private CliProcess() {
    }

    /** Runs {@code args} in {@code workingDirectory}, in this process's environment. */
    static Result run(Path workingDirectory, String... args) {
        return start(workingDirectory, null, List.of(), args);
    }

    /** Runs {@code args} in {@code workingDirectory} with {@code jvmOptions}, such as {@code -Dname=value}. */
    static Result runWith(Path workingDirectory, List<String> jvmOptions, String... args) {
        return start(workingDirectory, null, jvmOptions, args);
    }

    /**
     * Runs {@code args} in this repository's project with only {@code environment}, PATH and instance metadata
     * turned off ({@code AWS_EC2_METADATA_DISABLED}) as its environment, so nothing leaves 127.0.0.1 and no real
     * {@code ~/.aws} is read.
     */
    static Result runIsolated(Map<String, String> environment, String... args) {
        return start(Project.find().root(), environment, List.of("-XX:TieredStopAtLevel=1"), args);
    }

    private static Result start(Path workingDirectory, Map<String, String> isolated, List<String> jvmOptions,
            String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Djava.awt.headless=true"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        try {
            Path out = Files.createTempFile("connect-sim", ".out");
            Path err = Files.createTempFile("connect-sim", ".err");
            ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
            if (isolated != null) {
                builder.environment().clear();
                builder.environment().put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
                builder.environment().put("AWS_EC2_METADATA_DISABLED", "true");
                builder.environment().putAll(isolated);
            }
            Process process = builder.start();
            try {
                if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                    throw new AssertionError("connect-sim " + String.join(" ", args) + " still ran after "
                            + TIMEOUT_MINUTES + " minutes; it printed: " + Files.readString(out) + Files.readString(err));
                }
            } finally {
                process.destroyForcibly();
            }
            Result result = new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8), process.pid());
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
}
