package dev.connectsim.flow.action;

/**
 * Checks whether the contact is within hours of operation; result {@code True} or {@code False}.
 *
 * @param hoursOfOperationId {@code HoursOfOperationId}, an ID or ARN; null means the TargetQueue's hours
 */
public record CheckHoursOfOperation(Envelope envelope, String hoursOfOperationId) implements Action {

    public static final String TYPE = "CheckHoursOfOperation";

    @Override
    public String type() {
        return TYPE;
    }

    static CheckHoursOfOperation from(Envelope envelope) {
        return new CheckHoursOfOperation(envelope, Params.text(envelope.parameters(), "HoursOfOperationId"));
    }
}
