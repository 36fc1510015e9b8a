package dev.connectsim.flow.run;

import dev.connectsim.flow.action.GetParticipantInput;
import dev.connectsim.flow.action.MessageParticipant;
import dev.connectsim.flow.action.MessageParticipantIteratively;
import dev.connectsim.flow.action.Prompt;
import dev.connectsim.routing.PhoneNumber;
import dev.connectsim.flow.FlowType;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the customer hears and presses: prompts take {@link FlowTimings#promptPlayback()} of virtual time each;
 * digits come from the caller's script ({@link FlowEngine#callerWillPress}).
 */
final class ParticipantBlocks {

    /** The flow types MessageParticipantIteratively runs in (the Flow Language reference, its Restrictions). */
    private static final Set<FlowType> ITERATIVE_FLOWS = EnumSet.of(FlowType.CUSTOMER_QUEUE, FlowType.CUSTOMER_HOLD,
            FlowType.AGENT_HOLD);

    private ParticipantBlocks() {
    }

    static void register(Blocks blocks) {
        blocks.on(MessageParticipant.class, ParticipantBlocks::message);
        blocks.on(MessageParticipantIteratively.class, ParticipantBlocks::messageIteratively);
        blocks.on(GetParticipantInput.class, ParticipantBlocks::input);
    }

    private static BlockOutcome message(MessageParticipant action, BlockContext context) {
        if (isSilent(action.prompt())) {
            return BlockOutcome.noMatchingError("the block has no prompt: one of Text, SSML, PromptId or Media");
        }
        speak(action.prompt(), context);
        return context.after(context.timings().promptPlayback(), "prompt plays", BlockOutcome::next);
    }

    /**
     * Plays its messages in order, and goes on playing them until InterruptFrequencySeconds have passed, when it
     * gives {@code MessagesInterrupted}; with no interrupt it plays until the run is stopped or the caller leaves.
     * Connect runs it only in customer-queue and hold flows, where the end of the wait or the hold stops it; anywhere
     * else nothing would, and it takes NoMatchingError.
     */
    private static BlockOutcome messageIteratively(MessageParticipantIteratively action, BlockContext context) {
        if (!ITERATIVE_FLOWS.contains(context.flowType()) && context.kind() != RunKind.CUSTOMER_QUEUE) {
            return BlockOutcome.noMatchingError("MessageParticipantIteratively runs only in Customer Queue, Customer"
                    + " Hold and Agent Hold flows, not in a " + context.flowType() + " flow, where nothing would stop"
                    + " its messages");
        }
        if (action.messages().isEmpty()) {
            return BlockOutcome.noMatchingError("the block has no Messages");
        }
        for (Prompt prompt : action.messages()) {
            speak(prompt, context);
        }
        Optional<Integer> interrupt = Optional.ofNullable(action.interruptFrequencySeconds())
                .flatMap(FlowControlBlocks::wholeNumber).filter(n -> n > 0);
        if (interrupt.isEmpty()) {
            return new BlockOutcome.Wait("messages play until the contact leaves the queue");
        }
        return context.after(Duration.ofSeconds(interrupt.get()), "messages are interrupted",
                () -> BlockOutcome.branch("MessagesInterrupted"));
    }

    /**
     * Plays its prompt, then waits up to InputTimeLimitSeconds for the caller's next key presses: with StoreInput
     * the digits go to {@code $.StoredCustomerInput} as {@link StoredInput} collects them; without, the first digit
     * is the result its conditions test. No key in time raises InputTimeLimitExceeded, but with StoreInput it stores
     * {@code Timeout} and takes the Success branch, as "Store customer input" does.
     */
    private static BlockOutcome input(GetParticipantInput action, BlockContext context) {
        speak(action.prompt(), context);
        int limit = Optional.ofNullable(action.inputTimeLimitSeconds()).flatMap(FlowControlBlocks::wholeNumber)
                .orElse(5);
        Duration playback = context.timings().promptPlayback();
        Optional<Keypress> keys = context.nextKeypress().filter(k -> !k.isSilence()
                && k.after().compareTo(Duration.ofSeconds(limit)) <= 0);
        if (keys.isEmpty()) {
            return context.after(playback.plus(Duration.ofSeconds(limit)), "caller input times out",
                    () -> timedOut(action, limit, context));
        }
        String digits = keys.get().digits();
        return context.after(playback.plus(keys.get().after()), "caller presses " + digits,
                () -> pressed(action, digits, context));
    }

    private static BlockOutcome timedOut(GetParticipantInput action, int limit, BlockContext context) {
        if (!action.storeInput()) {
            return BlockOutcome.error("InputTimeLimitExceeded", "no key pressed within " + limit + " s");
        }
        context.state().setStoredCustomerInput(StoredInput.TIMED_OUT);
        return BlockOutcome.next();
    }

    private static BlockOutcome pressed(GetParticipantInput action, String digits, BlockContext context) {
        if (!action.storeInput()) {
            return BlockOutcome.branch(digits.substring(0, 1));
        }
        String entered = StoredInput.of(action.parameters()).collect(digits);
        Optional<String> validated = phoneNumber(action.parameters(), entered);
        if (validated.isEmpty()) {
            return BlockOutcome.error("InvalidPhoneNumber", "'" + entered + "' is not a valid phone number");
        }
        context.state().setStoredCustomerInput(validated.get());
        return BlockOutcome.next();
    }

    /**
     * The input as stored: as entered, or, with PhoneNumberValidation, as an E.164 number (Local US numbers have
     * 10 digits and get +1); empty when it is not a valid number.
     */
    private static Optional<String> phoneNumber(Map<String, Object> parameters, String entered) {
        Object validation = parameters.get("InputValidation");
        if (!(validation instanceof Map<?, ?> v) || !(v.get("PhoneNumberValidation") instanceof Map<?, ?> phone)) {
            return Optional.of(entered);
        }
        if ("Local".equals(phone.get("NumberFormat"))) {
            return entered.matches("[2-9][0-9]{9}") ? Optional.of("+1" + entered) : Optional.empty();
        }
        String e164 = entered.startsWith("+") ? entered : "+" + entered;
        return PhoneNumber.isE164(e164) ? Optional.of(e164) : Optional.empty();
    }

    private static boolean isSilent(Prompt prompt) {
        return prompt.text() == null && prompt.ssml() == null && prompt.promptId() == null
                && prompt.mediaUri() == null;
    }

    /** Plays {@code prompt} unless it is silent; its words are filled in only when the run's prompts are kept. */
    static void speak(Prompt prompt, BlockContext context) {
        if (!isSilent(prompt)) {
            context.say(() -> spoken(prompt, context));
        }
    }

    /** What a prompt that is not silent says, references filled in: its text or SSML, else its prompt id or media. */
    private static String spoken(Prompt prompt, BlockContext context) {
        if (prompt.text() != null) {
            return context.render(prompt.text());
        }
        if (prompt.ssml() != null) {
            return context.render(prompt.ssml());
        }
        if (prompt.promptId() != null) {
            return "prompt " + context.render(prompt.promptId());
        }
        return "media " + context.render(prompt.mediaUri());
    }
}
