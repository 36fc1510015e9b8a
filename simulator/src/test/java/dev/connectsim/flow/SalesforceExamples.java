package dev.connectsim.flow;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The Salesforce sample flows in {@code ../shared/conformance/salesforce-examples}, found from the simulator
 * module (where surefire runs) or from the repository root. Tests that need them are skipped only when the
 * folder is absent.
 */
public final class SalesforceExamples {

    private static final String FOLDER = "shared/conformance/salesforce-examples";

    private SalesforceExamples() {
    }

    public static Optional<Path> folder() {
        return Stream.of(Path.of("../..", FOLDER), Path.of("..", FOLDER))
                .filter(Files::isDirectory)
                .map(Path::normalize)
                .findFirst();
    }

    /** The folder; skips the calling test when it is absent. */
    public static Path require() {
        Optional<Path> folder = folder();
        assumeTrue(folder.isPresent(), "../shared/conformance/salesforce-examples is absent");
        return folder.get();
    }

    /** One sample file; skips the calling test when the folder is absent. */
    public static Path file(String name) {
        return require().resolve(name);
    }

    /** Every {@code *.json} of the folder, sorted by name; skips the calling test when the folder is absent. */
    public static List<Path> jsonFiles() {
        try (Stream<Path> files = Files.list(require())) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
