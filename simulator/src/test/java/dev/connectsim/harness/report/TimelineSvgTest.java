package dev.connectsim.harness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.connectsim.contact.Endpoint;
import dev.connectsim.harness.ScenarioWorld;
import dev.connectsim.telephony.ThirdPartyBehavior;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The picture of a call as a person reads it: a lane per party with its connection's states as bars, the agents'
 * actions as arrows from the agent, the flow, Lambda and Salesforce lanes, and where a scenario failed.
 */
class TimelineSvgTest {

    private static final Pattern LANE = Pattern.compile("data-lane=\"([^\"]+)\"");
    private static final Pattern TEXT = Pattern.compile("<text [^>]*>(?:<title>[^<]*</title>)?([^<]*)</text>");
    private static final Pattern FONT_SIZE = Pattern.compile("font-size=\"(\\d+)\"");
    private static final Endpoint THIRD_PARTY = Endpoint.byPhoneNumber("+15550199");

    static String pictureOf(Consumer<ScenarioWorld> call, boolean failed) {
        try (ScenarioWorld world = ScenarioWorld.in(Path.of(".."))) {
            world.numberBehaves("+15550199", ThirdPartyBehavior.answersAfter(Duration.ofSeconds(5)));
            call.accept(world);
            return new String(TimelineSvg.svg(world.callLanes(failed)), StandardCharsets.UTF_8);
        }
    }

    static void coldTransfer(ScenarioWorld world) {
        world.customerWaitsIn("BasicQueue", "+15550100");
        world.agentAccepts("alice", ScenarioWorld.DEFAULT_WAIT);
        world.agentTransfers("alice", ScenarioWorld.TransferKind.COLD, THIRD_PARTY);
        world.runUntil(() -> world.transfer().isDone(), Duration.ofSeconds(60));
    }

    static void warmTransfer(ScenarioWorld world) {
        world.customerWaitsIn("BasicQueue", "+15550100");
        world.agentAccepts("alice", ScenarioWorld.DEFAULT_WAIT);
        world.agentTransfers("alice", ScenarioWorld.TransferKind.WARM, THIRD_PARTY);
        world.runUntil(() -> world.warmTransfer().isConsulting(), Duration.ofSeconds(30));
        world.runFor(Duration.ofSeconds(20));
        world.warmTransfer().joinAndLeave();
        world.runUntil(() -> world.warmTransfer().isDone(), Duration.ofSeconds(10));
    }

    @Test
    void aColdTransferHasALaneForTheCustomerAliceAndTheThirdPartyWithTheCustomersHold() {
        String svg = pictureOf(TimelineSvgTest::coldTransfer, false);

        assertEquals(List.of("customer +15550100", "alice", "+15550199"), all(LANE, svg));
        assertTrue(svg.contains("class=\"bar hold\""), "the customer's hold is a bar: " + svg);
        assertTrue(reads(svg, "alice holds"), svg);
        assertTrue(reads(svg, "alice dials +15550199"), svg);
        assertTrue(reads(svg, "alice joins everyone (conference)"), svg);
        assertTrue(reads(svg, "leaves the call"), svg);
        assertFalse(svg.contains("class=\"failure\""), "a passing scenario marks no failure");
    }

    @Test
    void aWarmTransferShowsTheConsultTheConferenceAndAliceLeaving() {
        String svg = pictureOf(TimelineSvgTest::warmTransfer, false);

        assertEquals(List.of("customer +15550100", "alice", "+15550199"), all(LANE, svg));
        assertTrue(svg.contains("class=\"bar hold\""), svg);
        assertTrue(svg.contains("class=\"bar connecting\""), "the third party rings first: " + svg);
        assertTrue(reads(svg, "alice joins everyone (conference)"), svg);
        assertTrue(reads(svg, "leaves the call"), svg);
        assertTrue(reads(svg, "\u22ee 21 s"), "the 21-second consult is cut short, saying how long: "
                + svg);
    }

    @Test
    void aTransferThroughAFlowHasItsBlocksLambdaAttemptsWithTheirLimitAndSalesforceRequests() {
        String svg = pictureOf(world -> {
            world.customerWaitsIn("BasicQueue", "+15550100");
            world.agentAccepts("alice", ScenarioWorld.DEFAULT_WAIT);
            world.agentTransfersToQuickConnect("alice", "Transfer to Bob");
            world.runFor(Duration.ofSeconds(30));
        }, false);

        assertEquals(List.of("customer +15550100", "alice", "bob", "Transfer to Bob", "Contact flow", "Lambda",
                "Salesforce"),
                all(LANE, svg));
        assertTrue(reads(svg, "create-vc-tries (Loop) \u2192 Equals [ContinueLooping]"), svg);
        assertTrue(reads(svg, "InvokeTelephonyIntegrationApiFunction attempt 1 (limit 8 s): cold start, 250 ms,"
                + " returned"),
                svg);
        assertTrue(reads(svg, "POST /voiceCalls: 200 after 250 ms"), svg);
    }

    @Test
    void aFailedScenarioIsMarkedWhereItFailed() {
        String svg = pictureOf(TimelineSvgTest::coldTransfer, true);

        assertTrue(svg.contains("<g class=\"failure\">"), svg);
        assertTrue(reads(svg, "the scenario failed here"), svg);
    }

    @Test
    void everyTextIsAtLeastElevenPixels() {
        String svg = pictureOf(TimelineSvgTest::warmTransfer, true);

        List<String> sizes = all(FONT_SIZE, svg);
        assertFalse(sizes.isEmpty());
        assertTrue(sizes.stream().allMatch(size -> Integer.parseInt(size) >= 11), sizes.toString());
    }

    /**
     * Whether the picture shows {@code words}, maybe wrapped over lines (a long word is broken anywhere, so spaces
     * are not compared).
     */
    private static boolean reads(String svg, String words) {
        return String.join("", all(TEXT, svg)).replace(" ", "").contains(words.replace(" ", ""));
    }

    private static List<String> all(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
