package dev.connectsim.harness.arguments;

import java.util.regex.Pattern;

/**
 * A phone number as a step writes it: E.164, a {@code +} and 7 to 15 digits ({@code +15550100}).
 *
 * <p>Design note: the step's parameter type also matches digits without the {@code +} and digits with separators
 * ({@code 1-800-555-0100}), so such a number reaches {@link #parse} and gets a message that names it and, when its
 * digits make one, the E.164 form to write, instead of the step being reported as undefined.
 */
public final class PhoneNumberArgument {

    /** What the parameter type matches: an optional {@code +}, then digits, maybe with separators. */
    public static final String FORM = "\\+?\\d[\\d().\\-]*";

    private static final Pattern E164 = Pattern.compile("\\+\\d{7,15}");
    private static final String EXPECTED = "expected E.164, a + and 7 to 15 digits, such as +15550100";

    private PhoneNumberArgument() {
    }

    /**
     * The number {@code written}, unchanged when it is E.164.
     *
     * @throws MalformedArgument for anything else, with the E.164 form of its digits when they make one
     */
    public static String parse(String written) {
        if (E164.matcher(written).matches()) {
            return written;
        }
        String digits = written.replaceAll("\\D", "");
        String problem = digits.length() < 7 || digits.length() > 15
                ? digits.length() + " digits; " + EXPECTED
                : EXPECTED + " (did you mean '+" + digits + "'?)";
        throw MalformedArgument.notA("a phone number", written, problem);
    }
}
