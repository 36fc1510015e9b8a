package dev.connectsim.text;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A deploy placeholder, {@code %%NAME%%}: what exported flows (the Salesforce samples among them) write where a
 * deployment script puts the ARN of a flow, queue, prompt, hours of operation or Lambda function. The simulator
 * reads {@code %%NAME%%} as the part of the instance named NAME.
 */
public final class DeployPlaceholder {

    private static final Pattern PLACEHOLDER = Pattern.compile("%%([^%\\s]+)%%");

    private DeployPlaceholder() {
    }

    /** NAME, when {@code reference} is exactly {@code %%NAME%%}. */
    public static Optional<String> name(String reference) {
        if (!reference.startsWith("%%")) {
            return Optional.empty();
        }
        Matcher m = PLACEHOLDER.matcher(reference);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
