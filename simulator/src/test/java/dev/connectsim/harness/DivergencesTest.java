package dev.connectsim.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** features/simulator-only.yaml: finding a scenario's reason, and a broken list in one line. */
class DivergencesTest {

    @TempDir
    Path features;

    @Test
    void anOutlinesPlaceholdersMatchEachExamplesName() throws IOException {
        Files.writeString(features.resolve(Divergences.FILE), """
                - feature: transfers/agent-transfer.feature
                  scenario: "Salesforce fails with <status>: the error branch"
                  reason: the simulated Salesforce
                """);
        Divergences list = Divergences.in(features);

        assertEquals(Optional.of("the simulated Salesforce"), list.reason(
                URI.create("classpath:features/transfers/agent-transfer.feature"),
                "Salesforce fails with 429: the error branch"));
        assertEquals(Optional.empty(), list.reason(URI.create("file:/p/features/transfers/cold-transfer.feature"),
                "Salesforce fails with 429: the error branch"));
        assertEquals(Optional.empty(), list.reason(URI.create("file:/p/features/transfers/agent-transfer.feature"),
                "Salesforce fails with 429: another branch"));
    }

    @Test
    void anEntryWithoutAReasonIsOneLineNamingTheFileAndTheEntry() throws IOException {
        Files.writeString(features.resolve(Divergences.FILE), """
                - feature: transfers/agent-transfer.feature
                  scenario: The target agent does not answer
                """);

        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class, () -> Divergences.in(features));

        assertEquals(features.resolve(Divergences.FILE) + ": entry 1: expected 'reason' (text), found nothing",
                wrong.getMessage());
    }

    @Test
    void aFileThatIsNotAListSaysWhatItShouldBe() throws IOException {
        Files.writeString(features.resolve(Divergences.FILE), "feature: x\n");

        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class, () -> Divergences.in(features));

        assertEquals(features.resolve(Divergences.FILE) + ": expected a list of {feature, scenario, reason}",
                wrong.getMessage());
    }
}
