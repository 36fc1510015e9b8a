package dev.connectsim.flow.action;

import java.util.List;

/**
 * Reads one object (an asset, an order, a case) of a customer profile, the latest or the one an identifier names,
 * and keeps it in {@code $.Customer.<ObjectType>}.
 *
 * @param profileId       {@code ProfileRequestData.ProfileId}, or null
 * @param objectType      {@code ProfileRequestData.ObjectType}, or null
 * @param identifierName  {@code ProfileRequestData.IdentifierName}, or null
 * @param identifierValue {@code ProfileRequestData.IdentifierValue}, or null
 * @param useLatest       {@code ProfileRequestData.UseLatest} (one page spells it {@code UseLatset}; both are
 *                        read), or null
 * @param responseFields  {@code ProfileResponseData}: the object fields to keep, prefixed with the object type
 *                        ({@code AssetStatus}); may be empty
 */
public record GetCustomerProfileObject(Envelope envelope, String profileId, String objectType, String identifierName,
        String identifierValue, String useLatest, List<String> responseFields) implements Action {

    public static final String TYPE = "GetCustomerProfileObject";

    @Override
    public String type() {
        return TYPE;
    }

    static GetCustomerProfileObject from(Envelope envelope) {
        var p = envelope.parameters();
        var request = Params.object(p, "ProfileRequestData");
        String useLatest = Params.text(request, "UseLatest");
        return new GetCustomerProfileObject(envelope, Params.text(request, "ProfileId"),
                Params.text(request, "ObjectType"), Params.text(request, "IdentifierName"),
                Params.text(request, "IdentifierValue"), useLatest != null ? useLatest
                        : Params.text(request, "UseLatset"), Params.names(p, "ProfileResponseData"));
    }
}
