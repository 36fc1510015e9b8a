package dev.connectsim.harness.report;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.PickleStepTestStep;
import io.cucumber.plugin.event.SnippetsSuggestedEvent;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestRunFinished;
import io.cucumber.plugin.event.TestStepFinished;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What {@code ./connect-sim run} prints on stdout when the features have run: each failed scenario with its place and
 * what went wrong (the step's message, not a stack trace), the snippets Cucumber suggests for steps nobody defined,
 * the path of the HTML report, and the last line {@code N passed, N failed}. Listed last among the plugins, so the
 * counts come after the coverage lines.
 */
public final class RunSummary implements ConcurrentEventListener {

    private final PrintStream out = System.out;
    private final String report;
    private final List<String> failures = new ArrayList<>();
    private final List<String> snippets = new ArrayList<>();
    private final Map<String, String> failedSteps = new ConcurrentHashMap<>();
    private int passed;
    private int failed;

    /** The summary only. */
    public RunSummary() {
        this("");
    }

    /** The summary, and the path of the HTML report printed just before the counts. */
    public RunSummary(String report) {
        this.report = report;
    }

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestStepFinished.class, this::stepFinished);
        publisher.registerHandlerFor(TestCaseFinished.class, this::caseFinished);
        publisher.registerHandlerFor(SnippetsSuggestedEvent.class, this::snippetsSuggested);
        publisher.registerHandlerFor(TestRunFinished.class, this::runFinished);
    }

    private void stepFinished(TestStepFinished event) {
        if (event.getResult().getStatus() == Status.FAILED && event.getTestStep() instanceof PickleStepTestStep step) {
            Throwable error = event.getResult().getError();
            failedSteps.putIfAbsent(event.getTestCase().getId().toString(), "step '" + step.getStep().getText()
                    + "' (line " + step.getStep().getLine() + "): " + (error == null ? "failed" : message(error)));
        }
    }

    private synchronized void caseFinished(TestCaseFinished event) {
        Status status = event.getResult().getStatus();
        if (status == Status.PASSED) {
            passed++;
            return;
        }
        failed++;
        String where = RunProgress.place(event.getTestCase().getUri()) + ":"
                + event.getTestCase().getLocation().getLine();
        String why = failedSteps.getOrDefault(event.getTestCase().getId().toString(),
                status == Status.UNDEFINED ? "a step is not defined (see the snippets below)"
                        : status.name().toLowerCase());
        failures.add("FAILED " + where + " " + event.getTestCase().getName() + "\n  " + why.replace("\n", "\n  "));
    }

    private synchronized void snippetsSuggested(SnippetsSuggestedEvent event) {
        snippets.add(RunProgress.place(event.getUri()) + ":" + event.getStepLocation().getLine()
                + ": no step matches '" + event.getSuggestion().getStep() + "'; define one, for example:\n"
                + String.join("\n", event.getSuggestion().getSnippets()).indent(4).stripTrailing());
    }

    private synchronized void runFinished(TestRunFinished event) {
        failures.forEach(out::println);
        snippets.forEach(out::println);
        if (event.getResult().getError() != null) {
            out.println("the run failed: " + message(event.getResult().getError()));
        }
        if (!report.isEmpty()) {
            out.println("report: " + report);
        }
        out.println(counts(passed, failed));
        out.flush();
    }

    /** The last line of a run: {@code N passed, N failed}. */
    public static String counts(long passed, long failed) {
        return passed + " passed, " + failed + " failed";
    }

    private static String message(Throwable error) {
        String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        return error instanceof AssertionError ? message : error.getClass().getSimpleName() + ": " + message;
    }
}
