package dev.connectsim.lambda;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The payload Amazon Connect sends to a function from an InvokeLambdaFunction block:
 * {@code {"Name": "ContactFlowEvent", "Details": {"ContactData": {...}, "Parameters": {...}}}}.
 *
 * @param contactData the contact as the flow sees it when the block runs
 * @param parameters  the block's LambdaInvocationAttributes, resolved to text
 */
public record ContactFlowEvent(ContactData contactData, Map<String, String> parameters) implements LambdaEvent {

    /** The value of the top-level {@code Name} key. */
    public static final String NAME = "ContactFlowEvent";

    public ContactFlowEvent {
        Objects.requireNonNull(contactData, "contactData");
        parameters = ContactData.copyOf(parameters, "parameters");
    }

    /** An event for {@code contactData} with no invocation attributes. */
    public static ContactFlowEvent of(ContactData contactData) {
        return new ContactFlowEvent(contactData, Map.of());
    }

    /** The same event with {@code parameters} as its invocation attributes. */
    public ContactFlowEvent withParameters(Map<String, String> parameters) {
        return new ContactFlowEvent(contactData, parameters);
    }

    @Override
    public Map<String, Object> toMap() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("ContactData", contactData.toMap());
        details.put("Parameters", new LinkedHashMap<>(parameters));
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("Details", details);
        event.put("Name", NAME);
        return JsonValues.immutableCopy(event);
    }
}
