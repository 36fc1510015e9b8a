package dev.connectsim.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A team's project as small as it gets, written into a folder for a test: {@code flows/instance.yaml} with the queue
 * BasicQueue and alice taking its calls by hand, an empty {@code features/}, no {@code stubs/}; optionally one flow.
 */
public final class SmallProject {

    private static final String INSTANCE = """
            queues:
              BasicQueue: {}
            routingProfiles:
              Basic: [BasicQueue]
            agents:
              alice: {routingProfile: Basic, behavior: manual}
            """;

    private SmallProject() {
    }

    /** Writes the project into {@code root}, with {@code more} sections appended to its instance file. */
    public static Path write(Path root, String more) throws IOException {
        Files.createDirectories(root.resolve("features"));
        Files.writeString(Files.createDirectories(root.resolve("flows")).resolve("instance.yaml"), INSTANCE + more);
        return root;
    }

    /**
     * Writes the project into {@code root} with one flow, Odd (flows/odd.json, current format), answering
     * {@code number}; {@code actions} are its actions as JSON objects, the first one its StartAction. Returns the
     * flow's file.
     */
    public static Path withFlow(Path root, String number, String actions) throws IOException {
        write(root, """
                phoneNumbers:
                  "%s": Odd
                flows:
                  Odd: {file: odd.json, type: CONTACT_FLOW}
                """.formatted(number));
        String start = actions.replaceFirst("(?s).*?\"Identifier\":\\s*\"([^\"]*)\".*", "$1");
        Path flow = root.resolve("flows/odd.json");
        Files.writeString(flow, "{\"Version\": \"2019-10-30\", \"StartAction\": \"" + start + "\", \"Actions\": ["
                + actions + "]}");
        return flow;
    }
}
