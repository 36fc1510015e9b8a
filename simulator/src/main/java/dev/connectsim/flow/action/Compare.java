package dev.connectsim.flow.action;

/**
 * "Check contact attributes": the result is one value, tested by the conditions in order.
 *
 * @param comparisonValue {@code ComparisonValue}, one JSONPath such as {@code $.Attributes.status}
 */
public record Compare(Envelope envelope, String comparisonValue) implements Action {

    public static final String TYPE = "Compare";

    @Override
    public String type() {
        return TYPE;
    }

    static Compare from(Envelope envelope) {
        return new Compare(envelope, Params.text(envelope.parameters(), "ComparisonValue"));
    }
}
