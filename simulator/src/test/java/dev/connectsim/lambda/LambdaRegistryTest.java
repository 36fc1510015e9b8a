package dev.connectsim.lambda;

import static dev.connectsim.lambda.LambdaTestBed.TELEPHONY;
import static dev.connectsim.lambda.LambdaTestBed.TELEPHONY_ACTIVE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LambdaRegistryTest {

    private static final String OMNI = "arn:aws:lambda:us-west-2:123456789012:function:sfdc-ExecuteOmniFlow";

    private final LambdaRegistry registry = new LambdaRegistry();
    private final LambdaFunction telephony = (event, context) -> LambdaReply.returns(Map.of("voiceCallId", "0LQ1"));
    private final LambdaFunction version3 = (event, context) -> LambdaReply.returns(Map.of("voiceCallId", "0LQ3"));

    private BoundFunction found(String arn) {
        Resolution resolution = registry.resolve(arn);
        return assertInstanceOf(Resolution.Found.class, resolution, resolution.toString()).function();
    }

    private String notFound(String arn) {
        Resolution resolution = registry.resolve(arn);
        return assertInstanceOf(Resolution.NotFound.class, resolution, resolution.toString()).message();
    }

    @Test
    void replacingAFunctionAnswersEveryAliasWithTheNewHandlerEvenOneResolvedBefore() {
        registry.bind(TELEPHONY, telephony);
        assertSame(telephony, found(TELEPHONY_ACTIVE).handler());

        registry.replace(TELEPHONY, FunctionConfig.defaults(), version3);

        assertSame(version3, found(TELEPHONY_ACTIVE).handler());
        assertSame(version3, registry.boundAs(TELEPHONY).orElseThrow().handler());
    }

    @Test
    void replacingWhereNothingIsBoundBinds() {
        registry.replace(OMNI, FunctionConfig.defaults(), telephony);

        assertSame(telephony, found(OMNI).handler());
    }

    @Test
    void anAliasResolvesToTheFunctionBoundWithoutQualifier() {
        registry.bind(TELEPHONY, telephony);

        assertSame(telephony, found(TELEPHONY_ACTIVE).handler());
        assertEquals(TELEPHONY, found(TELEPHONY_ACTIVE).boundAs());
    }

    @Test
    void aVersionResolvesToTheFunctionBoundWithoutQualifier() {
        registry.bind(TELEPHONY, telephony);

        assertSame(telephony, found(TELEPHONY + ":3").handler());
    }

    @Test
    void aQualifiedArnBoundItselfWinsOverTheFunctionWithoutQualifier() {
        registry.bind(TELEPHONY, telephony).bind(TELEPHONY + ":3", version3);

        assertSame(version3, found(TELEPHONY + ":3").handler());
        assertSame(telephony, found(TELEPHONY + ":4").handler());
        assertSame(telephony, found(TELEPHONY).handler());
    }

    @Test
    void aFunctionBoundWithAnAliasIsNotFoundUnderTheArnWithoutIt() {
        registry.bind(TELEPHONY_ACTIVE, telephony);

        String message = notFound(TELEPHONY);

        assertTrue(message.startsWith("no Lambda function is bound to " + TELEPHONY + "; nearest bound: "
                + TELEPHONY_ACTIVE), message);
    }

    @Test
    void aDeployPlaceholderResolvesToTheFunctionItStandsFor() {
        registry.bind(TELEPHONY, telephony)
                .bindPlaceholder("%%INVOKE_TELEPHONY_FUNCTION_ARN%%", TELEPHONY_ACTIVE)
                .bindPlaceholder("KVS_CONSUMER_TRIGGER_ARN", TELEPHONY);

        assertSame(telephony, found("%%INVOKE_TELEPHONY_FUNCTION_ARN%%").handler());
        assertSame(telephony, found("%%KVS_CONSUMER_TRIGGER_ARN%%").handler(), "bound by name without the %%");
        assertEquals(TELEPHONY, found("%%INVOKE_TELEPHONY_FUNCTION_ARN%%").boundAs(),
                "the placeholder shares the function, and so its warm environments");
    }

    @Test
    void aHandlerCanBeBoundUnderThePlaceholderItself() {
        registry.bind("%%INVOKE_TELEPHONY_FUNCTION_ARN%%", telephony);

        assertSame(telephony, found("%%INVOKE_TELEPHONY_FUNCTION_ARN%%").handler());
    }

    @Test
    void anUnknownArnNamesTheNearestBoundArnAndListsAllBoundNames() {
        registry.bind(TELEPHONY, telephony).bind(OMNI, version3);
        String typo = TELEPHONY.replace("Telephony", "Telephone") + ":active";

        String message = notFound(typo);

        assertEquals("no Lambda function is bound to " + typo + " or to " + typo.replace(":active", "")
                + "; nearest bound: " + TELEPHONY + "; bound: " + TELEPHONY + ", " + OMNI, message);
    }

    @Test
    void aPlaceholderNobodyBoundSaysHowToBindIt() {
        registry.bind(TELEPHONY, telephony);

        String message = notFound("%%INVOKE_TELEPHONY_FUNCTION_ARN%%");

        assertTrue(message.startsWith("the deploy placeholder %%INVOKE_TELEPHONY_FUNCTION_ARN%% was not replaced and "
                + "is not bound: bind it with bindPlaceholder(\"%%INVOKE_TELEPHONY_FUNCTION_ARN%%\", <function ARN>)"),
                message);
        assertTrue(message.endsWith("; bound: " + TELEPHONY), message);
    }

    @Test
    void aPlaceholderThatStandsForAnUnboundArnSaysWhichArn() {
        registry.bindPlaceholder("INVOKE_TELEPHONY_FUNCTION_ARN", OMNI);

        String message = notFound("%%INVOKE_TELEPHONY_FUNCTION_ARN%%");

        assertTrue(message.startsWith("the deploy placeholder %%INVOKE_TELEPHONY_FUNCTION_ARN%% stands for " + OMNI
                + ", and no function is bound to that"), message);
    }

    @Test
    void somethingThatIsNotAnArnIsNamedAsSuch() {
        String message = notFound("InvokeTelephonyIntegrationApiFunction");

        assertEquals("'InvokeTelephonyIntegrationApiFunction' is not a Lambda function ARN "
                + "(arn:aws:lambda:<region>:<account>:function:<name>[:<alias or version>]); nothing is bound",
                message);
    }

    @Test
    void bindingTheSameNameTwiceOrANameThatIsNoArnIsRefused() {
        registry.bind(TELEPHONY, telephony);

        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
                () -> registry.bind(TELEPHONY, version3));
        IllegalArgumentException noArn = assertThrows(IllegalArgumentException.class,
                () -> registry.bind("sfdc-InvokeTelephonyIntegrationApiFunction", version3));

        assertEquals(TELEPHONY + " is already bound", twice.getMessage());
        assertTrue(noArn.getMessage().startsWith("cannot bind 'sfdc-InvokeTelephonyIntegrationApiFunction': expected "
                + "a Lambda function ARN"), noArn.getMessage());
        assertEquals(List.of(TELEPHONY), registry.boundNames());
    }

    @Test
    void aCopyTakesNewBindingsWithoutChangingTheOriginal() {
        registry.bind(TELEPHONY, telephony).bindPlaceholder("%%INVOKE_TELEPHONY_FUNCTION_ARN%%", TELEPHONY_ACTIVE);

        LambdaRegistry copy = registry.copy();
        copy.bind(OMNI, version3).bindPlaceholder("%%EXECUTE_OMNI_FLOW_ARN%%", OMNI);

        assertSame(telephony, found(TELEPHONY_ACTIVE).handler());
        assertSame(telephony, found("%%INVOKE_TELEPHONY_FUNCTION_ARN%%").handler());
        notFound(OMNI);
        notFound("%%EXECUTE_OMNI_FLOW_ARN%%");
        assertEquals(List.of(TELEPHONY, "%%INVOKE_TELEPHONY_FUNCTION_ARN%%"), registry.boundNames());
        assertEquals(List.of(TELEPHONY, OMNI, "%%INVOKE_TELEPHONY_FUNCTION_ARN%%", "%%EXECUTE_OMNI_FLOW_ARN%%"),
                copy.boundNames());
        Resolution inCopy = copy.resolve("%%EXECUTE_OMNI_FLOW_ARN%%");
        assertSame(version3, assertInstanceOf(Resolution.Found.class, inCopy, inCopy.toString()).function().handler());
        assertEquals(TELEPHONY_ACTIVE, copy.placeholderTarget("%%INVOKE_TELEPHONY_FUNCTION_ARN%%").orElseThrow(),
                "the copy keeps the original's placeholders");
    }
}
