package dev.connectsim.telephony;

import dev.connectsim.routing.PhoneNumber;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/** The external numbers of a simulation and how each behaves when dialled; others use the default. */
public final class PhoneBook {

    private final Map<String, ThirdPartyBehavior> numbers = new HashMap<>();
    private ThirdPartyBehavior fallback = ThirdPartyBehavior.answersAfter(Duration.ofSeconds(5));

    /** Sets how {@code number} behaves. */
    public void set(String number, ThirdPartyBehavior behavior) {
        if (!PhoneNumber.isE164(number)) {
            throw new IllegalArgumentException("'" + number + "' is not an E.164 phone number such as +15550100");
        }
        numbers.put(number, Objects.requireNonNull(behavior, "behavior"));
    }

    /** Sets how numbers without their own entry behave (by default they answer after 5 s). */
    public void setDefault(ThirdPartyBehavior behavior) {
        this.fallback = Objects.requireNonNull(behavior, "behavior");
    }

    public ThirdPartyBehavior behaviorOf(String number) {
        return numbers.getOrDefault(number, fallback);
    }
}
