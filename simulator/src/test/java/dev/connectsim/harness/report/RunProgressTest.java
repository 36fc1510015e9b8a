package dev.connectsim.harness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cucumber.plugin.event.EventHandler;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.Location;
import io.cucumber.plugin.event.Result;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCase;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestRunFinished;
import io.cucumber.plugin.event.TestRunStarted;
import io.cucumber.plugin.event.TestStep;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The progress of a run: in a log one plain line per scenario; at a terminal a bar that ends before others print. */
class RunProgressTest {

    private static final URI FEATURE = URI.create("file:///project/features/x.feature");

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final Events events = new Events();

    @Test
    void inALogEachFinishedScenarioIsOnePlainLineWithoutACarriageReturn() {
        RunProgress progress = new RunProgress(2, ProgressOutput.LINES, new PrintStream(printed, true,
                StandardCharsets.UTF_8));
        progress.setEventPublisher(events);

        events.send(new TestRunStarted(Instant.EPOCH));
        events.send(finished("Cold transfer", 12, Status.PASSED));
        events.send(finished("Warm transfer", 30, Status.FAILED));
        events.send(new TestRunFinished(Instant.EPOCH));

        assertEquals("passed  Cold transfer (/project/features/x.feature:12)\n"
                + "FAILED  Warm transfer (/project/features/x.feature:30)\n", text());
    }

    @Test
    void atATerminalTheBarEndsItsLineWhenTheLastScenarioFinishesSoNothingAfterIsDrawnOver() {
        // The bug: the bar was closed at the end of the run, after the coverage lines, and redrew over the last one.
        RunProgress progress = new RunProgress(2, ProgressOutput.BAR, new PrintStream(printed, true,
                StandardCharsets.UTF_8));
        progress.setEventPublisher(events);

        events.send(new TestRunStarted(Instant.EPOCH));
        events.send(finished("Cold transfer", 12, Status.PASSED));
        events.send(finished("Warm transfer", 30, Status.PASSED));
        String afterTheLast = text();
        events.send(new TestRunFinished(Instant.EPOCH));

        assertTrue(afterTheLast.contains("2/2"), afterTheLast);
        assertTrue(afterTheLast.endsWith("\n"), "the bar's line is finished: " + afterTheLast);
        assertEquals(afterTheLast, text(), "nothing is drawn once the last scenario finished");
        assertFalse(afterTheLast.contains("Cold transfer"), "a bar, not lines: " + afterTheLast);
    }

    private String text() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    private static TestCaseFinished finished(String name, int line, Status status) {
        return new TestCaseFinished(Instant.EPOCH, new Scenario(name, line), new Result(status, Duration.ZERO, null));
    }

    /** The least of a test case the progress reads: its name, file and line. */
    private record Scenario(String name, int line) implements TestCase {

        @Override
        public Integer getLine() {
            return line;
        }

        @Override
        public Location getLocation() {
            return new Location(line, 3);
        }

        @Override
        public String getKeyword() {
            return "Scenario";
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public String getScenarioDesignation() {
            return FEATURE + ":" + line + " # " + name;
        }

        @Override
        public List<String> getTags() {
            return List.of();
        }

        @Override
        public List<TestStep> getTestSteps() {
            return List.of();
        }

        @Override
        public URI getUri() {
            return FEATURE;
        }

        @Override
        public UUID getId() {
            return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** An event bus of one thread: each event goes to the handlers of its class, in the order they came. */
    private static final class Events implements EventPublisher {

        private final Map<Class<?>, List<EventHandler<?>>> handlers = new HashMap<>();

        @Override
        public <T> void registerHandlerFor(Class<T> eventType, EventHandler<T> handler) {
            handlers.computeIfAbsent(eventType, type -> new ArrayList<>()).add(handler);
        }

        @Override
        public <T> void removeHandlerFor(Class<T> eventType, EventHandler<T> handler) {
            handlers.getOrDefault(eventType, new ArrayList<>()).remove(handler);
        }

        @SuppressWarnings("unchecked")
        <T> void send(T event) {
            handlers.getOrDefault(event.getClass(), List.of()).forEach(h -> ((EventHandler<T>) h).receive(event));
        }
    }
}
