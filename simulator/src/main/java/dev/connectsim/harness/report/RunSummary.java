package dev.connectsim.harness.report;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EmbedEvent;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.HookTestStep;
import io.cucumber.plugin.event.PickleStepTestStep;
import io.cucumber.plugin.event.SnippetsSuggestedEvent;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestRunFinished;
import io.cucumber.plugin.event.TestStepFinished;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What {@code ./connect-sim run} prints on stdout when the features have run: each failed scenario with its place and
 * what went wrong (the step's message, not a stack trace), the snippets Cucumber suggests for steps nobody defined,
 * every block across the run that met something the simulator does not model ({@code unsupported: ...}), the path of
 * the HTML report, and the last line {@code N passed, N failed}. Listed last among the plugins, so the
 * counts come after the coverage lines.
 */
public final class RunSummary implements ConcurrentEventListener {

    private final PrintStream out = System.out;
    private final String report;
    private final List<String> failures = new ArrayList<>();
    private final List<String> snippets = new ArrayList<>();
    private final Map<String, String> failedSteps = new ConcurrentHashMap<>();
    /** Each scenario's last step that ran, so that a hook failing after it can name it. */
    private final Map<String, PickleStepTestStep> lastSteps = new ConcurrentHashMap<>();
    private final Set<String> notModelled = new TreeSet<>();
    private int passed;
    private int failed;

    /** The media type of the attachment in which a scenario lists what its calls met that is not modelled. */
    public static final String NOT_MODELLED_MEDIA_TYPE = "text/x.connect-sim.not-modelled";

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
        publisher.registerHandlerFor(EmbedEvent.class, this::embedded);
    }

    private synchronized void embedded(EmbedEvent event) {
        if (NOT_MODELLED_MEDIA_TYPE.equals(event.getMediaType())) {
            new String(event.getData(), StandardCharsets.UTF_8).lines().forEach(notModelled::add);
        }
    }

    private void stepFinished(TestStepFinished event) {
        String id = event.getTestCase().getId().toString();
        if (event.getTestStep() instanceof PickleStepTestStep step) {
            lastSteps.put(id, step);
        }
        if (event.getResult().getStatus() != Status.FAILED) {
            return;
        }
        Throwable error = event.getResult().getError();
        String why = error == null ? "failed" : message(error);
        if (event.getTestStep() instanceof PickleStepTestStep step) {
            failedSteps.putIfAbsent(id, "step '" + step.getStep().getText() + "' (line " + step.getStep().getLine()
                    + "): " + why);
        } else if (event.getTestStep() instanceof HookTestStep) {
            PickleStepTestStep step = lastSteps.get(id);
            failedSteps.putIfAbsent(id, (step == null ? "a hook"
                    : "after step '" + step.getStep().getText() + "' (line " + step.getStep().getLine() + ")")
                    + ": " + why);
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
        notModelled.forEach(line -> out.println("unsupported: " + line));
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
