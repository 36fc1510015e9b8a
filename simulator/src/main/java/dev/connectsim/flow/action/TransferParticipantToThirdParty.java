package dev.connectsim.flow.action;

/**
 * "Transfer to phone number": dials an external number for the customer.
 *
 * @param thirdPartyPhoneNumber                {@code ThirdPartyPhoneNumber}, E.164 or a {@code $.} reference
 * @param thirdPartyConnectionTimeLimitSeconds {@code ThirdPartyConnectionTimeLimitSeconds} as written, or null
 * @param continueFlowExecution                {@code ContinueFlowExecution} as written ({@code "True"} or
 *                                             {@code "False"}), or null
 */
public record TransferParticipantToThirdParty(Envelope envelope, String thirdPartyPhoneNumber,
        String thirdPartyConnectionTimeLimitSeconds, String continueFlowExecution) implements Action {

    public static final String TYPE = "TransferParticipantToThirdParty";

    @Override
    public String type() {
        return TYPE;
    }

    static TransferParticipantToThirdParty from(Envelope envelope) {
        var p = envelope.parameters();
        return new TransferParticipantToThirdParty(envelope, Params.text(p, "ThirdPartyPhoneNumber"),
                Params.text(p, "ThirdPartyConnectionTimeLimitSeconds"), Params.text(p, "ContinueFlowExecution"));
    }
}
