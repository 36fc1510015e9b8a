package dev.connectsim.cli;

import dev.connectsim.harness.ProjectRoot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code connect-sim} in a JVM of its own, with only the environment given (plus PATH), for what cannot be set
 * inside the test JVM: HOME, which the AWS SDK reads once per process for the SSO token cache, and {@code AWS_*}
 * variables. Instance metadata is always off ({@code AWS_EC2_METADATA_DISABLED}), so nothing leaves 127.0.0.1.
 */
final class ChildCli {

    private static final long TIMEOUT_SECONDS = 120;

    /** What the child printed, and its exit code. */
    record Result(int exit, String out, String err) {
    }

    private ChildCli() {
    }

    /** Runs {@code args} with {@code environment}; {@code folder} keeps what it printed. */
    static Result run(Path folder, Map<String, String> environment, String... args)
            throws IOException, InterruptedException {
        Path root = ProjectRoot.find();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-XX:TieredStopAtLevel=1", "-Djava.awt.headless=true",
                "-D" + ProjectRoot.PROPERTY + "=" + root, "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(folder, "child", ".out");
        Path err = Files.createTempFile(folder, "child", ".err");
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().clear();
        builder.environment().put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        builder.environment().put("AWS_EC2_METADATA_DISABLED", "true");
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("connect-sim " + String.join(" ", args) + " still ran after " + TIMEOUT_SECONDS
                    + " s; it printed: " + Files.readString(out) + Files.readString(err));
        }
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
