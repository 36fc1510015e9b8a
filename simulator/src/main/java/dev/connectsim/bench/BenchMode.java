package dev.connectsim.bench;

/** How the bench's telephony function answers. */
public enum BenchMode {
    /** In memory, with no HTTP request and no token: the engine's own speed. */
    MEMORY,
    /** The real function, signing a token and making an HTTP request per VoiceCall, against an embedded WireMock. */
    HTTP
}
