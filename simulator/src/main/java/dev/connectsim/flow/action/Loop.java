package dev.connectsim.flow.action;

/**
 * Loops: {@code ContinueLooping} for the first LoopCount runs, then {@code DoneLooping} once; the counter is kept
 * per Identifier.
 *
 * @param loopCount {@code LoopCount} as written: static ({@code "2"}) or one {@code $.} reference; or null
 */
public record Loop(Envelope envelope, String loopCount) implements Action {

    public static final String TYPE = "Loop";

    @Override
    public String type() {
        return TYPE;
    }

    static Loop from(Envelope envelope) {
        return new Loop(envelope, Params.text(envelope.parameters(), "LoopCount"));
    }
}
