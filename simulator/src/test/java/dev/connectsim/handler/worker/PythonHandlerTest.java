package dev.connectsim.handler.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * A team's Python handler runs in a worker process as on Lambda: it gets the Connect event and a context with the
 * runtime's fields, what it raises is a function error named after the exception's class, and time inside it is the
 * simulation's virtual time.
 */
class PythonHandlerTest {

    @TempDir
    Path dir;

    private LambdaFunction function(String source) {
        Path code = WorkerRun.code(dir.resolve("team"), Map.of("handler.py", source));
        return HandlerRuntimes.load(WorkerRun.binding("python3.12", code, "handler.lambda_handler"));
    }

    @Test
    void theHandlerGetsTheConnectEventAndTheContextOfThePythonRuntime() {
        LambdaFunction function = function("""
                import os
                def lambda_handler(event, context):
                    return {
                        "caller": event["Details"]["ContactData"]["CustomerEndpoint"]["Address"],
                        "purpose": event["Details"]["Parameters"]["purpose"],
                        "fields": " ".join(str(f) for f in [len(context.aws_request_id), context.function_name,
                            context.function_version, context.invoked_function_arn, context.memory_limit_in_mb,
                            context.log_group_name, type(context.log_stream_name).__name__]),
                        "remaining": context.get_remaining_time_in_millis(),
                        "table": os.environ["TABLE"],
                    }
                """);
        try (WorkerRun run = new WorkerRun(function)) {
            Map<String, Object> answer = WorkerRun.external(run.invoke(3));

            assertEquals("+15550100", answer.get("caller"));
            assertEquals("greeting", answer.get("purpose"));
            assertEquals("36 TeamFunction $LATEST " + WorkerRun.ARN + " 256 /aws/lambda/TeamFunction str",
                    answer.get("fields"));
            assertEquals("3000", answer.get("remaining"));
            assertEquals("customers", answer.get("table"));
        }
    }

    @Test
    void aRaisedExceptionIsAFunctionErrorWithItsClassNameAndMessageAndConnectRetriesIt() {
        LambdaFunction function = function("""
                def lambda_handler(event, context):
                    raise ValueError("the table is missing")
                """);
        try (WorkerRun run = new WorkerRun(function)) {
            LambdaOutcome.Error error = assertInstanceOf(LambdaOutcome.Error.class, run.invoke(8));

            assertEquals(LambdaErrorKind.FUNCTION_ERROR, error.kind());
            assertEquals(4, run.attempts().size(), "the first attempt and Connect's 3 retries");
            AttemptResult.FunctionError result = assertInstanceOf(AttemptResult.FunctionError.class,
                    run.attempts().get(0).result());
            assertEquals("ValueError", result.errorType());
            assertEquals("the table is missing", result.errorMessage());
        }
    }

    @Test
    void aHandlerSleepingPastTheLimitTakesTheErrorBranchAtTheVirtualLimitNotAfterRealSeconds() {
        LambdaFunction function = function("""
                import time
                def lambda_handler(event, context):
                    time.sleep(9)
                    return {"late": "yes"}
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
    void timeInsideTheHandlerIsTheAttemptsVirtualInstantPlusWhatItSleptAsyncioIncluded() {
        LambdaFunction function = function("""
                import asyncio, time
                from datetime import datetime
                def lambda_handler(event, context):
                    before = datetime.now().isoformat()
                    time.sleep(1)
                    asyncio.run(asyncio.sleep(0.5))
                    return {"before": before, "after": datetime.utcfromtimestamp(time.time()).isoformat(),
                            "remaining": context.get_remaining_time_in_millis()}
                """);
        try (WorkerRun run = new WorkerRun(function)) {
            Map<String, Object> answer = WorkerRun.external(run.invoke(3));

            assertEquals("2026-01-05T09:00:00", answer.get("before"));
            assertEquals("2026-01-05T09:00:01.500000", answer.get("after"));
            assertEquals("1500", answer.get("remaining"));
            assertEquals(Duration.ofMillis(1500), run.ran(0), "the attempt costs what the handler slept");
        }
    }

    @Test
    void randomIsTheSameForTheSameSeedAndDiffersForAnother() {
        LambdaFunction function = function("""
                import random
                def lambda_handler(event, context):
                    return {"draw": random.random()}
                """);
        Object first = WorkerRun.firstAnswer(function, 7, "draw");

        assertEquals(first, WorkerRun.firstAnswer(function, 7, "draw"));
        assertNotEquals(first, WorkerRun.firstAnswer(function, 8, "draw"));
    }

    @Test
    void whatTheHandlerPrintsIsTheInvocationsLog() {
        LambdaFunction function = function("""
                import sys
                print("module loaded")
                def lambda_handler(event, context):
                    print("looking up", event["Details"]["ContactData"]["CustomerEndpoint"]["Address"])
                    print("a warning", file=sys.stderr)
                    return {}
                """);
        try (WorkerRun run = new WorkerRun(function)) {
            run.invoke(3);

            assertEquals(List.of("module loaded", "looking up +15550100", "a warning"), run.log());
        }
    }

    @Test
    void aReplyThatIsNotJsonIsAMarshalError() {
        LambdaFunction function = function("""
                def lambda_handler(event, context):
                    return {"when": object()}
                """);
        try (WorkerRun run = new WorkerRun(function)) {
            run.invoke(3);

            AttemptResult.FunctionError result = assertInstanceOf(AttemptResult.FunctionError.class,
                    run.attempts().get(0).result());
            assertEquals("Runtime.MarshalError", result.errorType());
            assertTrue(result.errorMessage().startsWith("Unable to marshal response: Object of type object is not "
                    + "JSON serializable"), result.errorMessage());
        }
    }
}
