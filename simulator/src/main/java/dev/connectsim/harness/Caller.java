package dev.connectsim.harness;

import dev.connectsim.contact.Contact;
import dev.connectsim.flow.run.Keypress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The caller's side of one scenario: the keys they will press at the flows' inputs, what they will say to Lex
 * bots, and the prompts they heard.
 *
 * <p>Design note: key presses are a script the flows take from in order, one entry per input block that asks
 * ({@link Keypress}); presses given before the call goes to its caller number once the call is placed. What the
 * caller heard is every prompt played on the call and on the legs made from it, in the order played; each
 * {@link #expectHeard} goes on from where the previous one was met, so the steps follow the call in order.
 */
public final class Caller {

    /** How long after an input's prompt ends the caller presses their keys. */
    public static final Duration PRESS_AFTER = Duration.ofSeconds(1);

    private final ScenarioWorld world;
    private final List<Keypress> script = new ArrayList<>();
    private final List<String> speech = new ArrayList<>();
    private String number;
    private int heardUpTo;

    Caller(ScenarioWorld world) {
        this.world = world;
    }

    /** The caller presses {@code digits} ({@code 1}, {@code 12345#}) {@link #PRESS_AFTER} after the next prompt. */
    public void presses(String digits) {
        plan(new Keypress(digits, PRESS_AFTER));
    }

    /** The caller presses nothing at the next input, which times out. */
    public void saysNothing() {
        plan(Keypress.silence());
    }

    /** The caller says {@code words} to the next Lex bot a flow connects them with. */
    public void says(String words) {
        if (number == null) {
            speech.add(words);
        } else {
            world.sim().flows().callerWillSay(number, words);
        }
    }

    private void plan(Keypress keypress) {
        if (number == null) {
            script.add(keypress);
        } else {
            world.sim().flows().callerWillPress(number, keypress);
        }
    }

    /** The call from {@code from} is placed: the presses planned so far go to its flows. */
    void called(String from) {
        number = from;
        script.forEach(keypress -> world.sim().flows().callerWillPress(from, keypress));
        script.clear();
        speech.forEach(words -> world.sim().flows().callerWillSay(from, words));
        speech.clear();
    }

    /** The prompts the caller heard so far: on the call and every leg made from it, in the order they played. */
    public List<String> heard() {
        String call = world.theCall().initialContactId();
        List<String> legs = world.sim().contacts().stream().filter(c -> call.equals(c.initialContactId()))
                .map(Contact::contactId).toList();
        return HeardPrompts.texts(world.sim().flows().prompts().stream().filter(p -> legs.contains(p.contactId()))
                .toList());
    }

    /**
     * The caller hears {@code expected}, in order, after what earlier expectations met, within {@code within};
     * fails listing what they heard.
     */
    public void expectHeard(List<String> expected, Duration within) {
        world.runUntil(() -> HeardPrompts.search(expected, heard(), heardUpTo).isPresent(), within);
        List<String> heard = heard();
        Optional<Integer> next = HeardPrompts.search(expected, heard, heardUpTo);
        if (next.isEmpty()) {
            String missing = firstMissing(expected, heard);
            throw new ExpectationFailed("the caller to hear " + quoted(expected) + (heardUpTo == 0 ? ""
                    : " after prompt " + heardUpTo) + " within " + Seconds.of(within) + "; \"" + missing
                    + "\" was not heard", HeardPrompts.describe(heard, missing), world);
        }
        heardUpTo = next.get();
    }

    private String firstMissing(List<String> expected, List<String> heard) {
        for (int n = 1; n <= expected.size(); n++) {
            if (HeardPrompts.search(expected.subList(0, n), heard, heardUpTo).isEmpty()) {
                return expected.get(n - 1);
            }
        }
        return expected.get(expected.size() - 1);
    }

    private static String quoted(List<String> texts) {
        return texts.stream().map(t -> "\"" + t + "\"").reduce((a, b) -> a + ", then " + b).orElse("nothing");
    }
}
