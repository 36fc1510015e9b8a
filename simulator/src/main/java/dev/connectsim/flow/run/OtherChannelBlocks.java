package dev.connectsim.flow.run;

import dev.connectsim.flow.action.CreateTask;
import dev.connectsim.flow.action.CreateWisdomSession;
import dev.connectsim.flow.action.ShowView;
import dev.connectsim.flow.action.StartOutboundChatContact;
import dev.connectsim.routing.PhoneNumber;
import java.util.Optional;

/**
 * Actions whose effect lies outside the voice call: a view in the agent workspace (chat only), a new SMS chat
 * contact, a new task contact, an Amazon Q in Connect (Wisdom) session for the agent.
 *
 * <p>Design note: each checks what its page says it needs and takes NoMatchingError when that is wrong. ShowView,
 * which the reference supports on the chat channel only, always takes NoMatchingError on a voice contact. A chat or
 * task contact that a block would start is not simulated: the block goes on, and reports itself as not modelled, so
 * the scenario fails naming it rather than pass on a contact nobody ran. A Wisdom session only feeds the agent's
 * recommendations, which nothing here reads, so CreateWisdomSession just goes on.
 */
final class OtherChannelBlocks {

    /** The largest DelaySeconds CreateTask takes: 6 days. */
    static final int MAX_TASK_DELAY_SECONDS = 518_400;

    private OtherChannelBlocks() {
    }

    static void register(Blocks blocks) {
        blocks.on(ShowView.class, (action, context) -> BlockOutcome.noMatchingError("ShowView is supported on the"
                + " chat channel only; a " + context.contact().type() + " contact takes its error branch"));
        blocks.on(StartOutboundChatContact.class, OtherChannelBlocks::outboundChat);
        blocks.on(CreateTask.class, OtherChannelBlocks::task);
        blocks.on(CreateWisdomSession.class, (action, context) -> context.value(action.wisdomAssistantArn())
                .filter(arn -> !arn.isEmpty()).map(arn -> BlockOutcome.next())
                .orElseGet(() -> BlockOutcome.noMatchingError("WisdomAssistantArn " + action.wisdomAssistantArn()
                        + " is not set")));
    }

    private static BlockOutcome outboundChat(StartOutboundChatContact action, BlockContext context) {
        if (!"connect:SMS".equals(action.contactSubtype())) {
            return BlockOutcome.noMatchingError("ContactSubtype must be connect:SMS, was " + action.contactSubtype());
        }
        if (!"CONNECT_PHONENUMBER_ARN".equals(action.sourceType())) {
            return BlockOutcome.noMatchingError("SourceEndpoint.Type must be CONNECT_PHONENUMBER_ARN, was "
                    + action.sourceType());
        }
        if (!"TELEPHONE_NUMBER".equals(action.destinationType())) {
            return BlockOutcome.noMatchingError("DestinationEndpoint.Type must be TELEPHONE_NUMBER, was "
                    + action.destinationType());
        }
        Optional<String> destination = context.value(action.destinationAddress()).filter(PhoneNumber::isE164);
        if (destination.isEmpty()) {
            return BlockOutcome.noMatchingError("DestinationEndpoint.Address " + action.destinationAddress()
                    + " is not a phone number in E.164 form such as +15550100");
        }
        Optional<BlockOutcome> noFlow = unknownFlow(action.contactFlowArn(), "ContactFlowArn", context);
        if (noFlow.isPresent()) {
            return noFlow.get();
        }
        context.notModelled("the SMS chat contact it starts to " + destination.get() + " is not simulated");
        return BlockOutcome.next();
    }

    private static BlockOutcome task(CreateTask action, BlockContext context) {
        if (action.name() == null || context.render(action.name()).isEmpty()) {
            return BlockOutcome.noMatchingError("the task has no Name");
        }
        if (action.delaySeconds() != null && action.scheduledTime() != null) {
            return BlockOutcome.noMatchingError("DelaySeconds and ScheduledTime may not both be set");
        }
        if (action.delaySeconds() != null) {
            String delay = context.value(action.delaySeconds()).orElse("");
            if (!delay.matches("\\d{1,6}") || Integer.parseInt(delay) < 1
                    || Integer.parseInt(delay) > MAX_TASK_DELAY_SECONDS) {
                return BlockOutcome.noMatchingError("DelaySeconds must be a whole number from 1 to "
                        + MAX_TASK_DELAY_SECONDS + " (6 days), was '" + delay + "'");
            }
        }
        Optional<BlockOutcome> noFlow = unknownFlow(action.contactFlowId(), "ContactFlowId", context);
        if (noFlow.isPresent()) {
            return noFlow.get();
        }
        context.notModelled("the task contact it creates is not simulated");
        return BlockOutcome.next();
    }

    /** NoMatchingError when {@code reference} names no flow of the project; empty when it names one. */
    private static Optional<BlockOutcome> unknownFlow(String reference, String parameter, BlockContext context) {
        Optional<String> flow = reference == null ? Optional.empty() : context.value(reference);
        if (flow.isEmpty()) {
            return Optional.of(BlockOutcome.noMatchingError(parameter + " " + reference + " is not set"));
        }
        if (context.flows().find(flow.get()).isEmpty()) {
            return Optional.of(BlockOutcome.noMatchingError(context.flows().unknown(flow.get())));
        }
        return Optional.empty();
    }
}
