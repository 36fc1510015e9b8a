package dev.connectsim.harness;

import dev.connectsim.contact.Contact;
import dev.connectsim.contact.ContactRecord;
import dev.connectsim.sim.CallerNumbers;
import dev.connectsim.sim.Simulation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The calls of a load scenario ("2,000 customers call +18005550100 over 1 minute and hang up after 2 minutes") and
 * what became of them. The calls arrive evenly spread over the period, the first at its start; each customer hangs
 * up when their time is up, whether an agent has them or they still wait.
 *
 * <p>A call is <em>lost</em> when one of its legs has no final contact record (no end state, or after-contact work
 * that never ends) once the simulation has run {@link #LIMIT} past the last call, or earlier when nothing is left to
 * happen.
 */
public final class LoadCalls {

    /** How long the calls may take to end after the last one arrived. */
    public static final Duration LIMIT = Duration.ofHours(24);
    /** The contact attribute the project's flows keep a call's VoiceCall id in. */
    public static final String VOICE_CALL_ID = "voiceCallId";
    private static final int EXAMPLES = 3;

    private final Simulation sim;
    private final List<String> calls = new ArrayList<>();
    private final Instant lastArrival;
    private boolean ended;

    private LoadCalls(Simulation sim, String number, int count, Duration over, Duration hangUpAfter) {
        this.sim = sim;
        Instant start = sim.now();
        for (int k = 0; k < count; k++) {
            Instant at = start.plus(over.multipliedBy(k).dividedBy(count));
            String caller = CallerNumbers.nth(k);
            sim.scheduler().scheduleAt(at, () -> "load call from " + caller, () -> {
                String call = sim.dial(caller, number);
                calls.add(call);
                sim.customerHangsUpAfter(call, hangUpAfter);
            });
        }
        this.lastArrival = start.plus(over.multipliedBy(count - 1L).dividedBy(count));
    }

    /** Places {@code count} calls to {@code number} over {@code over}, each hanging up after {@code hangUpAfter}. */
    public static LoadCalls place(Simulation sim, String number, int count, Duration over, Duration hangUpAfter) {
        if (count < 1) {
            throw new IllegalArgumentException("a load needs at least 1 call, was " + count);
        }
        sim.instance().phoneNumber(number).orElseThrow(() -> new IllegalArgumentException("the instance has no phone"
                + " number " + number + " to call"));
        return new LoadCalls(sim, number, count, over, hangUpAfter);
    }

    /** Runs the simulation until every leg of every call has its final record, or {@link #LIMIT} after the last. */
    public void runToTheEnd() {
        if (ended) {
            return;
        }
        sim.runUntil(() -> !sim.now().isBefore(lastArrival) && sim.openContacts() == 0,
                Duration.between(sim.now(), lastArrival).plus(LIMIT));
        ended = true;
    }

    /** How many calls were placed. */
    public int count() {
        return calls.size();
    }

    /** The calls (their first contact's id) with a leg that has no final record. */
    public List<String> lost() {
        Set<String> lost = new LinkedHashSet<>();
        sim.contacts().stream().filter(c -> !c.isRecordFinal()).map(Contact::initialContactId).forEach(lost::add);
        return List.copyOf(lost);
    }

    /** The calls that reached an agent no later than {@code within} after they began. */
    public long reachedAnAgentWithin(Duration within) {
        return records().stream().filter(r -> r.connectedToAgentTimestamp() != null
                && !r.connectedToAgentTimestamp().isAfter(r.initiationTimestamp().plus(within))).count();
    }

    /** The calls that reached an agent at all. */
    public long reachedAnAgent() {
        return records().stream().filter(r -> r.connectedToAgentTimestamp() != null).count();
    }

    /**
     * The calls that carry no VoiceCall id: their flow stored none in the attribute {@value #VOICE_CALL_ID} from the
     * telephony function's answer (Salesforce failed, throttled, or answered too late).
     */
    public List<String> withoutVoiceCall() {
        return calls.stream().filter(call -> !sim.contact(call).attributes().containsKey(VOICE_CALL_ID)).toList();
    }

    /** "12 of 2000 calls, for example a, b, c". */
    public String some(List<String> which) {
        return which.size() + " of " + calls.size() + " calls" + (which.isEmpty() ? ""
                : ", for example " + String.join(", ", which.subList(0, Math.min(EXAMPLES, which.size()))));
    }

    /** One line per outcome, for the report. */
    public String summary() {
        return calls.size() + " calls; " + reachedAnAgent() + " reached an agent; " + lost().size() + " lost;"
                + " virtual time " + sim.now();
    }

    private List<ContactRecord> records() {
        return calls.stream().map(call -> sim.contact(call).record()).toList();
    }
}
