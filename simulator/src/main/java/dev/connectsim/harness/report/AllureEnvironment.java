package dev.connectsim.harness.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code environment.properties} in Allure's results folder: what Allure's report shows under "Environment" (the
 * connect-sim version, the seed, the instance file, the Java version), one {@code key = value} a line.
 */
public final class AllureEnvironment {

    /** The file's name, which Allure looks for. */
    public static final String FILE = "environment.properties";

    private AllureEnvironment() {
    }

    /** Writes {@code values}, in their order, into {@code results}. */
    public static void write(Path results, Map<String, String> values) {
        String text = values.entrySet().stream()
                .map(e -> e.getKey() + " = " + e.getValue().replace("\\", "\\\\").replace("\n", " "))
                .collect(Collectors.joining("\n", "", "\n"));
        try {
            Files.createDirectories(results);
            Files.writeString(results.resolve(FILE), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + results.resolve(FILE), e);
        }
    }
}
