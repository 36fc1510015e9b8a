package dev.connectsim.harness.report;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.Node;
import io.cucumber.plugin.event.PickleStepTestStep;
import io.cucumber.plugin.event.SnippetsSuggestedEvent;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestRunFinished;
import io.cucumber.plugin.event.TestSourceParsed;
import io.cucumber.plugin.event.TestStepFinished;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * What {@code ./connect-sim run} prints while the features run: a progress bar on stderr, then on stdout each failed
 * scenario with its place and what went wrong (the step's message, not a stack trace), the snippets Cucumber
 * suggests for steps nobody defined, and the last line {@code N passed, N failed}.
 */
public final class RunProgress implements ConcurrentEventListener {

    private final PrintStream out = System.out;
    private final String report;
    private final List<String> failures = new ArrayList<>();
    private final List<String> snippets = new ArrayList<>();
    private final Map<String, String> failedSteps = new ConcurrentHashMap<>();
    private ProgressBar bar;
    private int scenarios;
    private int passed;
    private int failed;

    /** Progress and summary only. */
    public RunProgress() {
        this("");
    }

    /** Progress and summary, and the path of the HTML report printed just before the summary line. */
    public RunProgress(String report) {
        this.report = report;
    }

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestSourceParsed.class, this::parsed);
        publisher.registerHandlerFor(TestStepFinished.class, this::stepFinished);
        publisher.registerHandlerFor(TestCaseFinished.class, this::caseFinished);
        publisher.registerHandlerFor(SnippetsSuggestedEvent.class, this::snippetsSuggested);
        publisher.registerHandlerFor(TestRunFinished.class, this::runFinished);
    }

    private synchronized void parsed(TestSourceParsed event) {
        event.getNodes().forEach(node -> scenarios += count(node));
        if (bar == null) {
            bar = new ProgressBarBuilder().setTaskName("scenarios").setStyle(ProgressBarStyle.ASCII)
                    .setInitialMax(scenarios).continuousUpdate().build();
        } else {
            bar.maxHint(scenarios);
        }
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
        } else {
            failed++;
            String where = place(event.getTestCase().getUri()) + ":" + event.getTestCase().getLocation().getLine();
            String why = failedSteps.getOrDefault(event.getTestCase().getId().toString(),
                    status == Status.UNDEFINED ? "a step is not defined (see the snippets below)"
                            : status.name().toLowerCase());
            failures.add("FAILED " + where + " " + event.getTestCase().getName() + "\n  " + why.replace("\n", "\n  "));
        }
        if (bar != null) {
            bar.step();
        }
    }

    private synchronized void snippetsSuggested(SnippetsSuggestedEvent event) {
        snippets.add(place(event.getUri()) + ":" + event.getStepLocation().getLine() + ": no step matches '"
                + event.getSuggestion().getStep() + "'; define one, for example:\n"
                + String.join("\n", event.getSuggestion().getSnippets()).indent(4).stripTrailing());
    }

    private synchronized void runFinished(TestRunFinished event) {
        if (bar != null) {
            bar.maxHint(passed + failed);
            bar.close();
        }
        failures.forEach(out::println);
        snippets.forEach(out::println);
        if (event.getResult().getError() != null) {
            out.println("the run failed: " + message(event.getResult().getError()));
        }
        if (!report.isEmpty()) {
            out.println("report: " + report);
        }
        out.println(passed + " passed, " + failed + " failed");
        out.flush();
    }

    private static int count(Node node) {
        if (node instanceof Node.Scenario || node instanceof Node.Example) {
            return 1;
        }
        if (node instanceof Node.Container<?> container) {
            return container.elements().stream().mapToInt(child -> count((Node) child)).sum();
        }
        return 0;
    }

    private static String message(Throwable error) {
        String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        return error instanceof AssertionError ? message : error.getClass().getSimpleName() + ": " + message;
    }

    /** A feature file's place as a person would type it: relative to the working directory when under it. */
    public static String place(URI uri) {
        if (!"file".equals(uri.getScheme())) {
            return uri.toString();
        }
        Path path = Path.of(uri);
        Path here = Path.of("").toAbsolutePath();
        return path.startsWith(here) ? here.relativize(path).toString() : path.toString();
    }
}
