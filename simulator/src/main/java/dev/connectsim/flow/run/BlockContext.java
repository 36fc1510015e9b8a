package dev.connectsim.flow.run;

import dev.connectsim.contact.Contact;
import dev.connectsim.customer.CustomerStore;
import dev.connectsim.flow.FlowLibrary;
import dev.connectsim.flow.FlowType;
import dev.connectsim.flow.action.Action;
import dev.connectsim.lambda.LambdaRuntime;
import dev.connectsim.routing.Instance;
import dev.connectsim.time.Scheduler;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What a block handler works with: the contact, its flow state, the instance, the simulator's services, and a
 * way to finish later. A handler that finishes later returns {@link BlockOutcome.Wait} and passes its outcome
 * to {@link #resumer()} exactly once; an outcome that arrives after the run has ended (the caller hung up) is
 * dropped.
 */
final class BlockContext {

    private final SegmentRun run;
    private final FlowEngine engine;
    private final Action action;
    private final int step;

    BlockContext(SegmentRun run, FlowEngine engine, Action action, int step) {
        this.run = run;
        this.engine = engine;
        this.action = action;
        this.step = step;
    }

    Contact contact() {
        return run.contact();
    }

    ContactFlowState state() {
        return run.state();
    }

    FlowScope scope() {
        return run.scope();
    }

    Instance instance() {
        return engine.instance();
    }

    FlowLibrary flows() {
        return engine.flows();
    }

    Scheduler scheduler() {
        return engine.scheduler();
    }

    LambdaRuntime lambdas() {
        return engine.lambdas();
    }

    /** The instance's Customer Profiles and Cases domains. */
    CustomerStore customers() {
        return engine.customers();
    }

    CallHandling calls() {
        return engine.calls();
    }

    FlowTimings timings() {
        return engine.timings();
    }

    RunKind kind() {
        return run.kind();
    }

    /** The type of the flow the block is in. */
    FlowType flowType() {
        return run.flowType();
    }

    /** Where the block is, for messages: "flows/x.json: action Id (/Actions/3)". */
    String place() {
        return run.place(action);
    }

    /** Records that the block holds {@code what}, which the simulator does not model: the scenario will fail on it. */
    void notModelled(String what) {
        run.unmodelled(action, what);
    }

    /** A parameter's value: static, one reference (empty when it points at nothing), or a template. */
    Optional<String> value(String raw) {
        return Values.resolve(raw, run.scope());
    }

    /** Text with its references filled in; a reference to nothing becomes empty text. */
    String render(String text) {
        return Values.render(text, run.scope());
    }

    /** Tells the customer something: the prompt is recorded (when history is kept), in virtual time, for scenarios. */
    void say(Supplier<String> text) {
        if (!engine.keepsHistory()) {
            return;
        }
        engine.prompted(new PlayedPrompt(engine.scheduler().now(), run.contact().contactId(), run.flowName(),
                action.identifier(), text.get()));
    }

    /** The next key presses the caller has ready, if any. */
    Optional<Keypress> nextKeypress() {
        return engine.nextKeypress(run.contact());
    }

    /** What the caller says next to a Lex bot, if they have something ready. */
    Optional<String> nextUtterance() {
        return engine.nextUtterance(run.contact());
    }

    /** Finishes the block {@code after} from now with what {@code then} says then; returns the Wait to give back. */
    BlockOutcome after(Duration after, String what, Supplier<BlockOutcome> then) {
        Consumer<BlockOutcome> resume = resumer();
        engine.scheduler().schedule(after, () -> what + " (" + action.identifier() + ")",
                () -> resume.accept(then.get()));
        return new BlockOutcome.Wait(what);
    }

    /** The one-shot continuation of this block. */
    Consumer<BlockOutcome> resumer() {
        return outcome -> run.resume(step, outcome);
    }
}
