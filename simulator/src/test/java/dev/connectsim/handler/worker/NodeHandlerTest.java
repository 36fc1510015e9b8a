package dev.connectsim.handler.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.connectsim.handler.HandlerBinding;
import dev.connectsim.handler.HandlerRuntimes;
import dev.connectsim.lambda.AttemptResult;
import dev.connectsim.lambda.LambdaErrorKind;
import dev.connectsim.lambda.LambdaFunction;
import dev.connectsim.lambda.LambdaOutcome;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A team's Node.js handler runs in a worker process as on Lambda: it gets the Connect event and a context with the
 * runtime's fields, async, callback-style and throwing handlers answer as Lambda's Node.js runtime answers, and time
 * inside it is the simulation's virtual time.
 */
class NodeHandlerTest {

    @TempDir
    Path dir;

    private LambdaFunction function(String handler, String source) {
        Path code = WorkerRun.code(dir.resolve("team"), Map.of("index.js", source));
        return HandlerRuntimes.load(WorkerRun.binding("nodejs20.x", code, handler));
    }

    @Test
    void anAsyncHandlerGetsTheConnectEventAndTheContextOfTheNodeRuntime() {
        LambdaFunction function = function("index.handler", """
                exports.handler = async (event, context) => ({
                  caller: event.Details.ContactData.CustomerEndpoint.Address,
                  purpose: event.Details.Parameters.purpose,
                  name: event.Name,
                  fields: [context.awsRequestId.length, context.functionName, context.functionVersion,
                    context.invokedFunctionArn, context.memoryLimitInMB, context.logGroupName,
                    typeof context.logStreamName, context.callbackWaitsForEmptyEventLoop].join(' '),
                  remaining: context.getRemainingTimeInMillis(),
                  table: process.env.TABLE,
                  region: process.env.AWS_REGION,
                });
                """);
        try (WorkerRun run = new WorkerRun(function)) {
            Map<String, Object> answer = WorkerRun.external(run.invoke(3));

            assertEquals("+15550100", answer.get("caller"));
            assertEquals("greeting", answer.get("purpose"));
            assertEquals("ContactFlowEvent", answer.get("name"));
            assertEquals("36 TeamFunction $LATEST " + WorkerRun.ARN + " 256 /aws/lambda/TeamFunction string true",
                    answer.get("fields"));
            assertEquals("3000", answer.get("remaining"), "the block's 3 s limit, counted from the attempt's start");
            assertEquals("customers", answer.get("table"), "the binding's environment");
            assertEquals("us-east-1", answer.get("region"));
        }
    }

    @Test
    void anEsModuleHandlerLoadsFromItsMjsFile() {
        Path code = WorkerRun.code(dir.resolve("esm"), Map.of("index.mjs", """
                import { setTimeout as sleep } from 'node:timers/promises';
                export const handler = async () => { await sleep(250); return { module: 'esm', at: Date.now() }; };
                """));
        try (WorkerRun run = new WorkerRun(HandlerRuntimes.load(WorkerRun.binding("nodejs22.x", code,
                "index.handler")))) {
            Map<String, Object> answer = WorkerRun.external(run.invoke(3));

            assertEquals("esm", answer.get("module"));
            assertEquals(String.valueOf(WorkerRun.START.toEpochMilli() + 250), answer.get("at"),
                    "an imported timers/promises sleep is virtual too");
        }
    }

    @Test
    void aCallbackStyleHandlerAnswersThroughItsCallback() {
        LambdaFunction function = function("index.handler", """
                exports.handler = function (event, context, callback) {
                  callback(null, { style: 'callback' });
                };
                """);
        try (WorkerRun run = new WorkerRun(function)) {
            assertEquals(Map.of("style", "callback"), WorkerRun.external(run.invoke(3)));
        }
    }

    @Test
    void aCallbackHandlerAnswersOnceItsPendingTimersHaveRunUnlessToldNotToWait() {
        String source = """
                const handler = (wait) => function (event, context, callback) {
                  context.callbackWaitsForEmptyEventLoop = wait;
                  setTimeout(() => console.log('a late timer'), 2000);
                  callback(null, { ok: 'yes' });
                };
                exports.waits = handler(true);
                exports.doesNotWait = handler(false);
                """;
        try (WorkerRun run = new WorkerRun(function("index.waits", source))) {
            run.invoke(3);

            assertEquals(Duration.ofSeconds(2), run.ran(0), "the reply waits for the timer");
            assertEquals(List.of("a late timer"), run.log());
        }
        try (WorkerRun run = new WorkerRun(function("index.doesNotWait", source))) {
            run.invoke(3);

            assertEquals(Duration.ZERO, run.ran(0), "the answer at once");
            assertEquals(List.of(), run.log(), "the timer has not run when the callback answers");
        }
    }

    @Test
    void aThrownErrorIsAFunctionErrorWithItsNameAndMessageAndConnectRetriesIt() {
        LambdaFunction function = function("index.handler", """
                exports.handler = async () => { throw new TypeError('the table is missing'); };
                """);
        try (WorkerRun run = new WorkerRun(function)) {
            LambdaOutcome.Error error = assertInstanceOf(LambdaOutcome.Error.class, run.invoke(8));

            assertEquals(LambdaErrorKind.FUNCTION_ERROR, error.kind());
            assertEquals(4, run.attempts().size(), "the first attempt and Connect's 3 retries");
            AttemptResult.FunctionError result = assertInstanceOf(AttemptResult.FunctionError.class,
                    run.attempts().get(0).result());
            assertEquals("TypeError", result.errorType());
            assertEquals("the table is missing", result.errorMessage());
        }
    }

    @Test
    void aHandlerSleepingPastTheLimitTakesTheErrorBranchAtTheVirtualLimitNotAfterRealSeconds() {
        LambdaFunction function = function("index.handler", """
                const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
                exports.handler = async () => { await sleep(9000); return { late: 'yes' }; };
                """);
        try (WorkerRun run = new WorkerRun(function, 7, Duration.ofSeconds(15))) {
            long realStart = System.nanoTime();
            LambdaOutcome.Error error = assertInstanceOf(LambdaOutcome.Error.class, run.invoke(8));

            assertEquals(LambdaErrorKind.TIMED_OUT, error.kind());
            assertEquals(WorkerRun.START.plusSeconds(8), error.at(), "at the 8 s limit, in virtual time");
            assertTrue(Duration.ofNanos(System.nanoTime() - realStart).compareTo(Duration.ofSeconds(8)) < 0,
                    "9 virtual seconds are not waited for in real time");
        }
    }

    @Test
    void timeInsideTheHandlerIsTheAttemptsVirtualInstantPlusWhatItSlept() {
        LambdaFunction function = function("index.handler", """
                const { setTimeout: sleep } = require('timers/promises');
                exports.handler = async (event, context) => {
                  const before = new Date().toISOString();
                  await sleep(1500);
                  return { before, after: new Date(Date.now()).toISOString(),
                    remaining: context.getRemainingTimeInMillis() };
                };
                """);
        try (WorkerRun run = new WorkerRun(function)) {
            Map<String, Object> answer = WorkerRun.external(run.invoke(3));

            assertEquals("2026-01-05T09:00:00.000Z", answer.get("before"));
            assertEquals("2026-01-05T09:00:01.500Z", answer.get("after"));
            assertEquals("1500", answer.get("remaining"));
            assertEquals(Duration.ofMillis(1500), run.ran(0),
                    "the attempt costs what the handler slept");
        }
    }

    @Test
    void withDurationMeasuredTheAttemptCostsTheHandlersRealRunningTimeInsteadOfAfter() {
        Path code = WorkerRun.code(dir.resolve("team"), Map.of("index.js", """
                exports.handler = async () => {
                  const start = performance.now();
                  while (performance.now() - start < 300) { }
                  return {};
                };
                """));
        HandlerBinding declared = WorkerRun.binding("nodejs20.x", code, "index.handler");
        LambdaFunction measured = HandlerRuntimes.load(new HandlerBinding(
                declared.functionArn(), declared.runtime(), code, "team", "index.handler", Map.of(),
                declared.timeout(), 128, Duration.ZERO, true));
        try (WorkerRun run = new WorkerRun(measured)) {
            run.invoke(3);

            assertTrue(run.ran(0).compareTo(Duration.ofMillis(300)) >= 0, "300 ms of real work: " + run.ran(0));
        }
        try (WorkerRun run = new WorkerRun(HandlerRuntimes.load(declared))) {
            run.invoke(3);

            assertEquals(Duration.ZERO, run.ran(0), "without it, the declared after (0)");
        }
    }

    @Test
    void mathRandomIsTheSameForTheSameSeedAndDiffersForAnother() {
        LambdaFunction function = function("index.handler", """
                exports.handler = async () => ({ draw: Math.random() });
                """);
        Object first = WorkerRun.firstAnswer(function, 7, "draw");

        assertEquals(first, WorkerRun.firstAnswer(function, 7, "draw"));
        assertNotEquals(first, WorkerRun.firstAnswer(function, 8, "draw"));
    }

    @Test
    void whatTheHandlerPrintsIsTheInvocationsLogWithWhatItsModulePrintedAsItLoaded() {
        LambdaFunction function = function("index.handler", """
                console.log('module loaded');
                exports.handler = async (event) => {
                  console.log('looking up', event.Details.ContactData.CustomerEndpoint.Address);
                  console.error('a warning');
                  return {};
                };
                """);
        try (WorkerRun run = new WorkerRun(function)) {
            run.invoke(3);
            run.scheduler.runFor(Duration.ofSeconds(1));
            run.invoke(3);

            assertEquals(List.of("module loaded", "looking up +15550100", "a warning"),
                    run.attempts().get(0).log());
            assertEquals(List.of("looking up +15550100", "a warning"), run.attempts().get(1).log(),
                    "a warm environment does not load the module again");
        }
    }

    @Test
    void anAsyncHandlerWhosePromiseNeverSettlesFailsAsTheNodeRuntimeSays() {
        LambdaFunction function = function("index.handler", """
                exports.handler = async () => { await new Promise(() => {}); };
                """);
        try (WorkerRun run = new WorkerRun(function)) {
            run.invoke(3);

            AttemptResult.FunctionError result = assertInstanceOf(AttemptResult.FunctionError.class,
                    run.attempts().get(0).result());
            assertEquals("Runtime.NodeJsExit", result.errorType());
        }
    }
}
