package dev.connectsim.routing;

import java.util.Objects;

/**
 * A phone number of the simulated instance and the flow that answers calls to it.
 *
 * @param number   the number in E.164 form, such as {@code +18005550100}
 * @param flowName the name of the CONTACT_FLOW that answers it
 */
public record PhoneNumber(String number, String flowName) {

    public PhoneNumber {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(flowName, "flowName");
        if (!isE164(number)) {
            throw new IllegalArgumentException("'" + number + "' is not an E.164 phone number such as +18005550100");
        }
    }

    /** Whether {@code number} is in E.164 form: {@code +}, then at most 15 digits, the first not 0. */
    public static boolean isE164(String number) {
        if (number == null || number.length() < 3 || number.length() > 16 || number.charAt(0) != '+'
                || number.charAt(1) == '0') {
            return false;
        }
        for (int i = 1; i < number.length(); i++) {
            char c = number.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
