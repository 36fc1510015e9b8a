package dev.connectsim.sim;

/** Caller numbers for runs of many calls (load scenarios, the bench): distinct for ten million calls in a row. */
public final class CallerNumbers {

    private CallerNumbers() {
    }

    /** The {@code call}th caller: +1555 and seven digits, from +15550000000, starting again after ten million. */
    public static String nth(long call) {
        return "+1555" + Long.toString(10_000_000L + call % 10_000_000L).substring(1);
    }
}
