package dev.connectsim.setup;

import dev.connectsim.concurrent.Background;
import dev.connectsim.handler.BadHandlerBinding;
import dev.connectsim.handler.HandlerBinding;
import dev.connectsim.handler.HandlerRuntimes;
import dev.connectsim.lambda.LambdaFunction;
import dev.connectsim.text.NearestName;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Reads a function bound as the team's own code (the keys of a SAM or CloudFormation function: runtime, code,
 * handler, environment, timeout, memory, plus connect-sim's after or duration: measured) and loads it through {@link HandlerRuntimes};
 * what is wrong with the code is reported at the key it concerns.
 */
final class TeamCode {

    /** Lambda's memory range, in MB. */
    static final int MIN_MEMORY_MB = 128;
    static final int MAX_MEMORY_MB = 10_240;

    /** Lambda's rule for environment variable names. */
    private static final Pattern VARIABLE = Pattern.compile("[a-zA-Z][a-zA-Z0-9_]*");

    /** The values of {@code duration}. */
    private static final List<String> DURATIONS = List.of("declared", "measured");

    private TeamCode() {
    }

    /**
     * Whether the function's duration is {@code measured} (its real running time) rather than {@code declared} (its
     * {@code after} plus the virtual time it sleeps, the default); measured goes without {@code after}.
     */
    private static boolean measured(Setting.Fields function) {
        Optional<Setting> duration = function.optional("duration");
        if (duration.isEmpty()) {
            return false;
        }
        String expected = "measured (the handler's real running time) or declared (after plus the time it sleeps)";
        String value = duration.get().text(expected).strip();
        if (!DURATIONS.contains(value)) {
            throw duration.get().error("'" + value + "' is not a duration" + NearestName.hint(DURATIONS, value)
                    + "; expected " + expected);
        }
        if (value.equals("measured") && function.optional("after").isPresent()) {
            throw duration.get().error("duration: measured charges the handler's real running time, so 'after' "
                    + "has no meaning with it: keep one or the other");
        }
        return value.equals("measured");
    }

    /**
     * Starts loading the function {@code function} describes, its settings read and checked here, its code loaded on a
     * thread of its own: a Node.js or Python function's probe waits on the program starting, and the instance file's
     * functions load side by side. {@link Supplier#get} waits for it, and throws what is wrong with the code at the
     * key it concerns.
     */
    static Supplier<LambdaFunction> start(Setting.Named entry, Setting.Fields function, Duration timeout) {
        List<String> canned = function.present(List.of("returns", "fails"));
        if (!canned.isEmpty()) {
            throw function.optional(canned.get(0)).orElseThrow().error("'" + canned.get(0) + "' is a reply "
                    + "connect-sim gives for the function; with runtime and code the team's handler answers: keep one"
                    + " or the other");
        }
        String runtime = function.required("runtime", "a Lambda runtime such as java17")
                .text("a Lambda runtime such as java17").strip();
        Setting codeSetting = function.required("code", "the function's code: a folder, .zip or .jar, relative to "
                + "the instance file");
        String code = codeSetting.text("a path to a folder, .zip or .jar").strip();
        Path folder = codeSetting.node().place().folder();
        String handler = function.required("handler", "the handler as Lambda writes it, such as "
                + "com.example.Lookup::handleRequest").text("the handler as Lambda writes it").strip();
        Duration after = function.optional("after").map(Values::duration).orElse(Duration.ZERO);
        boolean measured = measured(function);
        int memory = HandlerBinding.DEFAULT_MEMORY_MB;
        Optional<Setting> memorySetting = function.optional("memory");
        if (memorySetting.isPresent()) {
            String expected = "a memory size in MB from " + MIN_MEMORY_MB + " to " + MAX_MEMORY_MB;
            memory = memorySetting.get().count(expected);
            if (memory < MIN_MEMORY_MB || memory > MAX_MEMORY_MB) {
                throw memorySetting.get().mismatch(expected);
            }
        }
        Map<String, String> environment = new LinkedHashMap<>();
        function.optional("environment").ifPresent(variables -> variables.entries("a map of environment variable "
                + "names to values").forEach(variable -> {
                    if (!VARIABLE.matcher(variable.key()).matches()) {
                        throw variable.keyError("'" + variable.key() + "' is not an environment variable name: "
                                + "expected a letter, then letters, digits or _", null);
                    }
                    environment.put(variable.key(), variable.value().text("a value (text)"));
                }));
        HandlerBinding binding = new HandlerBinding(entry.key(), runtime, folder.resolve(code), code, handler,
                environment, timeout, memory, after, measured);
        CompletableFuture<LambdaFunction> loading = Background.supply("load " + entry.key(),
                () -> HandlerRuntimes.load(binding));
        return () -> {
            try {
                return Background.join(loading);
            } catch (BadHandlerBinding e) {
                throw function.optional(e.key()).orElse(entry.value()).error(e.getMessage(), e);
            }
        };
    }
}
