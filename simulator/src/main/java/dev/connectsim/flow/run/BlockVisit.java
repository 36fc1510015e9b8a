package dev.connectsim.flow.run;

import java.time.Instant;
import java.util.Objects;

/**
 * One block a contact went through, and which way it left: the raw material of flow coverage and of "which
 * path did my scenario take".
 *
 * @param at         when the block finished
 * @param contactId  the contact segment
 * @param flowName   the flow's name
 * @param source     the flow's file
 * @param identifier the block's Identifier
 * @param type       the block's type
 * @param branch     how it left: {@code NextAction}, {@code Condition <value>}, {@code Error <type>}, or
 *                   {@code End <reason>}
 * @param target     the Identifier it went to, or null when the flow ended there
 * @param reason     why it left by an error branch (what failed), or null
 */
public record BlockVisit(Instant at, String contactId, String flowName, String source, String identifier,
        String type, String branch, String target, String reason) {

    /** A visit with no reason: it left by NextAction, a condition or an end. */
    public BlockVisit(Instant at, String contactId, String flowName, String source, String identifier, String type,
            String branch, String target) {
        this(at, contactId, flowName, source, identifier, type, branch, target, null);
    }

    public BlockVisit {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(identifier, "identifier");
        Objects.requireNonNull(branch, "branch");
    }

    @Override
    public String toString() {
        return flowName + "/" + identifier + " (" + type + ") " + branch + (target == null ? "" : " -> " + target)
                + (reason == null ? "" : " (" + reason + ")");
    }
}
