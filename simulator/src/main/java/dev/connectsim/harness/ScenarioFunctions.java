package dev.connectsim.harness;

import dev.connectsim.flow.FlowLibrary;
import dev.connectsim.flow.action.Action;
import dev.connectsim.flow.action.InvokeLambdaFunction;
import dev.connectsim.lambda.BoundFunction;
import dev.connectsim.lambda.FunctionArn;
import dev.connectsim.lambda.FunctionConfig;
import dev.connectsim.lambda.LambdaRegistry;
import dev.connectsim.lambda.ScenarioAnswer;
import dev.connectsim.text.NearestName;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The Lambda functions one scenario answers in its own way ({@link ScenarioAnswer}), by the name a step gives.
 *
 * <p>Design note: a step names a function by its function name ({@code LookupCustomer}), its ARN (with or without
 * an alias or version) or a deploy placeholder, as the instance file binds it or a flow invokes it. The answer is
 * bound under the unqualified ARN those resolve to (a placeholder with no ARN: the placeholder itself), so every
 * alias a flow names gets it; the function's deployment (timeout, cold start) stays as the instance file says.
 */
public final class ScenarioFunctions {

    private final LambdaRegistry registry;
    private final FlowLibrary flows;
    private final Map<String, ScenarioAnswer> answers = new LinkedHashMap<>();

    public ScenarioFunctions(LambdaRegistry registry, FlowLibrary flows) {
        this.registry = registry;
        this.flows = flows;
    }

    /** Changes how the function {@code name} answers in this scenario; fails naming the nearest function. */
    public void answer(String name, UnaryOperator<ScenarioAnswer> change) {
        String key = resolve(name);
        answers.put(key, change.apply(answers.getOrDefault(key, ScenarioAnswer.asBound())));
    }

    /** {@code bound}, or a copy of it with this scenario's answers bound in place of the functions' own. */
    public LambdaRegistry boundIn(LambdaRegistry bound) {
        if (answers.isEmpty()) {
            return bound;
        }
        LambdaRegistry copy = bound.copy();
        answers.forEach((key, answer) -> {
            Optional<BoundFunction> own = copy.boundAs(key);
            copy.replace(key, own.map(BoundFunction::config).orElse(FunctionConfig.defaults()),
                    answer.over(own.map(BoundFunction::handler)));
        });
        return copy;
    }

    /** The key a step's {@code name} stands for: the unqualified ARN of one of the known functions. */
    String resolve(String name) {
        String wanted = name.strip();
        Set<String> known = known();
        for (String arn : known) {
            if (arn.equals(wanted)
                    || FunctionArn.parse(arn).map(FunctionArn::name).filter(wanted::equals).isPresent()) {
                return arn;
            }
        }
        Optional<String> viaPlaceholder = registry.placeholderTarget(wanted).map(ScenarioFunctions::unqualified);
        if (viaPlaceholder.isPresent()) {
            return viaPlaceholder.get();
        }
        Optional<String> fromArn = FunctionArn.parse(wanted).map(FunctionArn::unqualified).filter(known::contains);
        if (fromArn.isPresent()) {
            return fromArn.get();
        }
        List<String> names = new ArrayList<>();
        known.forEach(arn -> names.add(FunctionArn.parse(arn).map(FunctionArn::name).orElse(arn)));
        throw new IllegalArgumentException("no Lambda function '" + wanted + "' in flows/instance.yaml or the flows it"
                + " names" + NearestName.hint(names, wanted) + "; expected a function name or ARN, one of: "
                + (names.isEmpty() ? "none" : String.join(", ", names)));
    }

    /** The key of the function bound or invoked as {@code arnOrPlaceholder}, as {@link #resolve} gives keys. */
    String keyOf(String arnOrPlaceholder) {
        return unqualified(registry.placeholderTarget(arnOrPlaceholder).orElse(arnOrPlaceholder));
    }

    /** Every function the instance file binds or a flow invokes, as unqualified ARNs (or unresolved placeholders). */
    private Set<String> known() {
        Set<String> known = new LinkedHashSet<>();
        for (String bound : registry.boundNames()) {
            known.add(keyOf(bound));
        }
        for (FlowLibrary.Entry entry : flows.all()) {
            for (Action action : entry.flow().actions()) {
                if (action instanceof InvokeLambdaFunction invoke && invoke.lambdaFunctionArn() != null) {
                    known.add(keyOf(invoke.lambdaFunctionArn()));
                }
            }
        }
        return known;
    }

    private static String unqualified(String arnOrPlaceholder) {
        return FunctionArn.parse(arnOrPlaceholder).map(FunctionArn::unqualified).orElse(arnOrPlaceholder);
    }
}
