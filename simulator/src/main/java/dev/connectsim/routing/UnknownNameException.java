package dev.connectsim.routing;

import dev.connectsim.text.NearestName;
import java.util.Collection;

/** A name the simulated instance does not define: says what kind, which name, what exists and the nearest. */
public final class UnknownNameException extends IllegalArgumentException {

    UnknownNameException(String kind, String wanted, Collection<String> known) {
        super("the instance has no " + kind + " '" + wanted + "'" + NearestName.hint(known, wanted)
                + "; it has: " + (known.isEmpty() ? "none" : String.join(", ", known)));
    }
}
