package dev.connectsim.handler.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.connectsim.handler.BadHandlerBinding;
import dev.connectsim.lambda.AttemptResult;
import dev.connectsim.lambda.FunctionCannotRun;
import dev.connectsim.lambda.LambdaOutcome;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A worker process lives as long as its execution environment: a cold start starts one, the environment's end (idle
 * expiry, the run's end) ends it, and none outlives the run, also when the handler never answers, the binding is bad
 * or the JVM goes away.
 */
class WorkerLifecycleTest {

    @TempDir
    Path dir;

    private Path code(String source) {
        return WorkerRun.code(dir.resolve("team"), Map.of("index.js", source));
    }

    private WorkerFunction function(String source) {
        return WorkerFunction.load(WorkerRun.binding("nodejs20.x", code(source), "index.handler"));
    }

    @Test
    void theRunsEndEndsItsWorkers() {
        WorkerFunction function = function("exports.handler = async () => ({});");
        WorkerRun run = new WorkerRun(function);
        run.invoke(3);
        assertEquals(1, WorkerProcesses.runningIn(dir.resolve("team")).size(), "the environment's worker");

        run.close();

        assertEquals(List.of(), WorkerProcesses.runningIn(dir.resolve("team")));
    }

    @Test
    void anEnvironmentIdlePastItsExpiryEndsItsWorkerAndTheNextCallStartsAnother() {
        WorkerFunction function = function("""
                let calls = 0;
                exports.handler = async () => ({ calls: ++calls, pid: process.pid });
                """);
        try (WorkerRun run = new WorkerRun(function)) {
            Object firstPid = assertInstanceOf(LambdaOutcome.Success.class, run.invoke(3)).external().get("pid");
            assertEquals("2", assertInstanceOf(LambdaOutcome.Success.class, run.invoke(3)).external().get("calls"),
                    "the same warm worker");
            run.scheduler.runFor(Duration.ofMinutes(11));
            Map<String, Object> cold = assertInstanceOf(LambdaOutcome.Success.class, run.invoke(3)).external();

            assertEquals("1", cold.get("calls"), "a cold start: a new worker");
            assertTrue(ProcessHandle.of(Long.parseLong((String) firstPid)).map(p -> !p.isAlive()).orElse(true),
                    "the expired environment's worker has ended");
        }
    }

    @Test
    void aHandlerThatNeverAnswersEndsAtTheVirtualTimeLimitAndItsWorkerIsEnded() {
        WorkerFunction function = WorkerFunction.load(new dev.connectsim.handler.HandlerBinding(WorkerRun.ARN,
                "nodejs20.x", code("exports.handler = async () => { for (;;) {} };"), "team", "index.handler",
                Map.of(), Duration.ofSeconds(1), 128, Duration.ZERO));
        try (WorkerRun run = new WorkerRun(function, 7, Duration.ofSeconds(1))) {
            long realStart = System.nanoTime();
            LambdaOutcome.Error error = assertInstanceOf(LambdaOutcome.Error.class, run.invoke(1));
            Duration waited = Duration.ofNanos(System.nanoTime() - realStart);

            assertEquals(WorkerRun.START.plusSeconds(1), error.at(), "the error branch at the block's 1 s limit");
            assertEquals(1, run.attempts().size(), "no time is left for a retry");
            assertInstanceOf(AttemptResult.FunctionTimedOut.class, run.attempts().get(0).result());
            assertEquals(WorkerRun.START.plusSeconds(1), run.attempts().get(0).endedAt(),
                    "the attempt ends at the function's 1 s timeout, in virtual time");
            assertTrue(waited.compareTo(Duration.ofSeconds(20)) < 0, "bounded by the real-time guard: " + waited);
            assertTrue(run.log().get(0).startsWith("connect-sim: the handler gave no answer within 3 s of real time"),
                    run.log().toString());
            assertEquals(List.of(), WorkerProcesses.runningIn(dir.resolve("team")), "its worker is ended");
        }
    }

    @Test
    void aBadBindingLeavesNoWorker() {
        assertThrows(BadHandlerBinding.class, () -> WorkerFunction.load(WorkerRun.binding("nodejs20.x",
                code("exports.handler = async () => ({});"), "index.other")));

        assertEquals(List.of(), WorkerProcesses.runningIn(dir.resolve("team")));
    }

    @Test
    void withoutNodeOnThePathAScenarioCallingTheFunctionFailsSayingWhichRuntimeItNeeds() {
        WorkerFunction function = WorkerFunction.load(WorkerRun.binding("nodejs20.x",
                code("exports.handler = async () => ({});"), "index.handler"), new Executables(dir.toString()));
        try (WorkerRun run = new WorkerRun(function)) {
            FunctionCannotRun error = assertThrows(FunctionCannotRun.class, () -> run.invoke(3));

            assertEquals("the function " + WorkerRun.ARN + " needs Node.js (runtime nodejs20.x), and no node is on "
                    + "the PATH: install Node.js or put it on the PATH to run its scenarios", error.getMessage());
        }
    }

    @Test
    void aWorkerWhoseStdinClosesExitsByItself() throws IOException, InterruptedException {
        Path node = Executables.fromEnvironment().find(List.of("node")).orElseThrow();
        Process worker = new ProcessBuilder(node.toString(), WorkerScripts.of(WorkerLanguage.NODE).toString())
                .start();
        try {
            worker.getOutputStream().close();

            assertTrue(worker.waitFor(10, TimeUnit.SECONDS), "the worker ended when its stdin closed");
            assertEquals(0, worker.exitValue());
        } finally {
            worker.destroyForcibly();
        }
    }
}
