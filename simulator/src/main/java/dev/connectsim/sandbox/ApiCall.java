package dev.connectsim.sandbox;

/**
 * One call of the Connect API as the driver made it (or, in a dry run, would make it).
 *
 * @param operation the API operation, such as {@code StartOutboundVoiceContact}
 * @param request   its parameters, long texts shortened and sensitive ones redacted as the SDK redacts them
 * @param outcome   {@code ok}, the error the service answered, or {@code dry run}
 */
public record ApiCall(String operation, String request, String outcome) {

    public static final String OK = "ok";
    public static final String DRY_RUN = "dry run";

    @Override
    public String toString() {
        boolean quiet = outcome.equals(OK) || outcome.equals(DRY_RUN);
        return operation + "(" + request + ")" + (quiet ? "" : " -> " + outcome);
    }
}
