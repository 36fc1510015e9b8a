package dev.connectsim.flow.action;

import java.util.Objects;

/**
 * An action the simulator cannot run: an action type it does not know, or a legacy module with no mapping to
 * the current language. It keeps the type as written and the raw parameters; validation reports it and a run
 * that reaches it fails naming its Identifier and type.
 *
 * @param type   the type as written in the file (for legacy modules, the legacy type such as {@code "Wait"})
 * @param reason why it is unsupported, for messages, such as {@code unknown action type 'Lop' (did you mean 'Loop'?)}
 */
public record Unsupported(Envelope envelope, String type, String reason) implements Action {

    public Unsupported {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(reason, "reason");
    }

    /**
     * Whether this is a type of the Flow Language reference ({@link ReferenceTypes}) that the simulator does not
     * model: Amazon Connect accepts and runs it, unlike an unknown type.
     */
    public boolean isReferenceType() {
        return reason.startsWith(ActionTypes.NOT_MODELLED_PREFIX);
    }

    /**
     * Whether this is a module of a legacy export that has no mapping (its reason starts {@code legacy module}, as
     * the legacy mapper writes it): Connect exported and ran it, unlike an unknown type in the current language.
     */
    public boolean isLegacyModule() {
        return reason.startsWith("legacy module ");
    }
}
