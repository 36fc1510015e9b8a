package dev.connectsim.harness;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What a scenario's call looked like, party by party, on its virtual timeline: the picture's content before any
 * drawing. One lane per party (the customer, each agent, each third party, then the contact flow, Lambda,
 * Salesforce, and Connect for what belongs to no party), each connection a run of bars in its states, what
 * happened on a lane as marks, what an agent did to another party as arrows, and the moment the scenario failed.
 *
 * @param start    the scenario's start, time zero of the picture
 * @param end      the last moment drawn
 * @param lanes    every lane, in the order drawn
 * @param bars     the connections' states, each from one moment to the next
 * @param marks    what happened on one lane
 * @param arrows   what an agent did to another party
 * @param failedAt when the scenario failed, if it did
 */
public record CallLanes(Instant start, Instant end, List<Lane> lanes, List<Bar> bars, List<Mark> marks,
        List<Arrow> arrows, Optional<Instant> failedAt) {

    public CallLanes {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        lanes = List.copyOf(lanes);
        bars = List.copyOf(bars);
        marks = List.copyOf(marks);
        arrows = List.copyOf(arrows);
        Objects.requireNonNull(failedAt, "failedAt");
    }

    /** Who or what a lane shows; lanes are drawn in this order. */
    public enum Kind {
        CUSTOMER, AGENT, THIRD_PARTY, FLOW, LAMBDA, SALESFORCE, CONNECT;

        /** A party on the call, whose connection is drawn as bars. */
        public boolean isParty() {
            return this == CUSTOMER || this == AGENT || this == THIRD_PARTY;
        }
    }

    /** A connection's state as a bar shows it. */
    public enum BarState {
        /** Ringing: dialled, not answered yet. */
        CONNECTING("ringing"),
        CONNECTED("connected"),
        HOLD("on hold"),
        /** Gone: the connection ended here. */
        DISCONNECTED("disconnected");

        private final String words;

        BarState(String words) {
            this.words = words;
        }

        /** "on hold". */
        public String words() {
            return words;
        }

        /** The CSS-like name, "hold". */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** How a mark reads: a plain event, an agent's own action, or something that went wrong. */
    public enum Tone {
        PLAIN, ACTION, BAD
    }

    /** A lane: its name ("alice", "customer +15550100", "Lambda") and kind. */
    public record Lane(String name, Kind kind) {
    }

    /** One connection ({@code leg} tells two connections of one lane apart) in {@code state} from one moment to another. */
    public record Bar(String lane, String leg, BarState state, Instant from, Instant to) {
    }

    /** Something that happened on one lane at one moment; {@code detail} is the whole text, when longer. */
    public record Mark(String lane, Instant at, String text, Tone tone, String detail) {
        public Mark(String lane, Instant at, String text, Tone tone) {
            this(lane, at, text, tone, text);
        }
    }

    /** What {@code from} did to {@code to} at one moment ("holds", "dials +15550199"). */
    public record Arrow(String from, String to, Instant at, String text) {
    }

    /** {@code +12.300s}: how long after the start {@code at} is. */
    public String offset(Instant at) {
        return Timeline.offset(start, at);
    }
}
