package dev.connectsim.routing;

import dev.connectsim.text.NearestName;
import java.util.Collection;
import java.util.List;

/**
 * A name the simulated instance does not define: says what kind, which name, what exists and the nearest. The
 * message (its nearest name is an edit distance to every name there is) is put into words when first read, so code
 * that only needs to know the name is missing does not pay for it.
 */
public final class UnknownNameException extends IllegalArgumentException {

    private final String kind;
    private final String wanted;
    private final List<String> known;
    private String message;

    UnknownNameException(String kind, String wanted, Collection<String> known) {
        this.kind = kind;
        this.wanted = wanted;
        this.known = List.copyOf(known);
    }

    @Override
    public synchronized String getMessage() {
        if (message == null) {
            message = "the instance has no " + kind + " '" + wanted + "'" + NearestName.hint(known, wanted)
                    + "; it has: " + (known.isEmpty() ? "none" : String.join(", ", known));
        }
        return message;
    }
}
