package dev.connectsim.text;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** Finds the candidate closest to a name that was not found, for "did you mean" hints. */
public final class NearestName {

    private NearestName() {
    }

    /**
     * The candidate with the smallest edit distance to {@code wanted} (ignoring case), if it is
     * close enough to be a plausible typo: at most half the length of {@code wanted}, and at least 2.
     */
    public static Optional<String> in(Collection<String> candidates, String wanted) {
        String target = wanted.toLowerCase(Locale.ROOT);
        int limit = Math.max(2, target.length() / 2);
        return candidates.stream()
                .min(Comparator.comparingInt((String c) -> distance(c.toLowerCase(Locale.ROOT), target))
                        .thenComparing(Comparator.naturalOrder()))
                .filter(c -> distance(c.toLowerCase(Locale.ROOT), target) <= limit);
    }

    /** " (did you mean 'X'?)" or "" when no candidate is close. */
    public static String hint(Collection<String> candidates, String wanted) {
        return in(candidates, wanted).map(c -> " (did you mean '" + c + "'?)").orElse("");
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
