package dev.connectsim.scv;

import dev.connectsim.flow.FlowLibrary;
import dev.connectsim.flow.action.Action;
import dev.connectsim.flow.action.InvokeLambdaFunction;
import dev.connectsim.lambda.FunctionArn;
import dev.connectsim.lambda.FunctionConfig;
import dev.connectsim.lambda.LambdaFunction;
import dev.connectsim.lambda.LambdaRegistry;
import dev.connectsim.lambda.Resolution;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Binds the telephony-integration function where a team's flows expect it: under every ARN the flows invoke whose
 * function name contains {@value #FUNCTION_NAME} (as the Salesforce package deploys it, {@code <stack>-Invoke
 * TelephonyIntegrationApiFunction}), directly or through a declared deploy placeholder, unless something is already
 * bound there. Aliases and versions ({@code :active}) resolve to the unqualified ARN it is bound under.
 */
public final class TelephonyFunctionBinding {

    /** The part of the function name that marks the SCV telephony-integration function. */
    public static final String FUNCTION_NAME = "InvokeTelephonyIntegrationApiFunction";

    private TelephonyFunctionBinding() {
    }

    /** Whether {@code arn} names the telephony-integration function. */
    public static boolean isTelephonyFunction(String arn) {
        return FunctionArn.parse(arn).map(parsed -> parsed.name().toLowerCase(Locale.ROOT)
                .contains(FUNCTION_NAME.toLowerCase(Locale.ROOT))).orElse(false);
    }

    /**
     * Binds {@code function} with {@code settings.function()} under each telephony-function ARN that {@code flows}
     * invoke and {@code registry} does not resolve; returns the ARNs bound, in the order the flows name them.
     */
    public static List<String> bindUnbound(LambdaRegistry registry, FlowLibrary flows, ScvSettings settings,
            LambdaFunction function) {
        return bindUnbound(registry, flows, settings.function(), function);
    }

    /** As above, for any stand-in of the function (such as one answering in memory) deployed with {@code config}. */
    public static List<String> bindUnbound(LambdaRegistry registry, FlowLibrary flows, FunctionConfig config,
            LambdaFunction function) {
        List<String> bound = new ArrayList<>();
        for (FlowLibrary.Entry entry : flows.all()) {
            for (Action action : entry.flow().actions()) {
                if (action instanceof InvokeLambdaFunction invoke && invoke.lambdaFunctionArn() != null) {
                    target(registry, invoke.lambdaFunctionArn()).ifPresent(arn -> {
                        registry.bind(arn, config, function);
                        bound.add(arn);
                    });
                }
            }
        }
        return List.copyOf(bound);
    }

    /**
     * The first flow of {@code flows} that invokes the telephony-integration function where {@code registry} binds
     * nothing, with the ARN it names: such a flow needs a simulated Salesforce.
     */
    public static Optional<Unbound> firstUnbound(LambdaRegistry registry, FlowLibrary flows) {
        for (FlowLibrary.Entry entry : flows.all()) {
            for (Action action : entry.flow().actions()) {
                if (action instanceof InvokeLambdaFunction invoke && invoke.lambdaFunctionArn() != null
                        && target(registry, invoke.lambdaFunctionArn()).isPresent()) {
                    return Optional.of(new Unbound(entry.name(), action.identifier(), invoke.lambdaFunctionArn()));
                }
            }
        }
        return Optional.empty();
    }

    /** A flow's block that invokes the telephony-integration function, which nothing answers yet. */
    public record Unbound(String flow, String action, String arn) {
    }

    /** The unqualified telephony-function ARN to bind for {@code named}, when nothing answers it yet. */
    private static Optional<String> target(LambdaRegistry registry, String named) {
        if (registry.resolve(named) instanceof Resolution.Found) {
            return Optional.empty();
        }
        String arn = registry.placeholderTarget(named).orElse(named);
        if (!isTelephonyFunction(arn)) {
            return Optional.empty();
        }
        return FunctionArn.parse(arn).map(FunctionArn::unqualified);
    }
}
