package dev.connectsim.bench;

import java.time.Duration;

/**
 * What every bench call does, in virtual time. A customer dials the instance's number; its flow creates the
 * VoiceCall and queues the call; an automatic agent accepts after {@code acceptAfter}, talks for
 * {@code talkBeforeTransfer}, transfers the call to their partner's USER quick connect (whose agent-transfer flow
 * creates the transfer VoiceCall and transfers to the partner) and leaves; the partner accepts after
 * {@code acceptAfter}. The customer hangs up {@code callLength} after dialling. Each agent clears the call
 * {@code afterContactWork} after it ended for them. With {@code bench --number} the calls dial that number instead,
 * its flow runs with the caller input given, and an agent who answers stays on until the customer hangs up. In memory, the telephony function answers after
 * {@code salesforceLatency}, as the stubs' VoiceCall creation does.
 */
record CallScript(Duration acceptAfter, Duration talkBeforeTransfer, Duration afterContactWork, Duration callLength,
        Duration salesforceLatency) {

    /** 2 s to accept, 30 s before the transfer, 5 s of after-contact work, 60 s on the line, Salesforce in 250 ms. */
    static final CallScript DEFAULT = new CallScript(Duration.ofSeconds(2), Duration.ofSeconds(30),
            Duration.ofSeconds(5), Duration.ofSeconds(60), Duration.ofMillis(250));

    /**
     * How long an answering agent is busy with one call: from the offer to the clear (accept, talk, the two CTI round
     * trips of the transfer, after-contact work).
     */
    Duration answeringAgentBusy() {
        return acceptAfter.plus(talkBeforeTransfer).plus(Duration.ofMillis(200)).plus(afterContactWork);
    }

    /**
     * How long a call's legs stay in the simulation at most: until the customer hangs up and the agents clear; also
     * how long an agent who answers a call of {@code bench --number} is busy with it at most.
     */
    Duration callLife() {
        return callLength.plus(afterContactWork);
    }

    /** Answering agents enough for {@code arrivalsPerSecond} with a fifth to spare, so calls rarely wait. */
    int agentsFor(double arrivalsPerSecond) {
        return (int) Math.min(Integer.MAX_VALUE, agentsFor(arrivalsPerSecond, answeringAgentBusy()));
    }

    /** Agents enough for {@code arrivalsPerSecond} when each is {@code busy} with a call, with a fifth to spare. */
    long agentsFor(double arrivalsPerSecond, Duration busy) {
        double busySeconds = busy.toNanos() / 1e9;
        return (long) Math.ceil(Math.min(Long.MAX_VALUE / 2.0, arrivalsPerSecond * busySeconds * 1.2)) + 1;
    }
}
