package dev.connectsim.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScenarioAnswerTest {

    private static final LambdaFunction BOUND = (event, context) ->
            LambdaReply.after(Duration.ofMillis(300)).returns(Map.of("name", "Ada"));

    private static LambdaReply reply(ScenarioAnswer answer, Optional<LambdaFunction> bound) {
        return answer.over(bound).handle(LambdaTestBed.event("c-1"), null);
    }

    @Test
    void anAnswerThatSaysNothingAnswersAsTheBoundFunction() {
        assertEquals(new LambdaReply.Returned(Duration.ofMillis(300), Map.of("name", "Ada")),
                reply(ScenarioAnswer.asBound(), Optional.of(BOUND)));
    }

    @Test
    void returnedValuesReplaceTheBoundFunctionsAnswerAtOnce() {
        assertEquals(new LambdaReply.Returned(Duration.ZERO, Map.of("name", "Grace")),
                reply(ScenarioAnswer.asBound().returning(Map.of("name", "Grace")), Optional.of(BOUND)));
    }

    @Test
    void aFailingFunctionFailsAsAFunctionThatThrows() {
        assertEquals(new LambdaReply.Failed(Duration.ZERO, "Error", ScenarioAnswer.FAILURE),
                reply(ScenarioAnswer.asBound().failing(), Optional.of(BOUND)));
    }

    @Test
    void aDurationAppliesToTheBoundAnswerOrToTheScenariosWhicheverStepCameFirst() {
        assertEquals(new LambdaReply.Returned(Duration.ofSeconds(10), Map.of("name", "Ada")),
                reply(ScenarioAnswer.asBound().running(Duration.ofSeconds(10)), Optional.of(BOUND)));
        assertEquals(new LambdaReply.Failed(Duration.ofSeconds(10), "Error", ScenarioAnswer.FAILURE),
                reply(ScenarioAnswer.asBound().running(Duration.ofSeconds(10)).failing(), Optional.of(BOUND)));
        assertEquals(new LambdaReply.Returned(Duration.ofSeconds(7), Map.of("name", "Grace")),
                reply(ScenarioAnswer.asBound().returning(Map.of("name", "Grace")).running(Duration.ofSeconds(7)),
                        Optional.empty()));
    }

    @Test
    void theLaterOfReturningAndFailingSaysWhatTheFunctionDoes() {
        assertEquals(new LambdaReply.Returned(Duration.ZERO, Map.of("name", "Grace")),
                reply(ScenarioAnswer.asBound().failing().returning(Map.of("name", "Grace")), Optional.of(BOUND)));
    }

    @Test
    void aFunctionNothingIsBoundToThatOnlyTakesLongerReturnsAnEmptyObject() {
        assertEquals(new LambdaReply.Returned(Duration.ofSeconds(2), Map.of()),
                reply(ScenarioAnswer.asBound().running(Duration.ofSeconds(2)), Optional.empty()));
    }
}
