package dev.connectsim.flow.diff;

import java.util.List;
import java.util.Objects;

/**
 * An action present in both versions that is not the same.
 *
 * @param oldIdentifier its Identifier in the old version
 * @param newIdentifier its Identifier in the new version
 * @param changes       what changed, one line each: "renamed", "Type X -> Y", "parameter P: a -> b"
 */
public record ActionChange(String oldIdentifier, String newIdentifier, List<String> changes) {

    public ActionChange {
        Objects.requireNonNull(oldIdentifier, "oldIdentifier");
        Objects.requireNonNull(newIdentifier, "newIdentifier");
        changes = List.copyOf(changes);
    }
}
