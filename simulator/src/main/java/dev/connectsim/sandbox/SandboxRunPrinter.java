package dev.connectsim.sandbox;

import dev.connectsim.harness.report.RunProgress;
import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.PickleStepTestStep;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestCaseStarted;
import io.cucumber.plugin.event.TestRunFinished;
import io.cucumber.plugin.event.TestStepFinished;
import java.io.PrintStream;

/**
 * What {@code run --target sandbox} prints, scenario by scenario (they run one at a time): the scenario and its
 * place, then each Connect API call as it is made (or, in a dry run, would be), then how it ended: passed, failed
 * with the step's message, or skipped with the reason. The last line is {@code N passed, N failed, N skipped}.
 */
public final class SandboxRunPrinter implements ConcurrentEventListener {

    private final PrintStream out = System.out;
    private int passed;
    private int failed;
    private int skipped;
    private String outcome;

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestCaseStarted.class, this::started);
        publisher.registerHandlerFor(TestStepFinished.class, this::stepFinished);
        publisher.registerHandlerFor(TestCaseFinished.class, this::finished);
        publisher.registerHandlerFor(TestRunFinished.class, this::runFinished);
    }

    private synchronized void started(TestCaseStarted event) {
        outcome = null;
        out.println();
        out.println("Scenario: " + event.getTestCase().getName() + " ("
                + RunProgress.place(event.getTestCase().getUri()) + ":"
                + event.getTestCase().getLocation().getLine() + ")");
    }

    private synchronized void stepFinished(TestStepFinished event) {
        Status status = event.getResult().getStatus();
        if (outcome != null || status == Status.PASSED) {
            return;
        }
        Throwable error = event.getResult().getError();
        String message = error == null ? status.name().toLowerCase() : oneLine(error);
        if (status == Status.SKIPPED && error != null) {
            String step = event.getTestStep() instanceof PickleStepTestStep s ? "step '" + s.getStep().getText()
                    + "': " : "";
            outcome = "skipped: " + step + message;
        } else if (status == Status.FAILED) {
            String step = event.getTestStep() instanceof PickleStepTestStep s ? "step '" + s.getStep().getText()
                    + "' (line " + s.getStep().getLine() + "): " : "";
            outcome = "FAILED: " + step + message;
        } else if (status == Status.UNDEFINED) {
            outcome = "FAILED: a step is not defined";
        }
    }

    private synchronized void finished(TestCaseFinished event) {
        Status status = event.getResult().getStatus();
        if (status == Status.PASSED) {
            passed++;
            out.println("  passed");
        } else if (status == Status.SKIPPED) {
            skipped++;
            out.println("  " + (outcome == null ? "skipped" : outcome));
        } else {
            failed++;
            out.println("  " + (outcome == null ? "FAILED: " + status.name().toLowerCase() : outcome));
        }
    }

    private synchronized void runFinished(TestRunFinished event) {
        out.println();
        if (event.getResult().getError() != null) {
            out.println("the run failed: " + oneLine(event.getResult().getError()));
        }
        SandboxSession.summary().ifPresent(out::println);
        out.println(passed + " passed, " + failed + " failed, " + skipped + " skipped");
        out.flush();
    }

    private static String oneLine(Throwable error) {
        String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        return message.strip().replace("\n", "\n  ");
    }
}
