package dev.connectsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.connectsim.cli.ScenarioSelection.Scenario;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@code --shard I/N}: N parts that hold every scenario once, the same parts on every machine. */
class ShardTest {

    /** Ten scenarios in three files, listed as a file system might: not in order. */
    private static final List<Scenario> SCENARIOS = List.of(
            scenario("features/transfers/warm-transfer.feature", 31),
            scenario("features/inbound/inbound.feature", 13),
            scenario("features/transfers/cold-transfer.feature", 7),
            scenario("features/transfers/warm-transfer.feature", 4),
            scenario("features/transfers/cold-transfer.feature", 18),
            scenario("features/inbound/inbound.feature", 7),
            scenario("features/transfers/cold-transfer.feature", 65),
            scenario("features/transfers/warm-transfer.feature", 49),
            scenario("features/transfers/cold-transfer.feature", 29),
            scenario("features/transfers/cold-transfer.feature", 40));

    @Test
    void theThreeShardsTogetherHoldEveryScenarioExactlyOnce() {
        List<Scenario> together = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            together.addAll(new Shard(i, 3).of(SCENARIOS));
        }

        assertEquals(SCENARIOS.size(), together.size(), "no scenario twice: " + together);
        assertTrue(together.containsAll(SCENARIOS), "none left out: " + together);
    }

    @Test
    void theShardsDifferInSizeByOneScenarioAtMost() {
        assertEquals(List.of(4, 3, 3), List.of(new Shard(1, 3).of(SCENARIOS).size(),
                new Shard(2, 3).of(SCENARIOS).size(), new Shard(3, 3).of(SCENARIOS).size()));
    }

    @Test
    void theSplitIsTheSameWhateverOrderTheScenariosAreListedIn() {
        List<Scenario> reversed = new ArrayList<>(SCENARIOS);
        Collections.reverse(reversed);
        List<Scenario> shuffled = new ArrayList<>(SCENARIOS);
        Collections.shuffle(shuffled, new Random(7));

        for (int i = 1; i <= 3; i++) {
            Shard shard = new Shard(i, 3);
            assertEquals(shard.of(SCENARIOS), shard.of(reversed));
            assertEquals(shard.of(SCENARIOS), shard.of(shuffled));
        }
    }

    @Test
    void scenariosAreDealtInTurnByFileAndLine() {
        assertEquals(List.of(scenario("features/inbound/inbound.feature", 7),
                scenario("features/transfers/cold-transfer.feature", 18),
                scenario("features/transfers/cold-transfer.feature", 65),
                scenario("features/transfers/warm-transfer.feature", 49)), new Shard(1, 3).of(SCENARIOS));
    }

    @Test
    void moreShardsThanScenariosLeavesTheLastOnesEmpty() {
        assertEquals(List.of(), new Shard(12, 12).of(SCENARIOS));
    }

    @Test
    void aShardIsWrittenIOverN() {
        assertEquals(new Shard(2, 3), Shard.parse("2/3"));
        assertEquals("2/3", Shard.parse(" 2/3 ").toString());
    }

    @Test
    void anythingElseIsRefusedSayingTheFormExpected() {
        for (String bad : List.of("0/3", "4/3", "1/0", "x", "2", "2/3/4", "-1/3", "99999999999/3")) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> Shard.parse(bad),
                    bad);
            assertTrue(refused.getMessage().contains("expected I/N"), refused.getMessage());
        }
    }

    private static Scenario scenario(String place, int line) {
        return new Scenario(Path.of("/project").resolve(place), place, line, place + ":" + line, List.of());
    }
}
