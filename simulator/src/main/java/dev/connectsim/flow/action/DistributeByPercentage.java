package dev.connectsim.flow.action;

/**
 * "Distribute by percentage": a random number from 1 to 100 that a chain of NumberLessThan conditions splits
 * into branches; no condition met is NoMatchingCondition (the editor's default branch). It takes no parameters.
 */
public record DistributeByPercentage(Envelope envelope) implements Action {

    public static final String TYPE = "DistributeByPercentage";

    @Override
    public String type() {
        return TYPE;
    }
}
