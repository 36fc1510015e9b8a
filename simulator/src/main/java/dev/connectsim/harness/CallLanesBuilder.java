package dev.connectsim.harness;

import dev.connectsim.flow.FlowLibrary;
import dev.connectsim.flow.run.BlockVisit;
import dev.connectsim.flow.run.FlowRunRecord;
import dev.connectsim.harness.CallLanes.Arrow;
import dev.connectsim.harness.CallLanes.Kind;
import dev.connectsim.harness.CallLanes.Lane;
import dev.connectsim.harness.CallLanes.Mark;
import dev.connectsim.harness.CallLanes.Tone;
import dev.connectsim.harness.salesforce.SalesforceJournal;
import dev.connectsim.harness.salesforce.SalesforceRequest;
import dev.connectsim.lambda.AttemptResult;
import dev.connectsim.lambda.InvocationLog;
import dev.connectsim.lambda.LambdaAttempt;
import dev.connectsim.sim.Simulation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Puts a scenario's {@link CallLanes} together: the parties' bars and the agents' actions as {@link CallRecorder}
 * saw them, each action drawn from the agent who acted to the party it concerned (the connection or contact it
 * names); the flow blocks and flow ends on the flow lane; every Lambda attempt with the block's time limit and its
 * outcome; every Salesforce request with its status; what else the service did on a Connect lane.
 */
final class CallLanesBuilder {

    static final String FLOW = "Contact flow";
    static final String LAMBDA = "Lambda";
    static final String SALESFORCE = "Salesforce";
    static final String CONNECT = "Connect";
    private static final String TIME_LIMIT = "InvocationTimeLimitSeconds";

    private final Map<String, Kind> lanes = new LinkedHashMap<>();
    private final List<Mark> marks = new ArrayList<>();
    private final List<Arrow> arrows = new ArrayList<>();

    private CallLanesBuilder() {
    }

    /** The call of {@code sim} from {@code start}, with its Salesforce journal if any, failed at {@code failedAt}. */
    static CallLanes of(CallRecorder recorder, Simulation sim, Instant start, FlowLibrary flows,
            Optional<SalesforceJournal> journal, Optional<Instant> failedAt) {
        CallLanesBuilder builder = new CallLanesBuilder();
        Instant end = failedAt.filter(at -> at.isAfter(sim.now())).orElse(sim.now());
        recorder.look(sim.contacts(), end);
        builder.lanes.putAll(recorder.lanes());
        builder.marks.addAll(recorder.marks());
        recorder.actions().forEach(action -> builder.action(recorder, action));
        builder.flows(sim);
        builder.lambdas(sim, flows);
        journal.ifPresent(builder::salesforce);
        recorder.serviceEvents().forEach(builder::service);
        List<Lane> ordered = builder.lanes.entrySet().stream().map(e -> new Lane(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(Lane::kind)).toList();
        return new CallLanes(start, end, ordered, recorder.bars(end), builder.marks, builder.arrows, failedAt);
    }

    private void action(CallRecorder recorder, CallRecorder.Action action) {
        lanes.putIfAbsent(action.agent(), Kind.AGENT);
        String target = null;
        String what = action.argument();
        for (String word : action.argument().split(" ")) {
            String lane = recorder.laneOfConnection(word);
            if (lane == null) {
                lane = recorder.customerLaneOf(word);
            }
            if (lane != null && target == null) {
                target = lane;
                what = what.replace(word, "").strip();
            }
        }
        if (action.operation().equals("addConnection")) {
            String dialled = what.replaceFirst(" to$", "").strip();
            target = lanes.containsKey(dialled) ? dialled : target;
            what = dialled;
        }
        String label = verb(action.operation(), what, action.agent().equals(target));
        if (target == null || target.equals(action.agent())) {
            marks.add(new Mark(action.agent(), action.at(), label, Tone.ACTION, action.agent() + " " + label));
        } else {
            arrows.add(new Arrow(action.agent(), target, action.at(), label));
        }
    }

    /** What an agent's action reads as on an arrow: "holds", "dials +15550199", "joins everyone (conference)". */
    private static String verb(String operation, String what, boolean own) {
        return switch (operation) {
            case "accept" -> "accepts";
            case "reject" -> "rejects";
            case "hold" -> "holds";
            case "resume" -> "takes off hold";
            case "addConnection" -> "dials " + what;
            case "conferenceConnections" -> "joins everyone (conference)";
            case "toggleActiveConnections" -> "swaps";
            case "destroy" -> own ? "leaves the call" : "hangs up";
            case "clear" -> "clears the contact";
            default -> operation + (what.isEmpty() ? "" : " " + what);
        };
    }

    private void flows(Simulation sim) {
        List<BlockVisit> visits = sim.flows().visits();
        List<FlowRunRecord> runs = sim.flows().runs();
        if (visits.isEmpty() && runs.isEmpty()) {
            return;
        }
        lanes.put(FLOW, Kind.FLOW);
        for (FlowRunRecord run : runs) {
            marks.add(new Mark(FLOW, run.started(), run.flowName() + " starts", Tone.PLAIN));
        }
        for (BlockVisit visit : visits) {
            String branch = visit.branch().replaceFirst("^Condition ", "").replaceFirst("^End ", "ended ");
            String text = visit.identifier() + " (" + visit.type() + ") \u2192 " + branch;
            marks.add(new Mark(FLOW, visit.at(), text, visit.branch().startsWith("Error") ? Tone.BAD : Tone.PLAIN,
                    visit.flowName() + ": " + text + (visit.reason() == null ? "" : " (" + visit.reason() + ")")));
        }
        for (FlowRunRecord run : runs) {
            boolean bad = run.reason().name().contains("ERROR");
            marks.add(new Mark(FLOW, run.ended(), run.flowName() + " ended " + run.reason(),
                    bad ? Tone.BAD : Tone.PLAIN, Timeline.withoutLambdaArns(run.describe())));
        }
    }

    private void lambdas(Simulation sim, FlowLibrary flows) {
        InvocationLog log = sim.lambdas().log();
        List<BlockVisit> invokes = sim.flows().visits().stream()
                .filter(v -> v.type() != null && v.type().equals("InvokeLambdaFunction")).toList();
        for (LambdaAttempt attempt : log.attempts()) {
            if (attempt.isWarmUp()) {
                continue;
            }
            lanes.put(LAMBDA, Kind.LAMBDA);
            Instant ran = attempt.startedAt() == null ? attempt.requestedAt() : attempt.startedAt();
            String limit = limit(attempt, invokes, flows).map(s -> " (limit " + s + " s)").orElse("");
            String outcome = attempt.result() instanceof AttemptResult.Returned ? "returned"
                    : attempt.result().describe();
            String time = attempt.handlerCalled() && attempt.endedAt() != null
                    ? ", " + Duration.between(attempt.startedAt(), attempt.endedAt()).toMillis() + " ms" : "";
            boolean bad = !(attempt.result() instanceof AttemptResult.Returned) || attempt.outlivedTimeLimit();
            String text = name(attempt.boundAs()) + " attempt " + attempt.attempt() + limit + ": "
                    + (attempt.coldStart() ? "cold start" + time + ", " : time.isEmpty() ? "" : time.substring(2) + ", ")
                    + outcome + (attempt.outlivedTimeLimit() ? ", after the limit" : "");
            marks.add(new Mark(LAMBDA, ran, text, bad ? Tone.BAD : Tone.PLAIN,
                    Timeline.withoutLambdaArns(attempt.toString().replaceFirst("^\\S+ ", ""))));
        }
        for (InvocationLog.Failure failure : log.failures()) {
            lanes.put(LAMBDA, Kind.LAMBDA);
            marks.add(new Mark(LAMBDA, failure.error().at(), name(failure.invokedArn()) + ": error branch, "
                    + failure.error().reason(), Tone.BAD));
        }
    }

    /** The time limit of the block that made {@code attempt}: the first InvokeLambdaFunction of its contact after it. */
    private static Optional<Object> limit(LambdaAttempt attempt, List<BlockVisit> invokes, FlowLibrary flows) {
        return attempt.contactId().flatMap(contact -> invokes.stream()
                .filter(v -> v.contactId().equals(contact) && !v.at().isBefore(attempt.requestedAt())).findFirst())
                .flatMap(v -> flows.find(v.flowName()).flatMap(f -> f.flow().action(v.identifier())))
                .map(action -> action.parameters().get(TIME_LIMIT));
    }

    private static String name(String arn) {
        return arn == null ? "function" : Timeline.withoutLambdaArns(arn);
    }

    private void salesforce(SalesforceJournal journal) {
        for (SalesforceRequest request : journal.requests()) {
            lanes.put(SALESFORCE, Kind.SALESFORCE);
            String answer = request.fault().map(f -> "no answer (" + f + ")")
                    .orElse(request.status() + " after " + request.latency().toMillis() + " ms");
            marks.add(new Mark(SALESFORCE, request.at(), request.method() + " "
                    + request.path().replaceFirst("^/telephony/v1", "") + ": " + answer,
                    request.succeeded() ? Tone.PLAIN : Tone.BAD, request.summary()));
        }
    }

    /** A service event on the party it names first ("+15550199 answers"), else on the Connect lane. */
    private void service(CallRecorder.ServiceEvent event) {
        String text = Timeline.withoutLambdaArns(event.text());
        if (text.startsWith("lambda ") || text.startsWith("snapshot for")) {
            return;
        }
        if (text.startsWith("prompt plays") && lanes.containsKey(FLOW)) {
            marks.add(new Mark(FLOW, event.at(), text, Tone.PLAIN));
            return;
        }
        String first = text.split(" ")[0];
        for (String lane : lanes.keySet()) {
            if (lanes.get(lane).isParty() && (lane.equals(first) || lane.endsWith(" " + first))) {
                marks.add(new Mark(lane, event.at(), text.substring(first.length()).strip(), Tone.PLAIN, text));
                return;
            }
        }
        if (text.startsWith("call from ")) {
            String caller = text.substring("call from ".length()).split(" ")[0];
            String lane = "customer " + caller;
            if (lanes.containsKey(lane)) {
                marks.add(new Mark(lane, event.at(), "calls", Tone.PLAIN, text));
                return;
            }
        }
        lanes.put(CONNECT, Kind.CONNECT);
        marks.add(new Mark(CONNECT, event.at(), text, Tone.PLAIN));
    }
}
