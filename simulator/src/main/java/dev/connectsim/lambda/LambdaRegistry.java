package dev.connectsim.lambda;

import dev.connectsim.text.NearestName;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Functions bound by ARN, as the flows name them.
 *
 * <p>Resolution of an ARN a flow names, in order:
 * <ol>
 *   <li>a function bound under exactly that text (an ARN, qualified or not, or a placeholder);</li>
 *   <li>a deploy placeholder such as {@code %%INVOKE_TELEPHONY_FUNCTION_ARN%%} declared with
 *       {@link #bindPlaceholder}: the ARN it stands for, resolved by these rules;</li>
 *   <li>for an ARN with an alias or version ({@code ...:function:name:active}, {@code ...:function:name:3}),
 *       the function bound under the ARN without it ({@code ...:function:name}).</li>
 * </ol>
 * Anything else is {@link Resolution.NotFound}, with the nearest bound name and the list of bound names.
 */
public final class LambdaRegistry {

    private static final Pattern PLACEHOLDER = Pattern.compile("%%[^%\\s]+%%");
    private static final Pattern PLACEHOLDER_NAME = Pattern.compile("[^%\\s]+");

    private final Map<String, BoundFunction> functions = new LinkedHashMap<>();
    private final Map<String, String> placeholders = new LinkedHashMap<>();
    /** Functions found, by the ARN asked for: every invocation of a block asks for the same one. */
    private final Map<String, Resolution.Found> found = new ConcurrentHashMap<>();
    /**
     * ARNs found unbound, with the reason put into words (its nearest bound name is an edit distance to every bound
     * function): a flow that invokes an unbound function at every call pays it once. Forgotten with {@link #found}
     * on every binding; at most {@value #REMEMBERED_UNBOUND}, so ARNs made per call cannot grow it.
     */
    private final Map<String, Resolution.NotFound> notFound = new ConcurrentHashMap<>();
    private static final int REMEMBERED_UNBOUND = 1_000;

    /** Binds {@code handler} under a function ARN or a deploy placeholder, with {@link FunctionConfig#defaults()}. */
    public LambdaRegistry bind(String arnOrPlaceholder, LambdaFunction handler) {
        return bind(arnOrPlaceholder, FunctionConfig.defaults(), handler);
    }

    /** Binds {@code handler} under a function ARN or a deploy placeholder ({@code %%NAME%%}). */
    public LambdaRegistry bind(String arnOrPlaceholder, FunctionConfig config, LambdaFunction handler) {
        Objects.requireNonNull(arnOrPlaceholder, "arnOrPlaceholder");
        if (!PLACEHOLDER.matcher(arnOrPlaceholder).matches() && FunctionArn.parse(arnOrPlaceholder).isEmpty()) {
            throw new IllegalArgumentException("cannot bind '" + arnOrPlaceholder + "': expected a Lambda function ARN "
                    + "(arn:aws:lambda:<region>:<account>:function:<name>[:<alias or version>]) or a deploy "
                    + "placeholder (%%NAME%%)");
        }
        requireFree(arnOrPlaceholder);
        functions.put(arnOrPlaceholder, new BoundFunction(arnOrPlaceholder, config, handler));
        found.clear();
        notFound.clear();
        return this;
    }

    /**
     * Binds {@code handler} under {@code arnOrPlaceholder} in place of whatever is bound there (a scenario's own
     * answer for a function), or as {@link #bind} where nothing is.
     */
    public LambdaRegistry replace(String arnOrPlaceholder, FunctionConfig config, LambdaFunction handler) {
        functions.remove(Objects.requireNonNull(arnOrPlaceholder, "arnOrPlaceholder"));
        found.clear();
        notFound.clear();
        return bind(arnOrPlaceholder, config, handler);
    }

    /** The function bound under exactly {@code arnOrPlaceholder}, if any. */
    public Optional<BoundFunction> boundAs(String arnOrPlaceholder) {
        return Optional.ofNullable(functions.get(arnOrPlaceholder));
    }

    /**
     * Declares that the deploy placeholder {@code placeholder} ({@code %%NAME%%}, or just {@code NAME})
     * stands for {@code arn}, as the deploy script would have replaced it.
     */
    public LambdaRegistry bindPlaceholder(String placeholder, String arn) {
        Objects.requireNonNull(placeholder, "placeholder");
        Objects.requireNonNull(arn, "arn");
        String key = PLACEHOLDER_NAME.matcher(placeholder).matches() ? "%%" + placeholder + "%%" : placeholder;
        if (!PLACEHOLDER.matcher(key).matches()) {
            throw new IllegalArgumentException("'" + placeholder + "' is not a deploy placeholder: expected %%NAME%%");
        }
        requireFree(key);
        placeholders.put(key, arn);
        found.clear();
        notFound.clear();
        return this;
    }

    /**
     * A new registry with the same bindings and placeholders, to which more can be bound without changing this one
     * (a simulated instance loaded once serves many simulations).
     */
    public LambdaRegistry copy() {
        LambdaRegistry copy = new LambdaRegistry();
        copy.functions.putAll(functions);
        copy.placeholders.putAll(placeholders);
        return copy;
    }

    /** The ARN the deploy placeholder {@code placeholder} ({@code %%NAME%%}) was declared to stand for, if any. */
    public Optional<String> placeholderTarget(String placeholder) {
        return Optional.ofNullable(placeholders.get(Objects.requireNonNull(placeholder, "placeholder")));
    }

    /** Every name bound, functions and placeholders, in the order they were bound. */
    public List<String> boundNames() {
        List<String> names = new ArrayList<>(functions.keySet());
        names.addAll(placeholders.keySet());
        return List.copyOf(names);
    }

    /** The function {@code arn} stands for; see the class comment for the rules. */
    public Resolution resolve(String arn) {
        Objects.requireNonNull(arn, "arn");
        Resolution.Found known = found.get(arn);
        if (known != null) {
            return known;
        }
        Resolution.NotFound unbound = notFound.get(arn);
        if (unbound != null) {
            return unbound;
        }
        Resolution resolution = lookUp(arn);
        if (resolution instanceof Resolution.Found hit) {
            found.put(arn, hit);
        } else if (resolution instanceof Resolution.NotFound miss && notFound.size() < REMEMBERED_UNBOUND) {
            notFound.put(arn, miss);
        }
        return resolution;
    }

    private Resolution lookUp(String arn) {
        BoundFunction exact = functions.get(arn);
        if (exact != null) {
            return new Resolution.Found(exact);
        }
        String target = placeholders.get(arn);
        if (target != null) {
            Optional<BoundFunction> function = resolveArn(target);
            return function.<Resolution>map(Resolution.Found::new).orElseGet(() -> notFound(arn,
                    "the deploy placeholder " + arn + " stands for " + target + ", and no function is bound to that"));
        }
        return resolveArn(arn).<Resolution>map(Resolution.Found::new).orElseGet(() -> notFound(arn, whyNotFound(arn)));
    }

    private Optional<BoundFunction> resolveArn(String arn) {
        BoundFunction exact = functions.get(arn);
        if (exact != null) {
            return Optional.of(exact);
        }
        return FunctionArn.parse(arn)
                .filter(parsed -> parsed.qualifier().isPresent())
                .map(parsed -> functions.get(parsed.unqualified()));
    }

    private static String whyNotFound(String arn) {
        if (PLACEHOLDER.matcher(arn).matches()) {
            return "the deploy placeholder " + arn + " was not replaced and is not bound: bind it with "
                    + "bindPlaceholder(\"" + arn + "\", <function ARN>), or bind a handler under it";
        }
        Optional<FunctionArn> parsed = FunctionArn.parse(arn);
        if (parsed.isEmpty()) {
            return "'" + arn + "' is not a Lambda function ARN "
                    + "(arn:aws:lambda:<region>:<account>:function:<name>[:<alias or version>])";
        }
        return parsed.get().qualifier().isPresent()
                ? "no Lambda function is bound to " + arn + " or to " + parsed.get().unqualified()
                : "no Lambda function is bound to " + arn;
    }

    private Resolution notFound(String arn, String why) {
        List<String> names = boundNames();
        if (names.isEmpty()) {
            return new Resolution.NotFound(arn, why + "; nothing is bound");
        }
        String nearest = NearestName.in(names, arn).map(name -> "; nearest bound: " + name).orElse("");
        return new Resolution.NotFound(arn, why + nearest + "; bound: " + String.join(", ", names));
    }

    private void requireFree(String name) {
        if (functions.containsKey(name) || placeholders.containsKey(name)) {
            throw new IllegalArgumentException(name + " is already bound");
        }
    }
}
