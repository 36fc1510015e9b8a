package dev.connectsim.flow.run;

import dev.connectsim.contact.QueueInfo;
import dev.connectsim.flow.FlowLibrary;
import dev.connectsim.flow.action.CheckHoursOfOperation;
import dev.connectsim.flow.action.CheckMetricData;
import dev.connectsim.flow.action.Compare;
import dev.connectsim.flow.action.DistributeByPercentage;
import dev.connectsim.flow.action.EndFlowExecution;
import dev.connectsim.flow.action.GetMetricData;
import dev.connectsim.flow.action.Loop;
import dev.connectsim.flow.action.TransferToFlow;
import dev.connectsim.flow.action.Unsupported;
import dev.connectsim.flow.action.UpdateFlowAttributes;
import dev.connectsim.flow.action.UpdateFlowLoggingBehavior;
import dev.connectsim.routing.HoursOfOperation;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Flow control: logging, flow attributes, Loop, Compare, the hours and staffing checks, queue metrics,
 * TransferToFlow, EndFlowExecution.
 */
final class FlowControlBlocks {

    private FlowControlBlocks() {
    }

    static void register(Blocks blocks) {
        blocks.on(UpdateFlowLoggingBehavior.class, FlowControlBlocks::logging);
        blocks.on(UpdateFlowAttributes.class, FlowControlBlocks::flowAttributes);
        blocks.on(Loop.class, FlowControlBlocks::loop);
        blocks.on(Compare.class, FlowControlBlocks::compare);
        blocks.on(CheckHoursOfOperation.class, FlowControlBlocks::checkHours);
        blocks.on(CheckMetricData.class, FlowControlBlocks::checkMetric);
        blocks.on(GetMetricData.class, FlowControlBlocks::getMetrics);
        blocks.on(DistributeByPercentage.class, FlowControlBlocks::distribute);
        blocks.on(TransferToFlow.class, FlowControlBlocks::transferToFlow);
        blocks.on(EndFlowExecution.class, (action, context) -> BlockOutcome.end(EndReason.FLOW_ENDED,
                "EndFlowExecution"));
        blocks.on(Unsupported.class, (action, context) -> {
            context.notModelled(action.reason());
            return BlockOutcome.end(EndReason.FLOW_ERROR, action.reason() + (action.isLegacyModule()
                    ? "; Amazon Connect exported it and ran it, but the simulator has no mapping for it yet"
                    : action.isReferenceType() ? " (docs/fidelity.md says why)" : "; the simulator cannot run it"));
        });
    }

    private static BlockOutcome logging(UpdateFlowLoggingBehavior action, BlockContext context) {
        context.state().setLoggingEnabled(action.enabled());
        return BlockOutcome.next();
    }

    /**
     * Sets every flow attribute or none, as UpdateContactAttributes does for contact attributes: a value referring to
     * nothing sets none and takes NoMatchingError (*guess*: the page lists no error; the console block has an Error
     * branch). They last while this flow runs: a TransferToFlow starts the next flow without them.
     */
    private static BlockOutcome flowAttributes(UpdateFlowAttributes action, BlockContext context) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : action.flowAttributes().entrySet()) {
            Optional<String> value = context.value(entry.getValue());
            if (value.isEmpty()) {
                return BlockOutcome.noMatchingError("flow attribute '" + entry.getKey() + "': " + entry.getValue()
                        + " is not set on the contact, so no flow attribute was set");
            }
            values.put(entry.getKey(), value.get());
        }
        context.scope().flowAttributes().putAll(values);
        return BlockOutcome.next();
    }

    private static BlockOutcome loop(Loop action, BlockContext context) {
        Optional<String> count = context.value(action.loopCount());
        Optional<Integer> parsed = count.flatMap(FlowControlBlocks::wholeNumber).filter(n -> n >= 0 && n <= 100);
        if (parsed.isEmpty()) {
            return BlockOutcome.end(EndReason.FLOW_ERROR, "LoopCount must be a whole number from 0 to 100, was '"
                    + count.orElse(String.valueOf(action.loopCount())) + "'");
        }
        return BlockOutcome.branch(context.state().loop(context.scope().flowName(), action.identifier(),
                parsed.get()));
    }

    private static BlockOutcome compare(Compare action, BlockContext context) {
        return BlockOutcome.branch(context.value(action.comparisonValue()).orElse(""));
    }

    private static BlockOutcome checkHours(CheckHoursOfOperation action, BlockContext context) {
        Optional<HoursOfOperation> hours;
        if (action.hoursOfOperationId() != null) {
            Optional<String> reference = context.value(action.hoursOfOperationId());
            hours = reference.flatMap(r -> context.instance().findHoursOfOperation(r));
            if (hours.isEmpty()) {
                return BlockOutcome.noMatchingError("the instance has no hours of operation '"
                        + reference.orElse(action.hoursOfOperationId()) + "'");
            }
        } else {
            QueueInfo target = context.contact().targetQueue();
            if (target == null) {
                return BlockOutcome.noMatchingError("the contact has no working queue whose hours to check");
            }
            Optional<dev.connectsim.routing.Queue> queue = context.instance().findQueue(target.queueArn());
            if (queue.isEmpty()) {
                return BlockOutcome.noMatchingError("the working queue '" + target.name()
                        + "' is an agent's queue, which has no hours of operation");
            }
            hours = Optional.of(context.instance().hoursOfOperation(queue.get().hoursOfOperation()));
        }
        return BlockOutcome.branch(hours.get().isOpen(context.scheduler().now()) ? "True" : "False");
    }

    private static BlockOutcome checkMetric(CheckMetricData action, BlockContext context) {
        Optional<QueueMetric> metric = Optional.ofNullable(action.metricType()).flatMap(QueueMetric::named);
        if (metric.isEmpty()) {
            return BlockOutcome.noMatchingError("MetricType '" + action.metricType() + "' is not one Connect has");
        }
        Optional<QueueInfo> queue = RoutingBlocks.queueOf(action.queueId(), action.agentId(), context);
        if (queue.isEmpty()) {
            return BlockOutcome.noMatchingError("no queue to read " + metric.get() + " of: "
                    + (action.queueId() == null && action.agentId() == null ? "the contact has no working queue"
                            : "the instance has no queue or agent '" + firstNonNull(action.queueId(),
                                    action.agentId()) + "'"));
        }
        return BlockOutcome.branch(String.valueOf(context.calls().metric(metric.get(), queue.get())));
    }

    /**
     * Loads the queue's name, ARN, size and oldest contact's age, and its agents online, available and staffed,
     * into {@code $.Metrics}; the agent counts are left out when no agent is online ("if there are no agents, no
     * metrics are returned", admin guide, Get queue metrics). Metrics the simulator does not count (agents in
     * after-contact work, busy, missed, non-productive) stay unset.
     */
    private static BlockOutcome getMetrics(GetMetricData action, BlockContext context) {
        Optional<QueueInfo> queue = RoutingBlocks.queueOf(action.queueId(), action.agentId(), context);
        if (queue.isEmpty()) {
            return BlockOutcome.noMatchingError("no queue to load metrics of: "
                    + (action.queueId() == null && action.agentId() == null ? "the contact has no working queue"
                            : "the instance has no queue or agent '" + firstNonNull(action.queueId(),
                                    action.agentId()) + "'"));
        }
        QueueInfo q = queue.get();
        Map<String, Object> queueMetrics = new LinkedHashMap<>();
        queueMetrics.put("Name", q.name());
        queueMetrics.put("ARN", q.queueArn());
        queueMetrics.put("Size", metric(QueueMetric.NumberOfContactsInQueue, q, context));
        queueMetrics.put("OldestContactAge", metric(QueueMetric.OldestContactInQueueAgeSeconds, q, context));
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("Queue", queueMetrics);
        if (context.calls().metric(QueueMetric.NumberOfAgentsOnline, q) > 0) {
            metrics.put("Agents", Map.of(
                    "Online", Map.of("Count", metric(QueueMetric.NumberOfAgentsOnline, q, context)),
                    "Available", Map.of("Count", metric(QueueMetric.NumberOfAgentsAvailable, q, context)),
                    "Staffed", Map.of("Count", metric(QueueMetric.NumberOfAgentsStaffed, q, context))));
        }
        context.state().replaceMetrics(metrics);
        return BlockOutcome.next();
    }

    private static String metric(QueueMetric metric, QueueInfo queue, BlockContext context) {
        return String.valueOf(context.calls().metric(metric, queue));
    }

    /**
     * A number from 1 to 100 for the NumberLessThan chain of the conditions. It is drawn from the contact's id
     * (itself drawn from the simulation's seed), the flow, the Identifier and how many blocks the contact has run,
     * so the same seed gives the same branches and every pass through the block draws again (*guess*: how evenly
     * Connect draws is not documented; these hashes spread evenly over 1 to 100).
     */
    private static BlockOutcome distribute(DistributeByPercentage action, BlockContext context) {
        String key = context.contact().contactId() + "/" + context.scope().flowName() + "/" + action.identifier()
                + "/" + context.state().blocksRun();
        long mixed = key.hashCode() * 0x9E3779B97F4A7C15L;
        mixed ^= mixed >>> 29;
        return BlockOutcome.branch(String.valueOf(1 + Math.floorMod(mixed, 100)));
    }

    private static BlockOutcome transferToFlow(TransferToFlow action, BlockContext context) {
        Optional<String> reference = context.value(action.contactFlowId());
        if (reference.isEmpty()) {
            return BlockOutcome.noMatchingError("ContactFlowId " + action.contactFlowId() + " names no flow");
        }
        Optional<FlowLibrary.Entry> flow = context.flows().find(reference.get());
        return flow.<BlockOutcome>map(BlockOutcome.Jump::new)
                .orElseGet(() -> BlockOutcome.noMatchingError(context.flows().unknown(reference.get())));
    }

    static Optional<Integer> wholeNumber(String text) {
        try {
            return Optional.of(Integer.parseInt(text.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }
}
