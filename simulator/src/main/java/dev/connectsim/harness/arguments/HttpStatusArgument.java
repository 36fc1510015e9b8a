package dev.connectsim.harness.arguments;

import java.math.BigInteger;

/**
 * An HTTP status code as a step writes it ({@code 500}), from 100 to 599.
 *
 * <p>Design note: the step's parameter type matches any whole number, so one out of range reaches {@link #parse}
 * and gets a message naming it, instead of a {@code NumberFormatException}.
 */
public final class HttpStatusArgument {

    /** What the parameter type matches: an optional minus sign, then digits. */
    public static final String FORM = "-?\\d+";

    private HttpStatusArgument() {
    }

    /**
     * The status {@code written} says.
     *
     * @throws MalformedArgument when it is not from 100 to 599
     */
    public static int parse(String written) {
        BigInteger status = new BigInteger(written);
        if (status.compareTo(BigInteger.valueOf(100)) < 0 || status.compareTo(BigInteger.valueOf(599)) > 0) {
            throw MalformedArgument.outOfRange("an HTTP status", written, "expected a status code from 100 to 599,"
                    + " such as 500");
        }
        return status.intValueExact();
    }
}
