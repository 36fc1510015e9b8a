package dev.connectsim.flow.lint;

import static dev.connectsim.flow.lint.Lint.actions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.connectsim.flow.Flow;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** unknown-reference, with an instance that defines the queue BasicQueue and nothing else it knows of. */
class UnknownReferenceRuleTest {

    /** Knows queues (only BasicQueue exists); knows nothing about anything else. */
    private static final KnownNames INSTANCE = new KnownNames() {
        @Override
        public Optional<Boolean> hasQueue(String ref) {
            return Optional.of(ref.equals("BasicQueue"));
        }

        @Override
        public List<String> suggestions(Kind kind) {
            return kind == Kind.QUEUE ? List.of("BasicQueue") : List.of();
        }
    };

    private static Flow setQueue(String queue) {
        return actions("{'Identifier': 'start', 'Type': 'UpdateContactTargetQueue', 'Parameters': {'QueueId': '"
                + queue + "'}, 'Transitions': {'NextAction': 'bye', 'Errors': [{'ErrorType': 'NoMatchingError',"
                + " 'NextAction': 'bye'}]}}, {'Identifier': 'bye', 'Type': 'DisconnectParticipant', 'Transitions':"
                + " {}}");
    }

    private static List<Finding> found(Flow flow, KnownNames names) {
        return FlowValidator.validate(flow, names).stream().filter(f -> f.rule().equals("unknown-reference"))
                .toList();
    }

    @Test
    void aStaticQueueTheInstanceDoesNotDefineIsAWarningNamingTheNearestQueue() {
        List<Finding> found = found(setQueue("BasicQueu"), INSTANCE);

        assertEquals(1, found.size(), found.toString());
        Finding finding = found.get(0);
        assertEquals(Severity.WARNING, finding.severity());
        assertEquals("start", finding.action());
        assertEquals("/Actions/0/Parameters/QueueId", finding.pointer());
        assertEquals("the queue 'BasicQueu' is not defined in the instance (did you mean 'BasicQueue'?)",
                finding.message());
    }

    @Test
    void aDefinedQueueADynamicReferenceAndAnInstanceThatKnowsNothingAreSilent() {
        assertEquals(List.of(), found(setQueue("BasicQueue"), INSTANCE));
        assertEquals(List.of(), found(setQueue("$.Attributes.queue"), INSTANCE));
        assertEquals(List.of(), found(setQueue("Queue for $.Attributes.team"), INSTANCE));
        assertEquals(List.of(), found(setQueue("NoSuchQueue"), KnownNames.NONE));
    }

    @Test
    void lambdaFlowAndPromptReferencesAreAskedAboutWithTheirKind() {
        KnownNames nothingExists = new KnownNames() {
            @Override
            public Optional<Boolean> has(Kind kind, String ref) {
                return Optional.of(false);
            }
        };
        Flow flow = actions("{'Identifier': 'start', 'Type': 'InvokeLambdaFunction', 'Parameters':"
                + " {'LambdaFunctionARN': 'arn:aws:lambda:us-west-2:1:function:f', 'InvocationTimeLimitSeconds': '8'},"
                + " 'Transitions': {'NextAction': 'hooks', 'Errors': [{'ErrorType': 'NoMatchingError', 'NextAction':"
                + " 'hooks'}]}}, {'Identifier': 'hooks', 'Type': 'UpdateContactEventHooks', 'Parameters':"
                + " {'EventHooks': {'CustomerQueue': 'arn:aws:connect:x:1:instance/i/contact-flow/q'}}, 'Transitions':"
                + " {'NextAction': 'bye', 'Errors': [{'ErrorType': 'NoMatchingError', 'NextAction': 'bye'}]}},"
                + " {'Identifier': 'bye', 'Type': 'TransferToFlow', 'Parameters': {'ContactFlowId': 'f-1'},"
                + " 'Transitions': {'NextAction': 'bye', 'Errors': [{'ErrorType': 'NoMatchingError', 'NextAction':"
                + " 'bye'}]}}");

        assertEquals(List.of("/Actions/0/Parameters/LambdaFunctionARN",
                "/Actions/1/Parameters/EventHooks/CustomerQueue", "/Actions/2/Parameters/ContactFlowId"),
                found(flow, nothingExists).stream().map(Finding::pointer).toList());
        assertEquals("the Lambda function 'arn:aws:lambda:us-west-2:1:function:f' is not defined in the instance",
                found(flow, nothingExists).get(0).message());
    }
}
