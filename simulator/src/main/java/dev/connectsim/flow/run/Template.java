package dev.connectsim.flow.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;

/**
 * A text that may hold {@code $.} references, split once into its literal runs and the names of the references
 * between them, so that filling it in for a contact is concatenation instead of a regular expression. It also
 * knows whether the whole text is one reference (a parameter that takes "one JSONPath").
 */
final class Template {

    /** Parsed once per text: templates are the flows' own text, so there are few, filled in again for every call. */
    private static final Map<String, Template> PARSED = new ConcurrentHashMap<>();

    /** The literal text before each reference, then the text after the last; one more than {@link #references}. */
    private final List<String> literals;
    /** The names of each reference, as {@link References#segments} gives them. */
    private final List<List<String>> references;
    /** The names of the whole text when it is exactly one reference; null when it is not. */
    private final List<String> wholeReference;
    /** Room for the literal text and a short value per reference, so that rendering seldom grows its buffer. */
    private final int renderedLength;

    private Template(List<String> literals, List<List<String>> references, List<String> wholeReference) {
        this.literals = literals;
        this.references = references;
        this.wholeReference = wholeReference;
        int length = 16 * references.size();
        for (String literal : literals) {
            length += literal.length();
        }
        this.renderedLength = length;
    }

    /** The template of {@code text}, parsed on first use. */
    static Template of(String text) {
        // A plain get first: after the first call every text is there, and a hit needs no lock.
        Template parsed = PARSED.get(text);
        return parsed != null ? parsed : PARSED.computeIfAbsent(text, Template::parse);
    }

    private static Template parse(String text) {
        List<String> literals = new ArrayList<>();
        List<List<String>> references = new ArrayList<>();
        Matcher m = References.REFERENCE.matcher(text);
        int from = 0;
        while (m.find()) {
            literals.add(text.substring(from, m.start()));
            references.add(References.segments(m.group()));
            from = m.end();
        }
        literals.add(text.substring(from));
        List<String> whole = References.isReference(text) ? References.segments(text) : null;
        return new Template(List.copyOf(literals), List.copyOf(references), whole);
    }

    /** Whether the whole text is exactly one reference. */
    boolean isWholeReference() {
        return wholeReference != null;
    }

    /** What the text, being one reference, stands for; null when it stands for nothing. */
    String referenceValue(FlowScope scope) {
        return References.valueText(wholeReference, scope);
    }

    /** The text with every reference replaced by its value, or by nothing when it has none. */
    String render(FlowScope scope) {
        if (references.isEmpty()) {
            return literals.get(0);
        }
        StringBuilder out = new StringBuilder(renderedLength);
        for (int i = 0; i < references.size(); i++) {
            out.append(literals.get(i));
            String value = References.valueText(references.get(i), scope);
            if (value != null) {
                out.append(value);
            }
        }
        return out.append(literals.get(references.size())).toString();
    }
}
