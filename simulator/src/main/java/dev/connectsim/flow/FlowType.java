package dev.connectsim.flow;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The type of a flow, which decides where it runs and which blocks it may use. */
public enum FlowType {
    CONTACT_FLOW,
    CUSTOMER_QUEUE,
    CUSTOMER_HOLD,
    CUSTOMER_WHISPER,
    AGENT_HOLD,
    AGENT_WHISPER,
    OUTBOUND_WHISPER,
    AGENT_TRANSFER,
    QUEUE_TRANSFER,
    CAMPAIGN;

    /**
     * The type for a name as files write it: the API's {@code CONTACT_FLOW} (export wrapper {@code Type}) or the
     * editor's {@code contactFlow} (current {@code Metadata.type}, legacy {@code type}). Case and underscores do
     * not matter.
     */
    public static Optional<FlowType> named(String name) {
        String wanted = name.replace("_", "").toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(t -> t.name().replace("_", "").toLowerCase(Locale.ROOT).equals(wanted))
                .findFirst();
    }
}
