package dev.connectsim.scv;

/** Sends the function's requests to the telephony API; {@link HttpTelephonyApi} does it over HTTP. */
@FunctionalInterface
public interface TelephonyApiTransport {

    /** Sends {@code request} and reports the answer, or why there was none; never throws for a network failure. */
    TelephonyApiResponse send(TelephonyApiRequest request);
}
