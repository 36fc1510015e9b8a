package dev.connectsim.customer;

import java.util.List;

/**
 * What an instance's Customer Profiles domain and Cases domain hold when a simulation starts, as the instance file
 * seeds them ({@code customerProfiles:} and {@code cases:}). Immutable: each simulation works on its own
 * {@link CustomerStore} made from it, so what one run creates or changes is gone in the next.
 *
 * @param profiles the profiles, in file order
 * @param cases    the cases, in file order (the last is the most recently updated)
 */
public record CustomerData(List<CustomerProfile> profiles, List<CaseRecord> cases) {

    private static final CustomerData EMPTY = new CustomerData(List.of(), List.of());

    public CustomerData {
        profiles = List.copyOf(profiles);
        cases = List.copyOf(cases);
    }

    /** No profiles and no cases. */
    public static CustomerData empty() {
        return EMPTY;
    }
}
