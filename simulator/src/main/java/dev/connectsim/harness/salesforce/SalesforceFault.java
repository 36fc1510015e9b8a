package dev.connectsim.harness.salesforce;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The faults {@code stubs/mappings/salesforce/faults/} define for VoiceCall creation, each a WireMock stub that
 * answers only while the WireMock scenario {@value SalesforceStub#SCENARIO} is in the state of the same name (so the
 * standalone WireMock switches them on too: {@code PUT /__admin/scenarios/salesforce/state {"state": "create-500"}}).
 */
public enum SalesforceFault {
    /** Answers after 9 s, beyond the flows' 8 s limit and the function's 5 s timeout. */
    CREATE_SLOW("create-slow"),
    /** 500 Internal Server Error. */
    CREATE_500("create-500"),
    /** 429 Too Many Requests: the org's limit is exceeded. */
    CREATE_429("create-429"),
    /** 401 Unauthorized: the call center refuses the key, whatever the token. */
    CREATE_401("create-401"),
    /** 200 with a body that is not JSON. */
    CREATE_MALFORMED("create-malformed"),
    /** The connection is reset before any answer. */
    CREATE_CONNECTION_RESET("create-connection-reset");

    private final String state;

    SalesforceFault(String state) {
        this.state = state;
    }

    /** The WireMock scenario state that switches the fault on, which is also its stub file's name. */
    public String state() {
        return state;
    }

    /** The fault whose state is {@code name} ("create-500"), ignoring case. */
    public static Optional<SalesforceFault> named(String name) {
        return Arrays.stream(values()).filter(fault -> fault.state.equals(name.toLowerCase(Locale.ROOT))).findFirst();
    }
}
