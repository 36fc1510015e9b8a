package dev.connectsim.flow.run;

import dev.connectsim.contact.Contact;
import dev.connectsim.contact.QueueInfo;
import dev.connectsim.flow.action.InvokeLambdaFunction;
import dev.connectsim.lambda.ContactData;
import dev.connectsim.lambda.ContactFlowEvent;
import dev.connectsim.lambda.InvocationType;
import dev.connectsim.lambda.LambdaInvocation;
import dev.connectsim.lambda.LambdaOutcome;
import dev.connectsim.lambda.ResponseValidation;
import dev.connectsim.lambda.Submission;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * InvokeLambdaFunction: sends the contact as a ContactFlowEvent to the function bound under the block's ARN,
 * through the Lambda runtime (time limit, Connect's retries, cold starts), and on success replaces
 * {@code $.External} with the response. Any failure takes NoMatchingError, the block's only error.
 */
final class LambdaBlock {

    /** The limit the Connect console puts on a new block when none is written. */
    private static final int DEFAULT_TIME_LIMIT_SECONDS = 3;
    /** The block waits for the runtime to tell it the outcome; the function's ARN is in the invocation log. */
    private static final BlockOutcome WAITS_FOR_LAMBDA = new BlockOutcome.Wait("a Lambda function answers");

    private LambdaBlock() {
    }

    static void register(Blocks blocks) {
        blocks.on(InvokeLambdaFunction.class, LambdaBlock::invoke);
    }

    private static BlockOutcome invoke(InvokeLambdaFunction action, BlockContext context) {
        Optional<String> arn = context.value(action.lambdaFunctionArn()).filter(a -> !a.isEmpty());
        if (arn.isEmpty()) {
            return BlockOutcome.noMatchingError("LambdaFunctionARN " + action.lambdaFunctionArn() + " names no function");
        }
        InvocationType type = "ASYNCHRONOUS".equals(action.invocationType()) ? InvocationType.ASYNCHRONOUS
                : InvocationType.SYNCHRONOUS;
        Optional<Integer> limit = action.invocationTimeLimitSeconds() == null
                ? Optional.of(DEFAULT_TIME_LIMIT_SECONDS)
                : FlowControlBlocks.wholeNumber(action.invocationTimeLimitSeconds());
        if (limit.isEmpty()) {
            return BlockOutcome.noMatchingError("InvocationTimeLimitSeconds '" + action.invocationTimeLimitSeconds()
                    + "' is not a whole number");
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        action.invocationAttributes().forEach((k, v) -> parameters.put(k, context.value(v).orElse("")));
        ContactFlowEvent event = new ContactFlowEvent(contactData(context), parameters);
        LambdaInvocation invocation = new LambdaInvocation(arn.get(), event, limit.get(), type, validation(action));
        Consumer<BlockOutcome> resume = context.resumer();
        ContactFlowState state = context.state();
        Submission submission = context.lambdas().invoke(invocation, outcome -> resume.accept(result(outcome, state)));
        if (submission instanceof Submission.Refused refused) {
            return BlockOutcome.noMatchingError(refused.reason());
        }
        state.setLastInvocationId(((Submission.Accepted) submission).invocationId());
        return WAITS_FOR_LAMBDA;
    }

    private static BlockOutcome result(LambdaOutcome outcome, ContactFlowState state) {
        if (outcome instanceof LambdaOutcome.Success success) {
            state.replaceExternal(success);
            return BlockOutcome.next();
        }
        return BlockOutcome.noMatchingError(((LambdaOutcome.Error) outcome).reason());
    }

    private static ResponseValidation validation(InvokeLambdaFunction action) {
        if ("JSON".equals(action.responseType())) {
            return ResponseValidation.JSON;
        }
        return "STRING_MAP".equals(action.responseType()) ? ResponseValidation.STRING_MAP
                : ResponseValidation.UNSPECIFIED;
    }

    /** The contact as the function sees it: {@code Details.ContactData}. */
    static ContactData contactData(BlockContext context) {
        Contact contact = context.contact();
        ContactData.Builder data = ContactData.voice(contact.contactId())
                .attributes(contact.attributes())
                .initialContactId(contact.initialContactId())
                .initiationMethod(contact.initiationMethod().name())
                .instanceArn(context.instance().arn())
                .languageCode(contact.settings().languageCode())
                .previousContactId(contact.previousContactId());
        if (contact.customerEndpoint() != null) {
            data.customerEndpoint(ContactData.Endpoint.phoneNumber(contact.customerEndpoint()));
        }
        if (contact.systemEndpoint() != null) {
            data.systemEndpoint(ContactData.Endpoint.phoneNumber(contact.systemEndpoint()));
        }
        QueueInfo queue = contact.targetQueue();
        if (queue != null) {
            String callerId = context.scope().outboundCallerId(queue).orElse(null);
            data.queue(new ContactData.Queue(queue.queueArn(), queue.name(),
                    callerId == null ? null : ContactData.Endpoint.phoneNumber(callerId)));
        }
        if (contact.settings().mediaStreaming()) {
            data.customerAudio(new ContactData.AudioStream(context.instance().arn() + "/stream/"
                    + contact.contactId(), "0", String.valueOf(context.scheduler().now().toEpochMilli())));
        }
        return data.build();
    }
}
