package dev.connectsim.flow.run;

import java.util.Optional;

/**
 * A parameter value as a block reads it: static text, one whole {@code $.} reference, or text with references
 * in it ({@code "Hi $.Attributes.name"}).
 */
final class Values {

    private Values() {
    }

    /**
     * The value of {@code raw}: itself when static; what the reference stands for when {@code raw} is one
     * reference (empty when there is nothing there); the text with every reference replaced when it is a
     * template (a reference to nothing becomes empty text).
     */
    static Optional<String> resolve(String raw, FlowScope scope) {
        if (raw == null) {
            return Optional.empty();
        }
        if (!References.mayHoldReference(raw)) {
            return Optional.of(raw);
        }
        Template template = Template.of(raw);
        if (template.isWholeReference()) {
            return Optional.ofNullable(template.referenceValue(scope));
        }
        return Optional.of(template.render(scope));
    }

    /** {@code text} with every reference replaced by its value, or by nothing when it has none. */
    static String render(String text, FlowScope scope) {
        if (!References.mayHoldReference(text)) {
            return text;
        }
        return Template.of(text).render(scope);
    }
}
