package dev.connectsim.harness.report;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCase;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestRunFinished;
import io.cucumber.plugin.event.TestRunStarted;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * What {@code ./connect-sim run} prints while the features run, on stdout. At a terminal ({@link ProgressOutput}):
 * a progress bar, closed as soon as the last scenario finished, so nothing printed after it is drawn over. In a log:
 * one line per finished scenario, {@code passed  Cold transfer (features/transfers/cold-transfer.feature:12)} or
 * {@code FAILED ...}, and never a carriage return. What failed and the counts come after, from {@link RunSummary}.
 *
 * <p>Design note: the plugin argument is the number of scenarios the run will execute (the run command selects them
 * before Cucumber starts), which the bar needs for its end; the plugin is listed first, so that even when a scenario
 * goes missing, its end-of-run handler closes the bar before the other plugins print.
 */
public final class RunProgress implements ConcurrentEventListener {

    private final PrintStream out;
    private final ProgressOutput output;
    private final int expected;
    private ProgressBar bar;
    private LineEnding consumer;
    private int finished;

    /** Progress of a run of {@code expected} scenarios, shown as this process's output allows. */
    public RunProgress(String expected) {
        this(Integer.parseInt(expected), ProgressOutput.ofThisProcess(), System.out);
    }

    RunProgress(int expected, ProgressOutput output, PrintStream out) {
        this.expected = expected;
        this.output = output;
        this.out = out;
    }

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestRunStarted.class, event -> openBar());
        publisher.registerHandlerFor(TestCaseFinished.class, this::caseFinished);
        publisher.registerHandlerFor(TestRunFinished.class, event -> closeBar());
    }

    private synchronized void caseFinished(TestCaseFinished event) {
        finished++;
        if (output == ProgressOutput.LINES) {
            out.println(line(event.getTestCase(), event.getResult().getStatus()));
            out.flush();
            return;
        }
        if (bar != null) {
            bar.step();
        }
        if (finished >= expected) {
            closeBar();
        }
    }

    private synchronized void openBar() {
        if (output == ProgressOutput.BAR && expected > 0) {
            consumer = new LineEnding(out);
            bar = new ProgressBarBuilder().setTaskName("scenarios").setStyle(ProgressBarStyle.ASCII)
                    .setInitialMax(expected).setConsumer(consumer).continuousUpdate().build();
        }
    }

    private synchronized void closeBar() {
        if (bar != null) {
            bar.close();
            bar = null;
            if (!consumer.ended) {
                consumer.close();
            }
        }
    }

    /**
     * The console consumer, noting whether the bar ended its line: progressbar 0.10.1 closes the consumer only when
     * its update thread drew the bar at least once, so a bar closed sooner would leave its line open.
     */
    private static final class LineEnding extends ConsoleProgressBarConsumer {
        private volatile boolean ended;

        LineEnding(PrintStream out) {
            super(out);
        }

        @Override
        public void close() {
            ended = true;
            super.close();
        }
    }

    /** {@code passed  <scenario> (<file>:<line>)}: the status padded so that the names line up. */
    static String line(TestCase testCase, Status status) {
        return String.format("%-7s %s (%s:%d)", status == Status.PASSED ? "passed" : "FAILED", testCase.getName(),
                place(testCase.getUri()), testCase.getLocation().getLine());
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
