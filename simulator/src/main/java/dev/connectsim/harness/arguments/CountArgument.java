package dev.connectsim.harness.arguments;

import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * A number of things as a step writes it ({@code 20}, {@code 2,000}), from 0 to {@link #MOST}.
 *
 * <p>Design note: the step's parameter type matches any digits, a minus sign and commas, so a count out of range or
 * with misplaced separators reaches {@link #parse} and gets a message naming it, instead of a
 * {@code NumberFormatException} or an undefined step.
 */
public final class CountArgument {

    /**
     * The largest count: 100,000, the most calls the simulator is sized to hold at once (docs/performance.md: 100,000
     * live contacts in under 1 GiB of heap).
     */
    public static final int MOST = 100_000;

    /** What the parameter type matches: an optional minus sign, then digits and commas. */
    public static final String FORM = "-?\\d[\\d,]*";

    private static final Pattern GROUPED = Pattern.compile("-?(?:\\d{1,3}(?:,\\d{3})+|\\d+)");

    private CountArgument() {
    }

    /**
     * The count {@code written} says.
     *
     * @throws MalformedArgument when its commas do not separate thousands, or it is negative or over {@link #MOST}
     */
    public static int parse(String written) {
        if (!GROUPED.matcher(written).matches()) {
            throw MalformedArgument.notA("a count", written, "expected digits, with commas only between groups of"
                    + " three, such as 2000 or 2,000");
        }
        BigInteger count = new BigInteger(written.replace(",", ""));
        if (count.signum() < 0 || count.compareTo(BigInteger.valueOf(MOST)) > 0) {
            throw MalformedArgument.outOfRange("a count", written, "expected 0 to 100,000, the most calls the"
                    + " simulator is sized to hold at once");
        }
        return count.intValueExact();
    }
}
