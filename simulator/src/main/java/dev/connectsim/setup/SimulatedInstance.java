package dev.connectsim.setup;

import dev.connectsim.flow.FlowLibrary;
import dev.connectsim.lambda.LambdaRegistry;
import dev.connectsim.routing.Instance;
import java.util.Objects;

/**
 * Everything an instance file describes: the instance (hours, queues, routing profiles, agents, phone numbers,
 * quick connects), its flows, and the Lambda functions the flows call.
 *
 * @param instance the simulated instance
 * @param flows    its flows, by name, id or ARN
 * @param lambdas  the functions bound by ARN; a fresh registry per load, which the caller may bind more into
 */
public record SimulatedInstance(Instance instance, FlowLibrary flows, LambdaRegistry lambdas) {

    public SimulatedInstance {
        Objects.requireNonNull(instance, "instance");
        Objects.requireNonNull(flows, "flows");
        Objects.requireNonNull(lambdas, "lambdas");
    }
}
