package dev.connectsim.flow.action;

/**
 * Puts a participant of the previous contact (the one a transfer came from) on hold or takes both off hold (Flow
 * Language reference, UpdatePreviousContactParticipantState).
 *
 * @param previousContactParticipantState {@code PreviousContactParticipantState} as written: {@code AgentOnHold},
 *                                        {@code CustomerOnHold} or {@code OffHold}; or null
 */
public record UpdatePreviousContactParticipantState(Envelope envelope, String previousContactParticipantState)
        implements Action {

    public static final String TYPE = "UpdatePreviousContactParticipantState";

    @Override
    public String type() {
        return TYPE;
    }

    static UpdatePreviousContactParticipantState from(Envelope envelope) {
        return new UpdatePreviousContactParticipantState(envelope,
                Params.text(envelope.parameters(), "PreviousContactParticipantState"));
    }
}
