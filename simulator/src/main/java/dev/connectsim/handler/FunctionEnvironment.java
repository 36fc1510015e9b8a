package dev.connectsim.handler;

import dev.connectsim.lambda.ColdStart;
import dev.connectsim.lambda.FunctionArn;
import dev.connectsim.lambda.ScenarioValues;
import dev.connectsim.text.NearestName;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The environment variables of one execution environment of a team's function, whatever its runtime: the variables
 * Lambda defines for every function (its name, memory, region, log group and stream, {@code TZ=:UTC} ...), then the
 * binding's own {@code environment}, in which each {@code ${name}} is replaced by the scenario's value of that name
 * ({@link #SCENARIO_VALUES}).
 *
 * <p>Design note: the values are worked out on each cold start ({@link #of}), because a scenario's values (the port
 * of its simulated Salesforce) are known only when it runs, while the instance file is loaded once. {@link #check}
 * refuses an unknown name when the binding is loaded. Where no scenario runs (the check itself, a benchmark), a
 * value the scenario would give is {@link #NO_SCENARIO_URL}, where nothing answers. {@code $${} writes a literal
 * {@code ${}. The log stream's name is derived from the run's seed, the function and the environment's number, so
 * it is the same on every run. Lambda's execution-role credentials are stand-ins that AWS refuses, so a team's AWS
 * SDK client fails instead of reaching AWS with the developer's own credentials.
 */
public final class FunctionEnvironment {

    /** The names a binding's {@code environment} can write as {@code ${name}}. */
    public static final List<String> SCENARIO_VALUES = List.of("salesforce.url");

    /** What {@code ${salesforce.url}} reads where no scenario runs: a URL where nothing answers. */
    public static final String NO_SCENARIO_URL = "http://127.0.0.1:1";

    /** The keys Lambda sets itself and a function's configuration cannot set. */
    public static final List<String> RESERVED = List.of("_HANDLER", "_X_AMZN_TRACE_ID", "AWS_DEFAULT_REGION",
            "AWS_REGION", "AWS_EXECUTION_ENV", "AWS_LAMBDA_FUNCTION_NAME", "AWS_LAMBDA_FUNCTION_MEMORY_SIZE",
            "AWS_LAMBDA_FUNCTION_VERSION", "AWS_LAMBDA_INITIALIZATION_TYPE", "AWS_LAMBDA_LOG_GROUP_NAME",
            "AWS_LAMBDA_LOG_STREAM_NAME", "AWS_ACCESS_KEY", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY",
            "AWS_SESSION_TOKEN", "AWS_LAMBDA_RUNTIME_API", "LAMBDA_TASK_ROOT", "LAMBDA_RUNTIME_DIR");

    private static final Pattern REFERENCE = Pattern.compile("\\$\\$\\{|\\$\\{([^}]*)}");
    private static final DateTimeFormatter STREAM_DAY = DateTimeFormatter.ofPattern("yyyy/MM/dd")
            .withZone(ZoneOffset.UTC);

    private FunctionEnvironment() {
    }

    /**
     * The environment variables of the environment {@code start} describes: Lambda's own, then the binding's with
     * the scenario's values put in. Fails with a {@link BadHandlerBinding} at {@code environment} for an unknown
     * {@code ${name}}.
     */
    public static Map<String, String> of(HandlerBinding binding, ColdStart start) {
        Map<String, String> variables = new LinkedHashMap<>();
        String name = LambdaNames.functionName(binding.functionArn());
        String region = FunctionArn.parse(binding.functionArn()).map(FunctionArn::region).orElse("us-east-1");
        variables.put("_HANDLER", binding.handler());
        variables.put("AWS_REGION", region);
        variables.put("AWS_DEFAULT_REGION", region);
        variables.put("AWS_EXECUTION_ENV", "AWS_Lambda_" + binding.runtime());
        variables.put("AWS_LAMBDA_FUNCTION_NAME", name);
        variables.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", String.valueOf(binding.memoryMb()));
        variables.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
        variables.put("AWS_LAMBDA_INITIALIZATION_TYPE", "on-demand");
        variables.put("AWS_LAMBDA_LOG_GROUP_NAME", LambdaNames.logGroupName(name));
        variables.put("AWS_LAMBDA_LOG_STREAM_NAME", logStreamName(start));
        variables.put("AWS_ACCESS_KEY_ID", "ASIACONNECTSIMFAKEKEY");
        variables.put("AWS_SECRET_ACCESS_KEY", "connect-sim-stand-in-secret-that-AWS-refuses");
        variables.put("AWS_SESSION_TOKEN", "connect-sim-stand-in-session-token");
        variables.put("LAMBDA_TASK_ROOT", binding.code().toAbsolutePath().normalize().toString());
        variables.put("LANG", "en_US.UTF-8");
        variables.put("TZ", ":UTC");
        binding.environment().forEach((key, value) -> variables.put(key, substitute(key, value, start)));
        return Map.copyOf(variables);
    }

    /**
     * The cold start a binding is checked in when it loads, where no scenario runs: its first environment, at the
     * epoch, with seed 0 and no scenario values ({@code ${salesforce.url}} is {@link #NO_SCENARIO_URL}).
     */
    public static ColdStart checkStart(HandlerBinding binding) {
        return new ColdStart(binding.functionArn(), 1, Instant.EPOCH, 0, ScenarioValues.NONE);
    }

    /** Refuses a binding whose {@code environment} names an unknown scenario value or sets a reserved key. */
    public static void check(HandlerBinding binding) {
        binding.environment().forEach((key, value) -> {
            if (RESERVED.contains(key)) {
                throw new BadHandlerBinding("environment", key + " is reserved: Lambda sets it itself, a function's"
                        + " configuration cannot (reserved: " + String.join(", ", RESERVED) + ")");
            }
            substitute(key, value, null);
        });
    }

    /** The log stream of the environment {@code start} describes: {@code yyyy/MM/dd/[$LATEST]<32 hex digits>}. */
    static String logStreamName(ColdStart start) {
        UUID id = UUID.nameUUIDFromBytes((start.seed() + "/" + start.boundAs() + "/" + start.environment())
                .getBytes(StandardCharsets.UTF_8));
        return STREAM_DAY.format(start.at()) + "/[$LATEST]" + id.toString().replace("-", "");
    }

    private static String substitute(String key, String value, ColdStart start) {
        Matcher matcher = REFERENCE.matcher(value);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String reference = matcher.group(1);
            String replacement;
            if (reference == null) {
                replacement = "${";
            } else if (!SCENARIO_VALUES.contains(reference)) {
                throw new BadHandlerBinding("environment", key + ": no scenario value '" + reference + "'"
                        + NearestName.in(SCENARIO_VALUES, reference).map(n -> " (did you mean ${" + n + "}?)")
                                .orElse("") + "; ${...} names one of " + String.join(", ", SCENARIO_VALUES)
                        + " ($${ writes a literal ${)");
            } else {
                replacement = start == null ? NO_SCENARIO_URL
                        : start.values().value(reference).orElse(NO_SCENARIO_URL);
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
