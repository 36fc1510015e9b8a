package dev.connectsim.flow.run;

import dev.connectsim.contact.QueueInfo;
import dev.connectsim.flow.action.CompleteOutboundCall;
import dev.connectsim.flow.action.CreateCallbackContact;
import dev.connectsim.flow.action.DisconnectParticipant;
import dev.connectsim.flow.action.TransferContactToAgent;
import dev.connectsim.flow.action.TransferContactToQueue;
import dev.connectsim.flow.action.TransferParticipantToThirdParty;
import dev.connectsim.flow.action.UpdateContactRoutingBehavior;
import dev.connectsim.flow.action.UpdateContactTargetQueue;
import dev.connectsim.flow.action.UpdateRoutingCriteria;
import dev.connectsim.routing.AgentProfile;
import dev.connectsim.routing.PhoneNumber;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

/** Where the contact goes: working queue, queue, agent, third party, callback, outbound call, or nowhere. */
final class RoutingBlocks {

    private RoutingBlocks() {
    }

    static void register(Blocks blocks) {
        blocks.on(UpdateContactTargetQueue.class, RoutingBlocks::setWorkingQueue);
        blocks.on(TransferContactToQueue.class, RoutingBlocks::transferToQueue);
        blocks.on(TransferContactToAgent.class, RoutingBlocks::transferToAgent);
        blocks.on(TransferParticipantToThirdParty.class, RoutingBlocks::transferToThirdParty);
        blocks.on(CreateCallbackContact.class, RoutingBlocks::createCallback);
        blocks.on(CompleteOutboundCall.class, (action, context) -> BlockOutcome.end(EndReason.OUTBOUND_CALL_PLACED,
                "the outbound call is placed" + context.value(action.callerIdNumber()).map(n -> " with caller id " + n)
                        .orElse("")));
        blocks.on(DisconnectParticipant.class, (action, context) -> BlockOutcome.end(EndReason.DISCONNECTED,
                "DisconnectParticipant"));
        blocks.on(UpdateContactRoutingBehavior.class, RoutingBlocks::routingBehavior);
        blocks.on(UpdateRoutingCriteria.class, (action, context) -> {
            context.contact().updateSettings(s -> s.withRoutingCriteria(action.routingCriteria()));
            return BlockOutcome.next();
        });
    }

    /**
     * Sets the contact's queue priority or time adjustment, which routing orders its queue by. The page lists no
     * error; a value that is not a whole number (above 0 for a priority), both or neither given, stops the flow as a
     * FLOW_ERROR naming the block (*guess*: Connect would not have published it).
     */
    private static BlockOutcome routingBehavior(UpdateContactRoutingBehavior action, BlockContext context) {
        if ((action.queuePriority() == null) == (action.queueTimeAdjustmentSeconds() == null)) {
            return BlockOutcome.end(EndReason.FLOW_ERROR, "UpdateContactRoutingBehavior needs exactly one of"
                    + " QueuePriority and QueueTimeAdjustmentSeconds");
        }
        String raw = action.queuePriority() != null ? action.queuePriority() : action.queueTimeAdjustmentSeconds();
        Optional<Long> number = wholeNumber(raw).filter(n -> action.queuePriority() == null || n > 0);
        if (number.isEmpty()) {
            return BlockOutcome.end(EndReason.FLOW_ERROR, (action.queuePriority() != null
                    ? "QueuePriority must be a whole number above 0" : "QueueTimeAdjustmentSeconds must be a whole"
                            + " number") + ", was '" + raw + "'");
        }
        if (action.queuePriority() != null) {
            context.contact().setQueuePriority(number.get());
        } else {
            context.contact().setQueueTimeAdjustment(Duration.ofSeconds(number.get()));
        }
        return BlockOutcome.next();
    }

    private static Optional<Long> wholeNumber(String text) {
        try {
            return Optional.of(Long.parseLong(text.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * The queue a block names by QueueId (a queue's name, id or ARN) or AgentId (that agent's queue), each static
     * or one reference; with neither, the contact's working queue. Empty when the name finds nothing.
     */
    static Optional<QueueInfo> queueOf(String queueId, String agentId, BlockContext context) {
        if (queueId != null) {
            return context.value(queueId).flatMap(ref -> context.instance().findQueue(ref)).map(q -> q.info());
        }
        if (agentId != null) {
            return context.value(agentId).flatMap(ref -> context.instance().findAgent(ref)).map(AgentProfile::agentQueue);
        }
        return Optional.ofNullable(context.contact().targetQueue());
    }

    private static BlockOutcome setWorkingQueue(UpdateContactTargetQueue action, BlockContext context) {
        if ((action.queueId() == null) == (action.agentId() == null)) {
            return BlockOutcome.noMatchingError("Set working queue needs exactly one of QueueId and AgentId");
        }
        String raw = action.queueId() != null ? action.queueId() : action.agentId();
        Optional<String> reference = context.value(raw);
        if (reference.isEmpty() || reference.get().isEmpty()) {
            return BlockOutcome.noMatchingError(raw + " is not set on the contact");
        }
        Optional<QueueInfo> queue = queueOf(action.queueId(), action.agentId(), context);
        if (queue.isEmpty()) {
            return BlockOutcome.noMatchingError("the instance has no " + (action.queueId() != null ? "queue" : "agent")
                    + " '" + reference.get() + "'");
        }
        context.contact().setTargetQueue(queue.get());
        return BlockOutcome.next();
    }

    private static BlockOutcome transferToQueue(TransferContactToQueue action, BlockContext context) {
        QueueInfo target = context.contact().targetQueue();
        if (target == null) {
            return BlockOutcome.noMatchingError("the contact has no working queue: set one first");
        }
        switch (context.calls().enqueue(context.contact(), target)) {
            case QUEUED:
                return BlockOutcome.end(EndReason.QUEUED, "queued in " + target.name());
            case AT_CAPACITY:
                return BlockOutcome.error("QueueAtCapacity", "queue " + target.name() + " is at capacity");
            default:
                return BlockOutcome.noMatchingError("the contact cannot be queued in " + target.name()
                        + " now (already queued or with an agent)");
        }
    }

    private static BlockOutcome transferToAgent(TransferContactToAgent action, BlockContext context) {
        Optional<AgentProfile> agent = context.scope().targetAgent();
        if (agent.isEmpty()) {
            QueueInfo target = context.contact().targetQueue();
            agent = target == null ? Optional.empty() : context.instance().findAgent(target.queueArn());
        }
        if (agent.isEmpty()) {
            return BlockOutcome.end(EndReason.FLOW_ERROR, "TransferContactToAgent has no agent to transfer to: "
                    + "it runs in a transfer-to-agent flow, or after a working queue set by AgentId");
        }
        if (!context.calls().transferToAgent(context.contact(), agent.get())) {
            return BlockOutcome.end(EndReason.DISCONNECTED, "agent " + agent.get().username()
                    + " cannot take the contact now, so Connect disconnects it");
        }
        return BlockOutcome.end(EndReason.TRANSFERRED_TO_AGENT, "offered to " + agent.get().username());
    }

    private static BlockOutcome transferToThirdParty(TransferParticipantToThirdParty action, BlockContext context) {
        Optional<String> number = context.value(action.thirdPartyPhoneNumber());
        if (number.isEmpty() || !PhoneNumber.isE164(number.get())) {
            return BlockOutcome.noMatchingError("ThirdPartyPhoneNumber '" + number.orElse("")
                    + "' is not in E.164 form such as +15550100");
        }
        int limit = Optional.ofNullable(action.thirdPartyConnectionTimeLimitSeconds())
                .flatMap(FlowControlBlocks::wholeNumber).orElse(30);
        boolean continueFlow = "true".equalsIgnoreCase(action.continueFlowExecution());
        Consumer<BlockOutcome> resume = context.resumer();
        context.calls().dialThirdParty(context.contact(), number.get(), Duration.ofSeconds(limit), answered -> {
            if (!answered) {
                resume.accept(BlockOutcome.error("ConnectionTimeLimitExceeded", number.get()
                        + " did not answer within " + limit + " s"));
            } else if (continueFlow) {
                resume.accept(BlockOutcome.next());
            } else {
                resume.accept(BlockOutcome.end(EndReason.TRANSFERRED_TO_THIRD_PARTY, "bridged to " + number.get()));
            }
        });
        return new BlockOutcome.Wait("dialling " + number.get());
    }

    private static BlockOutcome createCallback(CreateCallbackContact action, BlockContext context) {
        String number = context.contact().settings().callbackNumber();
        if (number == null) {
            return BlockOutcome.noMatchingError("no callback number is set: use UpdateContactCallbackNumber first");
        }
        Optional<QueueInfo> queue = queueOf(action.queueId(), action.agentId(), context);
        if (queue.isEmpty()) {
            return BlockOutcome.noMatchingError("no queue to create the callback in");
        }
        context.contact().updateSettings(s -> s.withCallbackQueue(queue.get().name()));
        return BlockOutcome.next();
    }
}
