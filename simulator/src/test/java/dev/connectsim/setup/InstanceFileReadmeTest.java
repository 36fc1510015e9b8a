package dev.connectsim.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.connectsim.flow.FlowType;
import dev.connectsim.handler.TeamCodeFixture;
import dev.connectsim.lambda.Resolution;
import dev.connectsim.routing.Instance;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example and the mistakes of flows/README.md are what the loader does. */
class InstanceFileReadmeTest {

    private static final Path README = Path.of("..", "flows", "README.md");

    @TempDir
    Path project;

    /** The example's flows folder: its code path, ../lambdas/..., is in the project. */
    private Path dir;

    private String readme;

    @BeforeEach
    void readTheReadmeAndWriteTheFlowsItNames() throws IOException {
        readme = Files.readString(README);
        dir = Files.createDirectories(project.resolve("flows"));
        Path classes = TeamCodeFixture.classes(project.resolve("lambdas/lookup-customer/target/classes"), Map.of(
                "dev.connectsim.example.LookupCustomer", """
                        package dev.connectsim.example;
                        import com.amazonaws.services.lambda.runtime.*;
                        import java.util.Map;
                        public class LookupCustomer implements RequestHandler<Map<String, Object>, Map<String, String>> {
                            public Map<String, String> handleRequest(Map<String, Object> event, Context context) {
                                return Map.of("customerName", "Ada Lovelace");
                            }
                        }
                        """));
        TeamCodeFixture.archive(classes, project.resolve("lambdas/lookup-customer/target/lookup-customer.jar"), "");
        FlowFiles.write(dir, "inbound.json", null);
        FlowFiles.write(dir, "agent-transfer.json", "agentTransfer");
        FlowFiles.write(dir, "queue-transfer.json", "queueTransfer");
    }

    /** The {@code index}th fenced block whose fence names {@code language} ("" for a plain fence). */
    private String block(String language, int index) {
        List<String> blocks = new ArrayList<>();
        StringBuilder current = null;
        String currentLanguage = null;
        for (String line : readme.lines().toList()) {
            if (line.startsWith("```") && current == null) {
                current = new StringBuilder();
                currentLanguage = line.substring(3).strip();
            } else if (line.startsWith("```")) {
                if (currentLanguage.equals(language)) {
                    blocks.add(current.toString());
                }
                current = null;
            } else if (current != null) {
                current.append(line).append('\n');
            }
        }
        assertTrue(blocks.size() > index, "README has a ```" + language + " block #" + index);
        return blocks.get(index);
    }

    @Test
    void theFullExampleLoads() {
        SimulatedInstance loaded = InstanceFile.parse(block("yaml", 0), dir, "flows/instance.yaml");
        Instance instance = loaded.instance();
        assertEquals(List.of("BasicQueue", "SupportQueue", "OverflowQueue"),
                instance.queues().stream().map(q -> q.name()).toList());
        assertEquals("Office Hours", instance.queue("BasicQueue").hoursOfOperation());
        assertTrue(instance.hoursOfOperation("Office Hours").isOpen(Instant.parse("2026-01-07T18:30:00Z")),
                "Wednesday 13:30 in New York");
        assertEquals("Robert", instance.agent("bob").firstName());
        assertEquals("Queue Transfer", instance.quickConnect("Support Queue").flowName());
        assertEquals(FlowType.QUEUE_TRANSFER, loaded.flows().named("Queue Transfer").type());
        assertEquals("Inbound", instance.phoneNumber("+18005550100").orElseThrow().flowName());
        assertTrue(loaded.lambdas().resolve("%%INVOKE_TELEPHONY_FUNCTION_ARN%%") instanceof Resolution.Found);
        assertTrue(loaded.lambdas().resolve("arn:aws:lambda:us-east-1:123456789012:function:LookupCustomer")
                instanceof Resolution.Found, "the team's Java function");
    }

    @Test
    void theOverrideExampleLoadsOverTheFullExample() throws IOException {
        Path base = Files.writeString(dir.resolve("instance.yaml"), block("yaml", 0));
        Path override = Files.writeString(dir.resolve("override.yaml"), block("yaml", 1));
        Instance instance = InstanceFile.load(base, List.of(override)).instance();
        assertEquals("Basic Hours", instance.queue("BasicQueue").hoursOfOperation());
        assertEquals("dave", instance.agents().get(instance.agents().size() - 1).username());
    }

    @Test
    void theMistakesShownAreTheMessagesGiven() {
        List<String> shown = block("", 0).lines().toList();
        String example = block("yaml", 0);
        assertEquals(shown.get(0), mistake(example.replace("    maxContacts: 10", "    maxContact: 10")));
        assertEquals(shown.get(1), mistake(example.replace("[BasicQueue, OverflowQueue]",
                "[BasicQueue, OverflowQueu]")));
        assertEquals(shown.get(2), mistake(example.replace("file: inbound.json", "file: inbound.jsn")));
    }

    @Test
    void theBadBindingsOfTheTeamsOwnFunctionShownAreTheMessagesGiven() {
        List<String> shown = block("text", 0).lines().toList();
        String example = block("yaml", 0);
        assertEquals(shown.get(0), mistake(example.replace("target/lookup-customer.jar", "target/lookup-customr.jar"))
                .replace(project.toString(), "/work/project"));
        assertEquals(shown.get(1), mistake(example.replace("LookupCustomer::handleRequest",
                "LookupCustomer::handleRequst")));
        assertEquals(shown.get(2), mistake(example.replace("runtime: java17", "runtime: java-17")));
    }

    private String mistake(String yaml) {
        return assertThrows(InstanceFileException.class, () -> InstanceFile.parse(yaml, dir, "flows/instance.yaml"))
                .getMessage().replace(dir.toString(), "flows");
    }
}
