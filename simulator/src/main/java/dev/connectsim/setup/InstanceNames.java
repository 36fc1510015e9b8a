package dev.connectsim.setup;

import dev.connectsim.flow.FlowLibrary;
import dev.connectsim.flow.lint.KnownNames;
import dev.connectsim.lambda.Resolution;
import dev.connectsim.scv.TelephonyFunctionBinding;
import dev.connectsim.routing.AgentProfile;
import dev.connectsim.routing.HoursOfOperation;
import dev.connectsim.routing.Instance;
import dev.connectsim.routing.Queue;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link SimulatedInstance} defines, for the {@code unknown-reference} lint rule: its queues, agents, hours
 * of operation and flows, found as the simulator finds them when a flow runs (a name, an id, the ARN, or an ARN of
 * another instance whose last segment is the id), and its Lambda functions, found by
 * {@link dev.connectsim.lambda.LambdaRegistry#resolve} (aliases and versions such as {@code :active}, deploy
 * placeholders such as {@code %%NAME%%}); an {@code ...InvokeTelephonyIntegrationApiFunction} ARN is always known, as
 * the simulator binds the SCV telephony function there by default. The instance file describes no prompts, so
 * prompts are not checked.
 *
 * <pre>{@code
 * KnownNames names = InstanceNames.of(InstanceFile.load(Path.of("flows/instance.yaml")));
 * List<Finding> findings = FlowValidator.validate(flow, names);
 * }</pre>
 */
public final class InstanceNames implements KnownNames {

    private final SimulatedInstance simulated;

    private InstanceNames(SimulatedInstance simulated) {
        this.simulated = simulated;
    }

    /** The names {@code simulated} defines. */
    public static InstanceNames of(SimulatedInstance simulated) {
        return new InstanceNames(Objects.requireNonNull(simulated, "simulated"));
    }

    @Override
    public Optional<Boolean> hasQueue(String ref) {
        return Optional.of(instance().findQueue(ref).isPresent());
    }

    @Override
    public Optional<Boolean> hasAgent(String ref) {
        return Optional.of(instance().findAgent(ref).isPresent());
    }

    @Override
    public Optional<Boolean> hasFlow(String ref) {
        return Optional.of(simulated.flows().find(ref).isPresent());
    }

    @Override
    public Optional<Boolean> hasHoursOfOperation(String ref) {
        return Optional.of(instance().findHoursOfOperation(ref).isPresent());
    }

    @Override
    public Optional<Boolean> hasLambda(String arn) {
        String target = simulated.lambdas().placeholderTarget(arn).orElse(arn);
        return Optional.of(simulated.lambdas().resolve(arn) instanceof Resolution.Found
                || TelephonyFunctionBinding.isTelephonyFunction(target));
    }

    /** Not known: the instance file has no prompts. */
    @Override
    public Optional<Boolean> hasPrompt(String ref) {
        return Optional.empty();
    }

    /**
     * The names of {@code kind}, in definition order: queue and hours-of-operation names, agent usernames, flow
     * names, and the ARNs and placeholders Lambda functions are bound under; none for prompts.
     */
    @Override
    public List<String> suggestions(Kind kind) {
        return switch (kind) {
            case QUEUE -> instance().queues().stream().map(Queue::name).toList();
            case AGENT -> instance().agents().stream().map(AgentProfile::username).toList();
            case FLOW -> simulated.flows().all().stream().map(FlowLibrary.Entry::name).toList();
            case HOURS_OF_OPERATION -> instance().hoursOfOperations().stream().map(HoursOfOperation::name).toList();
            case LAMBDA -> simulated.lambdas().boundNames();
            case PROMPT -> List.of();
        };
    }

    private Instance instance() {
        return simulated.instance();
    }
}
