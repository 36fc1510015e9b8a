package dev.connectsim.flow.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.connectsim.contact.Contact;
import dev.connectsim.contact.QueueInfo;
import dev.connectsim.routing.AgentProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code $.} references of the flow language: {@code $.Attributes.x}, {@code $.FlowAttributes.x},
 * {@code $.External.a.b},
 * {@code $.ContactId}, {@code $.Queue.Name}, {@code $.Agent.UserName}, {@code $.Metrics.Queue.Size} ... read from a
 * {@link FlowScope}.
 *
 * <p>Design note: a reference is {@code $.} followed by dot-separated names; a name may hold letters, digits,
 * {@code _}, {@code -} and {@code :} (attribute keys such as {@code sfdc-RTT_flag__c}), or be quoted as
 * {@code ['any key']}. A reference to something the contact does not have resolves to nothing; each block
 * decides whether that is an error (a working queue) or empty text (a prompt). A name the simulator does not know
 * ({@code $.Queue.Foo}, {@code $.Metrics.Queue.Size}) resolves to nothing too, and is noted in the contact's flow
 * state, so that the run records it as {@link Unmodelled}.
 */
final class References {

    /** One reference inside text; it ends where a character outside a name begins (another {@code $} too). */
    static final Pattern REFERENCE = Pattern.compile("\\$\\.(?:[A-Za-z0-9_:\\-]+|\\['[^']*'\\])"
            + "(?:\\.[A-Za-z0-9_:\\-]+|\\.?\\['[^']*'\\])*");

    private static final Pattern SEGMENT = Pattern.compile("\\['([^']*)'\\]|([A-Za-z0-9_:\\-]+)");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** What a look-up gives for a name the simulator does not know, as opposed to null for a value not set. */
    private static final Object NOT_MODELLED = new Object();
    /** Parsed once per text: references are the flows' own text, so there are few, read again for every call. */
    private static final Map<String, List<String>> SEGMENTS = new ConcurrentHashMap<>();
    private static final Map<String, Boolean> WHOLE_REFERENCES = new ConcurrentHashMap<>();

    private References() {
    }

    /** Whether {@code value} could hold a reference: it has a {@code $.}; text without one is static. */
    static boolean mayHoldReference(String value) {
        return value.contains("$.");
    }

    /** Whether {@code value} is exactly one reference, as parameters that take "one JSONPath" are. */
    static boolean isReference(String value) {
        return WHOLE_REFERENCES.computeIfAbsent(value, text -> REFERENCE.matcher(text).matches());
    }

    /** Whether {@code value} holds a reference anywhere. */
    static boolean containsReference(String value) {
        return REFERENCE.matcher(value).find();
    }

    /** The text {@code reference} (such as {@code $.Attributes.x}) stands for, or empty when there is none. */
    static Optional<String> resolve(String reference, FlowScope scope) {
        return Optional.ofNullable(valueText(segments(reference), scope));
    }

    /** The text the reference whose names are {@code path} stands for, or null when there is none. */
    static String valueText(List<String> path, FlowScope scope) {
        if (path.isEmpty()) {
            return null;
        }
        Object value = lookUp(path, scope);
        if (value == NOT_MODELLED) {
            scope.state().noteUnmodelledReference("$." + String.join(".", path));
            return null;
        }
        return value == null ? null : text(value);
    }

    /** The names of {@code reference}. */
    static List<String> segments(String reference) {
        return SEGMENTS.computeIfAbsent(reference, References::parseSegments);
    }

    private static List<String> parseSegments(String reference) {
        List<String> names = new ArrayList<>();
        Matcher m = SEGMENT.matcher(reference.substring(2));
        while (m.find()) {
            names.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        return List.copyOf(names);
    }

    private static Object lookUp(List<String> path, FlowScope scope) {
        Contact contact = scope.contact();
        String head = path.get(0);
        List<String> rest = path.subList(1, path.size());
        switch (head) {
            case "Attributes":
                return rest.size() == 1 ? contact.attributes().get(rest.get(0)) : null;
            case "External":
                return dig(scope.state().external(), rest);
            case "Metrics":
                return dig(scope.state().metrics(), rest);
            case "Customer":
                return dig(scope.state().customer(), rest);
            case "Case":
                return dig(scope.state().caseData(), rest);
            case "Lex":
                return dig(scope.state().lex(), rest);
            case "FlowAttributes":
                return rest.size() == 1 ? scope.flowAttributes().get(rest.get(0)) : null;
            case "Queue":
                return queue(contact.targetQueue(), scope, rest);
            case "Agent":
                return scope.targetAgent().map(agent -> agent(agent, rest)).orElse(null);
            case "CustomerEndpoint":
                return endpoint(contact.customerEndpoint(), rest);
            case "SystemEndpoint":
                return endpoint(contact.systemEndpoint(), rest);
            case "LambdaInvocation":
                return rest.size() == 1 && rest.get(0).equals("InvocationId") ? scope.state().lastInvocationId() : null;
            default:
                return rest.isEmpty() ? contactValue(head, scope) : NOT_MODELLED;
        }
    }

    private static Object contactValue(String name, FlowScope scope) {
        Contact contact = scope.contact();
        switch (name) {
            case "ContactId":
                return contact.contactId();
            case "InitialContactId":
                return contact.initialContactId();
            case "PreviousContactId":
                return contact.previousContactId();
            case "Channel":
                return contact.type().name();
            case "InitiationMethod":
                return contact.initiationMethod().name();
            case "InstanceARN":
                return scope.instance().arn();
            case "CustomerId":
                return contact.settings().customerId();
            case "LanguageCode":
                return contact.settings().languageCode();
            case "TextToSpeechVoiceId":
                return contact.settings().textToSpeechVoice();
            case "StoredCustomerInput":
                return scope.state().storedCustomerInput();
            default:
                return NOT_MODELLED;
        }
    }

    private static Object queue(QueueInfo queue, FlowScope scope, List<String> rest) {
        if (queue == null || rest.isEmpty()) {
            return null;
        }
        switch (field(rest)) {
            case "Name":
                return queue.name();
            case "ARN":
                return queue.queueArn();
            case "OutboundCallerId.Address":
                return scope.outboundCallerId(queue).orElse(null);
            default:
                return NOT_MODELLED;
        }
    }

    private static Object agent(AgentProfile agent, List<String> rest) {
        switch (field(rest)) {
            case "UserName":
                return agent.username();
            case "FirstName":
                return agent.firstName();
            case "LastName":
                return agent.lastName();
            case "ARN":
                return agent.arn();
            default:
                return NOT_MODELLED;
        }
    }

    /** The names after the head joined by dots, as the cases above spell a field. */
    private static String field(List<String> rest) {
        return rest.size() == 1 ? rest.get(0) : String.join(".", rest);
    }

    private static Object endpoint(String address, List<String> rest) {
        if (address == null || rest.size() != 1) {
            return null;
        }
        switch (rest.get(0)) {
            case "Address":
                return address;
            case "Type":
                return "TELEPHONE_NUMBER";
            default:
                return NOT_MODELLED;
        }
    }

    private static Object dig(Object value, List<String> path) {
        Object current = value;
        for (String name : path) {
            if (current instanceof Map<?, ?> map) {
                current = map.get(name);
            } else if (current instanceof List<?> list && name.matches("\\d+")
                    && Integer.parseInt(name) < list.size()) {
                current = list.get(Integer.parseInt(name));
            } else {
                return null;
            }
        }
        return path.isEmpty() ? null : current;
    }

    private static String text(Object value) {
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
            try {
                return JSON.writeValueAsString(value);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a JSON value could not be written back as text", e);
            }
        }
        return String.valueOf(value);
    }
}
