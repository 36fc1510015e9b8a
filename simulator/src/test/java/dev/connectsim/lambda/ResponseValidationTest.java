package dev.connectsim.lambda;

import static dev.connectsim.lambda.LambdaTestBed.TELEPHONY;
import static dev.connectsim.lambda.LambdaTestBed.event;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResponseValidationTest {

    private int handlerCalls;

    /** The outcome of one synchronous invocation whose function returns {@code body} after 200 ms. */
    private LambdaOutcome outcomeOf(Object body, ResponseValidation validation) {
        LambdaTestBed bed = new LambdaTestBed();
        bed.registry.bind(TELEPHONY, (event, context) -> {
            handlerCalls++;
            return LambdaReply.after(Duration.ofMillis(200)).returnsValue(body);
        });
        bed.invoke(LambdaInvocation.synchronous(TELEPHONY, event("c-1"), 8).withValidation(validation));
        bed.runFor(Duration.ofSeconds(10));
        return bed.outcome();
    }

    private Map<String, Object> external(Object body, ResponseValidation validation) {
        LambdaOutcome outcome = outcomeOf(body, validation);
        return assertInstanceOf(LambdaOutcome.Success.class, outcome, outcome::toString).external();
    }

    private String rejection(Object body, ResponseValidation validation) {
        LambdaOutcome outcome = outcomeOf(body, validation);
        LambdaOutcome.Error error = assertInstanceOf(LambdaOutcome.Error.class, outcome, outcome::toString);
        assertEquals(LambdaErrorKind.INVALID_RESPONSE, error.kind());
        return error.reason();
    }

    @Test
    void stringMapPutsTheFlatStringsUnderExternal() {
        assertEquals(Map.of("voiceCallId", "0LQ1", "status", "New"),
                external(Map.of("voiceCallId", "0LQ1", "status", "New"), ResponseValidation.STRING_MAP));
    }

    @Test
    void stringMapRejectsANestedObjectNamingTheKeyAndDoesNotRetry() {
        String reason = rejection(LambdaTestBed.map("voiceCallId", "0LQ1", "caller", LambdaTestBed.map("name", "Ann")),
                ResponseValidation.STRING_MAP);

        assertEquals("response rejected on attempt 1: STRING_MAP takes a flat map of strings, but key 'caller' holds "
                + "an object {name=Ann}; set ResponseType JSON to keep nested values", reason);
        assertEquals(1, handlerCalls, "a rejected response is no function error: Connect does not retry it");
    }

    @Test
    void theScvCreateResponseWithAnEmptyErrorsListPassesAndErrorsIsLeftOutOfExternal() {
        Map<String, Object> created = LambdaTestBed.map("voiceCallId", "0LQ1", "errors", List.of());

        assertEquals(Map.of("voiceCallId", "0LQ1"), external(created, ResponseValidation.UNSPECIFIED));
        assertEquals(Map.of("voiceCallId", "0LQ1"), external(created, ResponseValidation.STRING_MAP));
    }

    @Test
    void stringMapKeepsNumbersAndBooleansAsTextAndLeavesNullsOut() {
        assertEquals(Map.of("statusCode", "200", "cached", "true", "ratio", "0.5"),
                external(LambdaTestBed.map("statusCode", 200, "cached", true, "ratio", 0.5, "contactId", null, "detail", LambdaTestBed.map()),
                        ResponseValidation.STRING_MAP));
    }

    @Test
    void withoutResponseValidationANonEmptyListFailsTheBlockAsStringMapWould() {
        String reason = rejection(LambdaTestBed.map("errors", List.of("FIELD_CUSTOM_VALIDATION_EXCEPTION")),
                ResponseValidation.UNSPECIFIED);

        assertEquals("response rejected on attempt 1: STRING_MAP (the default when the block sets no "
                + "ResponseValidation) takes a flat map of strings, but key 'errors' holds a list "
                + "[FIELD_CUSTOM_VALIDATION_EXCEPTION]; set ResponseType JSON to keep nested values", reason);
    }

    @Test
    void jsonKeepsNestingSoNestedKeysCanBeReachedUnderExternal() {
        Map<String, Object> body = LambdaTestBed.map("agent", LambdaTestBed.map("id", "005xx", "queues", List.of("Basic", "Support")),
                "count", 3, "errors", List.of());

        Map<String, Object> external = external(body, ResponseValidation.JSON);

        assertEquals(body, external);
        assertEquals("005xx", ((Map<?, ?>) external.get("agent")).get("id"), "$.External.agent.id");
        assertEquals(3, external.get("count"), "numbers stay numbers");
    }

    @Test
    void externalKeysComeInAlphabeticalOrderWhateverOrderTheHandlerBuiltItsMapIn() {
        // Regression: a handler's Map.of iterates in an order that changes between JVMs, which made logs differ.
        Map<String, Object> external = external(LambdaTestBed.map("voiceCallId", "0LQ1", "errors", "", "agent", "005"),
                ResponseValidation.JSON);

        assertEquals(List.of("agent", "errors", "voiceCallId"), List.copyOf(external.keySet()));
    }

    @Test
    void aResponseOf32KbIsAcceptedAndOneByteMoreIsRejected() {
        String exactly32Kb = "x".repeat(32 * 1024 - "{\"v\":\"\"}".length());

        assertEquals(exactly32Kb, external(Map.of("v", exactly32Kb), ResponseValidation.JSON).get("v"));
        assertEquals("response rejected on attempt 1: the response is 32769 bytes of JSON; Connect accepts at most "
                + "32768 (32 KB)", rejection(Map.of("v", exactly32Kb + "x"), ResponseValidation.JSON));
    }

    @Test
    void theSizeLimitCountsUtf8Bytes() {
        String twoByteCharacters = "é".repeat(16 * 1024);

        assertEquals("response rejected on attempt 1: the response is 32776 bytes of JSON; Connect accepts at most "
                + "32768 (32 KB)", rejection(Map.of("v", twoByteCharacters), ResponseValidation.STRING_MAP),
                "16384 characters are 32768 bytes, 32776 with the JSON around them");
    }

    @Test
    void aResponseThatIsNotAJsonObjectIsRejected() {
        assertEquals("response rejected on attempt 1: the response is a list, not a JSON object",
                rejection(List.of("0LQ1"), ResponseValidation.JSON));
        assertEquals("response rejected on attempt 1: the response is null, not a JSON object",
                rejection(null, ResponseValidation.STRING_MAP));
    }

    @Test
    void aValueWithNoJsonFormIsRejectedAsAnUnreadableResponse() {
        assertEquals("response rejected on attempt 1: the response is not JSON: key 'when' holds a "
                + "java.time.Instant, which has no JSON form",
                rejection(Map.of("when", Instant.parse("2026-01-05T09:00:00Z")), ResponseValidation.JSON));
    }
}
