package dev.connectsim.flow.action;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The limits of a contact's user-defined tags, from the TagContact and UntagContact API pages (which the
 * TagContact and UnTagContact actions correspond to): at most 6 tags, a key of 1 to 128 characters matching
 * {@code ^(?!aws:)[a-zA-Z+-=._:/]+$} (so no {@code aws:} prefix, which marks system tags), a value of at most 256
 * characters. Validation applies them to static values, a run to the values it works out.
 */
public final class ContactTagLimits {

    /** The most user-defined tags a contact holds ("Map Entries: Maximum number of 6 items"). */
    public static final int MAX_TAGS = 6;
    public static final int MAX_KEY_LENGTH = 128;
    public static final int MAX_VALUE_LENGTH = 256;
    /** The API's key pattern as written; {@code +-=} in it is a range, so digits and {@code ,;<} pass too. */
    private static final Pattern KEY = Pattern.compile("^(?!aws:)[a-zA-Z+-=._:/]+$");

    private ContactTagLimits() {
    }

    /** What is wrong with {@code key} as a tag key, or empty when it is a good one. */
    public static Optional<String> keyProblem(String key) {
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
            return Optional.of("tag key '" + key + "' must be 1 to " + MAX_KEY_LENGTH + " characters long, has "
                    + key.length());
        }
        if (key.startsWith("aws:")) {
            return Optional.of("tag key '" + key + "' starts with aws:, which marks tags only AWS sets");
        }
        if (!KEY.matcher(key).matches()) {
            return Optional.of("tag key '" + key + "' may hold only letters, digits and + - = . _ : /");
        }
        return Optional.empty();
    }

    /** What is wrong with {@code value} as the value of tag {@code key}, or empty when it is a good one. */
    public static Optional<String> valueProblem(String key, String value) {
        return value.length() > MAX_VALUE_LENGTH ? Optional.of("the value of tag '" + key + "' must be at most "
                + MAX_VALUE_LENGTH + " characters long, has " + value.length()) : Optional.empty();
    }
}
