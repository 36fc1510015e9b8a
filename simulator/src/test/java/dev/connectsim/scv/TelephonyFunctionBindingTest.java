package dev.connectsim.scv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.connectsim.flow.Flow;
import dev.connectsim.flow.FlowLibrary;
import dev.connectsim.flow.FlowParser;
import dev.connectsim.flow.FlowType;
import dev.connectsim.lambda.BoundFunction;
import dev.connectsim.lambda.FunctionConfig;
import dev.connectsim.lambda.LambdaFunction;
import dev.connectsim.lambda.LambdaRegistry;
import dev.connectsim.lambda.LambdaReply;
import dev.connectsim.lambda.Resolution;
import java.net.URI;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TelephonyFunctionBindingTest {

    private static final String TELEPHONY =
            "arn:aws:lambda:us-west-2:123456789012:function:acme-InvokeTelephonyIntegrationApiFunction";
    private static final String TELEPHONY_ACTIVE = TELEPHONY + ":active";
    private static final String LOOKUP = "arn:aws:lambda:us-west-2:123456789012:function:acme-LookupCustomer";
    private static final String PLACEHOLDER = "%%INVOKE_TELEPHONY_FUNCTION_ARN%%";
    private static final String INSTANCE = "arn:aws:connect:us-west-2:123456789012:instance/acme";

    private static final ScvSettings SETTINGS = ScvSettings.of(URI.create("http://127.0.0.1:1/telephony/v1"),
            signingKey()).withFunction(FunctionConfig.defaults().withTimeout(Duration.ofSeconds(5)));

    private final LambdaRegistry registry = new LambdaRegistry();
    private final LambdaFunction telephony = (event, context) -> LambdaReply.returns(Map.of("voiceCallId", "0LQ1"));
    private final LambdaFunction teamsOwn = (event, context) -> LambdaReply.returns(Map.of("voiceCallId", "own"));

    /** A flow that invokes each of {@code arns} in turn, then disconnects. */
    private static Flow flowInvoking(String name, String... arns) {
        StringBuilder actions = new StringBuilder();
        for (int i = 0; i < arns.length; i++) {
            String next = i + 1 < arns.length ? "invoke-" + (i + 1) : "end";
            actions.append("""
                    {"Identifier":"invoke-%d","Type":"InvokeLambdaFunction",
                     "Parameters":{"LambdaFunctionARN":"%s","InvocationTimeLimitSeconds":"8",
                                   "LambdaInvocationAttributes":{"methodName":"createVoiceCall"}},
                     "Transitions":{"NextAction":"%s","Errors":[{"ErrorType":"NoMatchingError","NextAction":"end"}]}},
                    """.formatted(i, arns[i], next));
        }
        actions.append("{\"Identifier\":\"end\",\"Type\":\"DisconnectParticipant\",\"Parameters\":{},"
                + "\"Transitions\":{}}");
        String document = "{\"Version\":\"2019-10-30\",\"StartAction\":\"invoke-0\",\"Actions\":[" + actions + "]}";
        return FlowParser.parseText(name + ".json", document);
    }

    private static FlowLibrary library(Flow... flows) {
        FlowLibrary.Builder builder = FlowLibrary.builder();
        for (int i = 0; i < flows.length; i++) {
            String id = UUID.nameUUIDFromBytes(("flow-" + i).getBytes()).toString();
            builder.add(new FlowLibrary.Entry("Flow " + i, FlowType.CONTACT_FLOW, id,
                    INSTANCE + "/contact-flow/" + id, flows[i]));
        }
        return builder.build();
    }

    private List<String> bindUnbound(FlowLibrary flows) {
        return TelephonyFunctionBinding.bindUnbound(registry, flows, SETTINGS, telephony);
    }

    private BoundFunction found(LambdaRegistry in, String arn) {
        Resolution resolution = in.resolve(arn);
        return assertInstanceOf(Resolution.Found.class, resolution, resolution::toString).function();
    }

    @Test
    void bindUnboundBindsTheUnqualifiedArnAndTheActiveAliasResolvesToIt() {
        List<String> bound = bindUnbound(library(flowInvoking("inbound", TELEPHONY_ACTIVE)));

        assertEquals(List.of(TELEPHONY), bound);
        BoundFunction function = found(registry, TELEPHONY_ACTIVE);
        assertSame(telephony, function.handler());
        assertEquals(TELEPHONY, function.boundAs());
        assertEquals(Duration.ofSeconds(5), function.config().timeout(), "bound with the settings' Lambda config");
    }

    @Test
    void anArnAlreadyBoundIsLeftAlone() {
        registry.bind(TELEPHONY, teamsOwn);

        List<String> bound = bindUnbound(library(flowInvoking("inbound", TELEPHONY_ACTIVE)));

        assertEquals(List.of(), bound);
        assertSame(teamsOwn, found(registry, TELEPHONY_ACTIVE).handler());
        assertEquals(List.of(TELEPHONY), registry.boundNames());
    }

    @Test
    void anAliasAlreadyBoundItselfIsLeftAloneAndNothingElseIsBound() {
        registry.bind(TELEPHONY_ACTIVE, teamsOwn);

        List<String> bound = bindUnbound(library(flowInvoking("inbound", TELEPHONY_ACTIVE)));

        assertEquals(List.of(), bound);
        assertSame(teamsOwn, found(registry, TELEPHONY_ACTIVE).handler());
        assertEquals(List.of(TELEPHONY_ACTIVE), registry.boundNames());
    }

    @Test
    void otherFunctionsAreNotBound() {
        List<String> bound = bindUnbound(library(flowInvoking("inbound", LOOKUP, TELEPHONY_ACTIVE)));

        assertEquals(List.of(TELEPHONY), bound);
        assertInstanceOf(Resolution.NotFound.class, registry.resolve(LOOKUP));
        assertEquals(List.of(TELEPHONY), registry.boundNames());
    }

    @Test
    void aFunctionNamedByManyBlocksAndFlowsIsBoundOnce() {
        List<String> bound = bindUnbound(library(flowInvoking("inbound", TELEPHONY_ACTIVE, TELEPHONY_ACTIVE),
                flowInvoking("transfer", TELEPHONY + ":3", TELEPHONY)));

        assertEquals(List.of(TELEPHONY), bound);
        assertSame(telephony, found(registry, TELEPHONY + ":3").handler());
    }

    @Test
    void aDeployPlaceholderDeclaredForATelephonyArnGetsThatArnBound() {
        registry.bindPlaceholder(PLACEHOLDER, TELEPHONY_ACTIVE);

        List<String> bound = bindUnbound(library(flowInvoking("inbound", PLACEHOLDER)));

        assertEquals(List.of(TELEPHONY), bound);
        assertSame(telephony, found(registry, PLACEHOLDER).handler());
        assertSame(telephony, found(registry, TELEPHONY_ACTIVE).handler());
    }

    @Test
    void aPlaceholderNobodyDeclaredOrDeclaredForAnotherFunctionIsNotBound() {
        registry.bindPlaceholder("%%LOOKUP_FUNCTION_ARN%%", LOOKUP);

        List<String> bound = bindUnbound(library(flowInvoking("inbound", PLACEHOLDER, "%%LOOKUP_FUNCTION_ARN%%")));

        assertEquals(List.of(), bound);
        assertInstanceOf(Resolution.NotFound.class, registry.resolve(PLACEHOLDER));
        assertInstanceOf(Resolution.NotFound.class, registry.resolve(LOOKUP));
    }

    @Test
    void bindingIntoACopyLeavesTheOriginalRegistryUntouched() {
        LambdaRegistry copy = registry.copy();

        List<String> bound = TelephonyFunctionBinding.bindUnbound(copy,
                library(flowInvoking("inbound", TELEPHONY_ACTIVE)), SETTINGS, telephony);

        assertEquals(List.of(TELEPHONY), bound);
        assertSame(telephony, found(copy, TELEPHONY_ACTIVE).handler());
        assertInstanceOf(Resolution.NotFound.class, registry.resolve(TELEPHONY_ACTIVE));
        assertEquals(List.of(), registry.boundNames());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            TELEPHONY,
            TELEPHONY_ACTIVE,
            "arn:aws:lambda:us-west-2:123456789012:function:sfdc-InvokeTelephonyIntegrationApiFunction:7",
            "arn:aws:lambda:eu-central-1:210987654321:function:InvokeTelephonyIntegrationApiFunction",
            "arn:aws:lambda:us-west-2:123456789012:function:acme-invoketelephonyintegrationapifunction"})
    void isTelephonyFunctionForArnsOfTheTelephonyFunction(String arn) {
        assertTrue(TelephonyFunctionBinding.isTelephonyFunction(arn), arn);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            LOOKUP,
            "arn:aws:lambda:us-west-2:123456789012:function:acme-InvokeTelephonyIntegrationApi",
            "arn:aws:lambda:us-west-2:123456789012:function:sfdc-ExecuteOmniFlow:active",
            "acme-InvokeTelephonyIntegrationApiFunction",
            PLACEHOLDER,
            "arn:aws:connect:us-west-2:123456789012:instance/acme/InvokeTelephonyIntegrationApiFunction",
            ""})
    void isTelephonyFunctionIsFalseForAnythingElse(String arn) {
        assertFalse(TelephonyFunctionBinding.isTelephonyFunction(arn), arn);
    }

    private static RSAPrivateKey signingKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return (RSAPrivateKey) generator.generateKeyPair().getPrivate();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
