package dev.connectsim.harness;

import dev.connectsim.flow.run.PlayedPrompt;
import dev.connectsim.text.NearestName;
import java.util.List;
import java.util.Optional;

/**
 * Matching the prompts a scenario expects the caller to hear against the prompts the flows played, in order.
 *
 * <p>Design note: an expected prompt matches a played one when it is its text, its SSML with the tags left out (the
 * words a caller hears), or the prompt it names: the reference the block gives (name, id or ARN) or the last segment
 * of that ARN. Expectations are met in order, each by a prompt played after the one that met the previous, so a
 * scenario can follow the call prompt by prompt; the {@link #search} result says where to go on from.
 */
public final class HeardPrompts {

    /** What a played prompt's text starts with when the block named a prompt rather than words. */
    private static final String PROMPT = "prompt ";

    private HeardPrompts() {
    }

    /** Whether {@code expected} is what the caller heard when {@code played} played. */
    public static boolean matches(String expected, String played) {
        String wanted = expected.strip();
        if (played.strip().equals(wanted) || words(played).equals(wanted)) {
            return true;
        }
        if (!played.startsWith(PROMPT)) {
            return false;
        }
        String reference = played.substring(PROMPT.length()).strip();
        String bare = wanted.startsWith(PROMPT) ? wanted.substring(PROMPT.length()).strip() : wanted;
        return reference.equals(bare) || reference.endsWith("/" + bare);
    }

    /** The words of an SSML text: its tags left out, blanks made one. */
    static String words(String ssml) {
        return ssml.replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").strip();
    }

    /**
     * Where each of {@code expected} is met in {@code played}, in order, starting at index {@code from}: the index
     * after the last one met, or empty when one of them is not met.
     */
    public static Optional<Integer> search(List<String> expected, List<String> played, int from) {
        int next = from;
        for (String wanted : expected) {
            int at = next;
            while (at < played.size() && !matches(wanted, played.get(at))) {
                at++;
            }
            if (at == played.size()) {
                return Optional.empty();
            }
            next = at + 1;
        }
        return Optional.of(next);
    }

    /** What a failure says the caller heard: every played prompt, in order, and the nearest to {@code wanted}. */
    public static String describe(List<String> played, String wanted) {
        if (played.isEmpty()) {
            return "the caller heard no prompt";
        }
        StringBuilder text = new StringBuilder("the caller heard, in order:");
        for (int i = 0; i < played.size(); i++) {
            text.append("\n    ").append(i + 1).append(". \"").append(played.get(i)).append('"');
        }
        NearestName.in(played, wanted).ifPresent(near -> text.append("\n  the nearest to \"").append(wanted)
                .append("\" is \"").append(near).append('"'));
        return text.toString();
    }

    /** The text of each prompt in {@code prompts}, in order. */
    public static List<String> texts(List<PlayedPrompt> prompts) {
        return prompts.stream().map(PlayedPrompt::text).toList();
    }
}
