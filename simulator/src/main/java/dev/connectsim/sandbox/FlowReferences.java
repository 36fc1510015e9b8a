package dev.connectsim.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The resources a project flow names, and the same flow with each one replaced by the sandbox's ARN. The project's
 * flows name queues, users and flows as flows/instance.yaml does (the simulator resolves names); Connect wants
 * ARNs, and the Lambda ARNs of another account. What the sandbox lacks is listed, with the action that names it.
 *
 * @param content the flow's JSON with the sandbox's ARNs
 * @param found   each reference that resolved, "queue BasicQueue -> arn:..."
 * @param missing each reference the sandbox lacks, "flows/inbound.json: action set-working-queue: no queue ..."
 */
public record FlowReferences(String content, List<String> found, List<String> missing) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The kinds of reference, and the parameter names that hold them. */
    private enum Kind {
        QUEUE("queue", "QueueId"), USER("user", "AgentId", "UserId"), FLOW("flow", "ContactFlowId"),
        LAMBDA("Lambda function", "LambdaFunctionARN");

        final String noun;
        final Set<String> parameters;

        Kind(String noun, String... parameters) {
            this.noun = noun;
            this.parameters = Set.of(parameters);
        }
    }

    /**
     * Resolves the references of the flow in {@code file}.
     *
     * @param flowNames a project flow name to the name it is published under (prefixed)
     */
    public static FlowReferences resolve(Path file, SandboxResources sandbox, Function<String, String> flowNames) {
        return resolve(file, sandbox, flowNames, Set.of());
    }

    /**
     * Resolves the references of the flow in {@code file}, counting a reference to one of {@code toBePublished}
     * (project flows the sandbox lacks for now) as found.
     */
    public static FlowReferences resolve(Path file, SandboxResources sandbox, Function<String, String> flowNames,
            Set<String> toBePublished) {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        List<String> found = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (JsonNode action : root.path("Actions")) {
            JsonNode parameters = action.path("Parameters");
            if (!(parameters instanceof ObjectNode params)) {
                continue;
            }
            String where = file + ": action " + action.path("Identifier").asText();
            for (Kind kind : Kind.values()) {
                for (String parameter : kind.parameters) {
                    if (params.path(parameter).isTextual()) {
                        replace(params, parameter, kind, sandbox, flowNames, toBePublished, where, found, missing);
                    }
                }
            }
            if (params.path("EventHooks") instanceof ObjectNode hooks) {
                for (Iterator<String> names = hooks.fieldNames(); names.hasNext();) {
                    replace(hooks, names.next(), Kind.FLOW, sandbox, flowNames, toBePublished, where, found, missing);
                }
            }
        }
        return new FlowReferences(root.toString(), List.copyOf(new LinkedHashSet<>(found)), missing);
    }

    /** The project flows {@code file} names by name (EventHooks, ContactFlowId): publish those first. */
    public static Set<String> flowsNamedIn(Path file, Set<String> projectFlows) {
        Set<String> named = new LinkedHashSet<>();
        try {
            JsonNode root = JSON.readTree(Files.readString(file));
            root.path("Actions").forEach(action -> {
                JsonNode params = action.path("Parameters");
                List<JsonNode> values = new ArrayList<>();
                values.add(params.path("ContactFlowId"));
                params.path("EventHooks").forEach(values::add);
                values.stream().map(JsonNode::asText).filter(projectFlows::contains).forEach(named::add);
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return named;
    }

    private static void replace(ObjectNode params, String parameter, Kind kind, SandboxResources sandbox,
            Function<String, String> flowNames, Set<String> toBePublished, String where, List<String> found,
            List<String> missing) {
        String value = params.get(parameter).asText();
        if (value.startsWith("$.") || value.isBlank() || (kind != Kind.LAMBDA && value.startsWith("arn:"))) {
            return;
        }
        Optional<String> arn = switch (kind) {
            case QUEUE -> sandbox.queue(value).map(SandboxResources.Resource::arn);
            case USER -> sandbox.user(value).map(SandboxResources.Resource::arn);
            case FLOW -> sandbox.flow(flowNames.apply(value)).or(() -> sandbox.flow(value))
                    .map(SandboxResources.Resource::arn);
            case LAMBDA -> sandbox.lambda(value);
        };
        if (arn.isEmpty() && kind == Kind.FLOW && toBePublished.contains(value)) {
            found.add("flow " + value + " -> published by connect-sim as '" + flowNames.apply(value) + "'");
        } else if (arn.isPresent()) {
            params.put(parameter, arn.get());
            found.add(kind.noun + " " + value + " -> " + arn.get());
        } else {
            missing.add(where + ": no " + kind.noun + " '" + value + "' in the sandbox (" + parameter + ")");
        }
    }

    /** Whether every reference resolved. */
    public boolean complete() {
        return missing.isEmpty();
    }
}
