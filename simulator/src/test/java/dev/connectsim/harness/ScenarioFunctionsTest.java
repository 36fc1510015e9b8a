package dev.connectsim.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.connectsim.flow.FlowLibrary;
import dev.connectsim.lambda.BoundFunction;
import dev.connectsim.lambda.FunctionConfig;
import dev.connectsim.lambda.LambdaRegistry;
import dev.connectsim.lambda.LambdaReply;
import dev.connectsim.lambda.Resolution;
import dev.connectsim.lambda.ScenarioAnswer;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScenarioFunctionsTest {

    private static final String LOOKUP = "arn:aws:lambda:us-east-1:123456789012:function:LookupCustomer";
    private static final String TELEPHONY =
            "arn:aws:lambda:us-east-1:123456789012:function:InvokeTelephonyIntegrationApiFunction";

    private final LambdaRegistry registry = new LambdaRegistry()
            .bind(LOOKUP, FunctionConfig.defaults().withTimeout(Duration.ofSeconds(3)),
                    (event, context) -> LambdaReply.returns(Map.of("name", "Ada")))
            .bindPlaceholder("INVOKE_TELEPHONY_FUNCTION_ARN", TELEPHONY);
    private final ScenarioFunctions functions = new ScenarioFunctions(registry, FlowLibrary.empty());

    @Test
    void aFunctionIsNamedByItsNameItsArnWithOrWithoutAnAliasOrItsPlaceholder() {
        assertEquals(LOOKUP, functions.resolve("LookupCustomer"));
        assertEquals(LOOKUP, functions.resolve(LOOKUP));
        assertEquals(LOOKUP, functions.resolve(LOOKUP + ":active"));
        assertEquals(TELEPHONY, functions.resolve("%%INVOKE_TELEPHONY_FUNCTION_ARN%%"));
        assertEquals(TELEPHONY, functions.resolve("InvokeTelephonyIntegrationApiFunction"));
    }

    @Test
    void anUnknownNameIsRefusedWithTheNearestFunctionAndEveryName() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> functions.answer("LookupCustomr", ScenarioAnswer::failing));
        assertEquals("no Lambda function 'LookupCustomr' in flows/instance.yaml or the flows it names (did you mean"
                + " 'LookupCustomer'?); expected a function name or ARN, one of: LookupCustomer,"
                + " InvokeTelephonyIntegrationApiFunction", refused.getMessage());
    }

    @Test
    void theScenariosAnswerIsBoundInACopyKeepingTheFunctionsDeployment() {
        functions.answer("LookupCustomer", ScenarioAnswer::failing);

        LambdaRegistry bound = functions.boundIn(registry);

        BoundFunction lookup = ((Resolution.Found) bound.resolve(LOOKUP + ":active")).function();
        assertEquals(Duration.ofSeconds(3), lookup.config().timeout());
        assertInstanceOf(LambdaReply.Failed.class, lookup.handler().handle(null, null));
        BoundFunction own = ((Resolution.Found) registry.resolve(LOOKUP)).function();
        assertInstanceOf(LambdaReply.Returned.class, own.handler().handle(null, null), "the instance's registry is"
                + " shared by every scenario and stays as it was");
    }

    @Test
    void withNoAnswerTheRegistryIsUsedAsItIs() {
        assertSame(registry, functions.boundIn(registry));
    }
}
