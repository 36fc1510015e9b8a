package dev.connectsim.setup;

import dev.connectsim.handler.HandlerRuntimes;
import dev.connectsim.lambda.FunctionConfig;
import dev.connectsim.lambda.LambdaFunction;
import dev.connectsim.lambda.LambdaRegistry;
import dev.connectsim.lambda.LambdaReply;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Reads the {@code lambdas} section into a {@link LambdaRegistry}: deploy placeholders, and functions bound by ARN
 * (or placeholder) that return a canned reply, fail with a message, run a Java class written against
 * {@link LambdaFunction}, or run the team's own handler, described as AWS describes a function ({@code runtime},
 * {@code code}, {@code handler}, {@code environment}, {@code timeout}, {@code memory}). The team's code is loaded by
 * {@link HandlerRuntimes}; what is wrong with it is reported at the key it concerns.
 */
final class LambdaSection {

    static final List<String> SECTION_KEYS = List.of("placeholders", "functions");
    static final List<String> FUNCTION_KEYS = List.of("returns", "fails", "handler", "runtime", "code",
            "environment", "memory", "after", "timeout", "coldStart", "idleExpiry", "reservedConcurrency", "duration");
    /** The keys that make a binding the team's own code. */
    private static final List<String> CODE_KEYS = List.of("runtime", "code");

    private static final List<String> BEHAVIOURS = List.of("returns", "fails", "handler");

    private LambdaSection() {
    }

    static LambdaRegistry read(Setting section) {
        LambdaRegistry registry = new LambdaRegistry();
        Setting.Fields fields = section.fields("the Lambda settings (placeholders, functions)", SECTION_KEYS);
        fields.optional("placeholders").ifPresent(placeholders -> placeholders.entries(
                "a map of deploy placeholder names to the function ARNs they stand for").forEach(entry -> {
                    String arn = entry.value().text("a Lambda function ARN");
                    try {
                        registry.bindPlaceholder(entry.key(), arn);
                    } catch (IllegalArgumentException e) {
                        throw entry.keyError(e.getMessage(), e);
                    }
                }));
        // the team's functions load side by side (TeamCode.start); the first problem in the file's order is reported
        List<Runnable> binds = new ArrayList<>();
        fields.optional("functions").ifPresent(functions -> functions.entries(
                "a map of function ARNs (or %%PLACEHOLDERS%%) to what the function does")
                .forEach(entry -> binds.add(bindLater(registry, entry))));
        binds.forEach(Runnable::run);
        return registry;
    }

    /** Reads the function {@code entry} describes and starts loading it; running the result binds it. */
    private static Runnable bindLater(LambdaRegistry registry, Setting.Named entry) {
        FunctionConfig config;
        Supplier<LambdaFunction> handler;
        try {
            Setting.Fields function = entry.value().fields("what the function does ("
                    + String.join(", ", FUNCTION_KEYS) + ")", FUNCTION_KEYS);
            config = config(function);
            if (function.present(CODE_KEYS).isEmpty()) {
                LambdaFunction own = handler(entry.value(), function);
                handler = () -> own;
            } else {
                handler = TeamCode.start(entry, function, config.timeout());
            }
        } catch (RuntimeException e) {
            return () -> {
                throw e;
            };
        }
        return () -> {
            LambdaFunction loaded = handler.get();
            try {
                registry.bind(entry.key(), config, loaded);
            } catch (IllegalArgumentException e) {
                throw entry.keyError(e.getMessage(), e);
            }
        };
    }

    private static LambdaFunction handler(Setting setting, Setting.Fields function) {
        List<String> codeOnly = function.present(List.of("environment", "memory", "duration"));
        if (!codeOnly.isEmpty()) {
            throw function.optional(codeOnly.get(0)).orElseThrow().error("'" + codeOnly.get(0) + "' describes the "
                    + "team's own code: it goes with runtime, code and handler");
        }
        List<String> given = function.present(BEHAVIOURS);
        if (given.size() != 1) {
            throw setting.error("expected exactly one of returns (a canned reply), fails (an error message) or "
                    + "handler (a class implementing LambdaFunction), found " + (given.isEmpty() ? "none"
                            : String.join(" and ", given)));
        }
        Optional<Setting> after = function.optional("after");
        if (given.get(0).equals("handler")) {
            if (after.isPresent()) {
                throw after.get().error("'after' applies to returns and fails; a handler declares how long it runs "
                        + "in its LambdaReply");
            }
            return instantiate(function.required("handler", "a class name"));
        }
        Duration runsFor = after.map(Values::duration).orElse(Duration.ZERO);
        LambdaReply reply;
        if (given.get(0).equals("fails")) {
            reply = LambdaReply.after(runsFor).fails(function.required("fails", "an error message")
                    .text("an error message"));
        } else {
            Object body = function.optional("returns").orElseThrow().node().toValue();
            reply = body instanceof Map<?, ?> map ? LambdaReply.after(runsFor).returns(stringKeyed(map))
                    : LambdaReply.after(runsFor).returnsValue(body);
        }
        return (event, context) -> reply;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ?> stringKeyed(Map<?, ?> map) {
        return (Map<String, ?>) map;
    }

    private static FunctionConfig config(Setting.Fields function) {
        FunctionConfig config = FunctionConfig.defaults();
        for (String key : List.of("timeout", "coldStart", "idleExpiry", "reservedConcurrency")) {
            Optional<Setting> setting = function.optional(key);
            if (setting.isPresent()) {
                try {
                    config = with(config, key, setting.get());
                } catch (IllegalArgumentException e) {
                    throw setting.get().error(e.getMessage(), e);
                }
            }
        }
        return config;
    }

    private static FunctionConfig with(FunctionConfig config, String key, Setting setting) {
        return switch (key) {
            case "timeout" -> config.withTimeout(setting.node().toValue() instanceof Integer seconds
                    ? Duration.ofSeconds(seconds) : Values.duration(setting));
            case "coldStart" -> config.withColdStart(Values.duration(setting));
            case "idleExpiry" -> config.withIdleExpiry(Values.duration(setting));
            default -> config.withReservedConcurrency(setting.count("a whole number from 0 up"));
        };
    }

    private static LambdaFunction instantiate(Setting setting) {
        String className = setting.text("the fully qualified name of a class implementing LambdaFunction").strip();
        Class<?> type;
        try {
            type = Class.forName(className, true, classLoader());
        } catch (ClassNotFoundException e) {
            throw setting.error("no class '" + className + "' on the classpath (expected the fully qualified name "
                    + "of a class implementing " + LambdaFunction.class.getName() + ")", e);
        } catch (LinkageError e) {
            throw setting.error("class '" + className + "' cannot be loaded: " + e, e);
        }
        if (!LambdaFunction.class.isAssignableFrom(type)) {
            throw setting.error("class '" + className + "' does not implement " + LambdaFunction.class.getName());
        }
        if (type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
            throw setting.error("class '" + className + "' is abstract; expected a concrete class with a public "
                    + "no-argument constructor");
        }
        try {
            Constructor<?> constructor = type.getConstructor();
            return (LambdaFunction) constructor.newInstance();
        } catch (NoSuchMethodException e) {
            throw setting.error("class '" + className + "' has no public no-argument constructor", e);
        } catch (InvocationTargetException e) {
            throw setting.error("class '" + className + "' could not be created: its constructor threw "
                    + e.getCause(), e);
        } catch (ReflectiveOperationException e) {
            throw setting.error("class '" + className + "' could not be created: " + e, e);
        }
    }

    private static ClassLoader classLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : LambdaSection.class.getClassLoader();
    }
}
