package dev.connectsim.flow.lint;

import dev.connectsim.flow.action.Action;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An Identifier is 1 to 50 characters long, holds none of {@code %:(\/)=$,;[]{}}, and is not one of the names
 * JavaScript objects already have ({@code __proto__}, {@code constructor} ...), as the AWS flow-language page says.
 */
final class InvalidIdentifierRule extends Rule {

    static final int MAX_LENGTH = 50;
    static final String FORBIDDEN = "%:(\\/)=$,;[]{}";
    static final Set<String> RESERVED = Set.of("__proto__", "constructor", "__defineGetter__", "__defineSetter__",
            "toString", "hasOwnProperty", "isPrototypeOf", "propertyIsEnumerable", "toLocaleString", "valueOf");

    InvalidIdentifierRule() {
        super("invalid-identifier", Severity.ERROR, "an Identifier has 1 to " + MAX_LENGTH + " characters, none of "
                + FORBIDDEN + ", and is not a reserved name such as __proto__");
    }

    @Override
    void check(Check check) {
        for (Action action : check.flow().actions()) {
            String id = action.identifier();
            String hint = "use a UUID, as the editor does, or a short name without " + FORBIDDEN;
            int length = id.codePointCount(0, id.length());
            if (length == 0) {
                check.report(action, "/Identifier", "the Identifier is empty (expected 1 to " + MAX_LENGTH
                        + " characters)", hint);
            } else if (length > MAX_LENGTH) {
                check.report(action, "/Identifier", "the Identifier is " + length + " characters long, over the"
                        + " limit of " + MAX_LENGTH, hint);
            }
            List<String> bad = new ArrayList<>();
            for (char c : FORBIDDEN.toCharArray()) {
                if (id.indexOf(c) >= 0) {
                    bad.add("'" + c + "'");
                }
            }
            if (!bad.isEmpty()) {
                check.report(action, "/Identifier", "the Identifier " + Words.quote(id) + " contains "
                        + Words.and(bad) + ", which Identifiers may not contain (none of " + FORBIDDEN + ")", hint);
            }
            if (RESERVED.contains(id)) {
                check.report(action, "/Identifier", "the Identifier " + Words.quote(id) + " is a reserved name"
                        + " (Connect refuses __proto__, constructor, toString and other names every JavaScript"
                        + " object has)", hint);
            }
        }
    }
}
