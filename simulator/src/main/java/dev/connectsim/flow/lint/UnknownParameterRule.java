package dev.connectsim.flow.lint;

import dev.connectsim.flow.action.Action;
import dev.connectsim.flow.action.Unsupported;
import dev.connectsim.text.NearestName;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every parameter is one the action takes ({@link ParameterNames}), such as LambdaInvocationAttributes, not
 * RequestAttributes, on InvokeLambdaFunction. The message names the nearest allowed name: a close spelling, else
 * the allowed name that shares most words with it.
 */
final class UnknownParameterRule extends Rule {

    UnknownParameterRule() {
        super("unknown-parameter", Severity.ERROR, "every parameter is one the action type takes");
    }

    @Override
    void check(Check check) {
        for (Action action : check.flow().actions()) {
            if (action instanceof Unsupported) {
                continue;
            }
            ParameterNames.allowed(action.type()).ifPresent(allowed -> {
                for (String name : action.parameters().keySet()) {
                    if (!allowed.contains(name)) {
                        report(check, action, name, allowed);
                    }
                }
            });
        }
    }

    private static void report(Check check, Action action, String name, List<String> allowed) {
        String suffix = Words.child("/Parameters", name);
        if (allowed.isEmpty()) {
            check.report(action, suffix, action.type() + " takes no parameters, found " + Words.quote(name),
                    "remove " + Words.quote(name));
            return;
        }
        Optional<String> nearest = nearest(allowed, name);
        check.report(action, suffix, action.type() + " has no parameter " + Words.quote(name)
                + nearest.map(n -> " (did you mean '" + n + "'?)").orElse("") + "; it takes " + Words.and(allowed),
                nearest.map(n -> "rename it to " + n + ", or remove it").orElse("remove it"));
    }

    /** A close spelling, else the allowed name sharing most capitalised words with {@code name}. */
    static Optional<String> nearest(List<String> allowed, String name) {
        Optional<String> spelling = NearestName.in(allowed, name);
        if (spelling.isPresent()) {
            return spelling;
        }
        Set<String> words = words(name);
        return allowed.stream()
                .filter(a -> shared(words, a) > 0)
                .max(Comparator.comparingLong((String a) -> shared(words, a))
                        .thenComparing(Comparator.<String>reverseOrder()));
    }

    private static long shared(Set<String> words, String candidate) {
        return words(candidate).stream().filter(words::contains).count();
    }

    /** "RequestAttributes" → {request, attributes}; "LambdaFunctionARN" → {lambda, function, arn}. */
    private static Set<String> words(String name) {
        return Arrays.stream(name.split("(?<=[a-z0-9])(?=[A-Z])|[^A-Za-z0-9]+"))
                .filter(w -> !w.isEmpty())
                .map(w -> w.toLowerCase(Locale.ROOT))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
