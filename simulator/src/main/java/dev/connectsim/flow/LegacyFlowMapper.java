package dev.connectsim.flow;

import com.fasterxml.jackson.databind.JsonNode;
import dev.connectsim.flow.action.Action;
import dev.connectsim.flow.action.ActionTypes;
import dev.connectsim.flow.action.Condition;
import dev.connectsim.flow.action.Envelope;
import dev.connectsim.flow.action.Operator;
import dev.connectsim.flow.action.Transitions;
import dev.connectsim.flow.action.Unsupported;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the legacy (pre-2020) export format, {@code {"modules": [...], "start": id, "version": "1", "type":
 * "contactFlow", "metadata": {"name": ...}}}, into the same model as the current language: each module becomes
 * the current action that does the same thing, with current parameter names and Connect's error types.
 *
 * <h2>Modules</h2>
 * <table>
 * <caption>Legacy module type to current action type</caption>
 * <tr><th>Legacy module (target)</th><th>Current action</th><th>Parameters</th></tr>
 * <tr><td>PlayPrompt</td><td>MessageParticipant</td><td>Text with TextToSpeechType text → Text, ssml →
 *     SSML; AudioPrompt → PromptId</td></tr>
 * <tr><td>GetUserInput (Digits)</td><td>GetParticipantInput, StoreInput False</td><td>prompt as PlayPrompt;
 *     Timeout → InputTimeLimitSeconds; MaxDigits dropped (one digit)</td></tr>
 * <tr><td>StoreUserInput</td><td>GetParticipantInput, StoreInput True</td><td>prompt as PlayPrompt; Timeout
 *     → InputTimeLimitSeconds; CustomerInputType Custom with MaxDigits → InputValidation.CustomValidation
 *     .MaximumLength; DisableCancel → DTMFConfiguration.DisableCancelKey; EncryptEntry false dropped</td></tr>
 * <tr><td>SetAttributes</td><td>UpdateContactAttributes</td><td>each Attribute: key → value</td></tr>
 * <tr><td>SetLoggingBehavior</td><td>UpdateFlowLoggingBehavior</td><td>LoggingBehavior Enable/Disable →
 *     FlowLoggingBehavior Enabled/Disabled</td></tr>
 * <tr><td>SetRecordingBehavior</td><td>UpdateContactRecordingBehavior</td><td>RecordingBehaviorOption
 *     Enable with RecordingParticipantOption Both/Agent/Customer → RecordingBehavior.RecordedParticipants
 *     [Agent, Customer]/[Agent]/[Customer]; Disable → []</td></tr>
 * <tr><td>StartMediaStreaming</td><td>UpdateContactMediaStreamingBehavior</td><td>MediaStreamingState
 *     Enabled; MediaStreamTypes → MediaStreamType; Track FromCustomer/ToCustomer → Participants [Customer]
 *     MediaDirections From/To</td></tr>
 * <tr><td>InvokeExternalResource (Lambda)</td><td>InvokeLambdaFunction</td><td>FunctionArn →
 *     LambdaFunctionARN; TimeLimit → InvocationTimeLimitSeconds; each Parameter: key → value in
 *     LambdaInvocationAttributes (left out when there is none)</td></tr>
 * <tr><td>Transfer (Flow)</td><td>TransferToFlow</td><td>ContactFlowId</td></tr>
 * <tr><td>Transfer (Queue)</td><td>TransferContactToQueue</td><td>none</td></tr>
 * <tr><td>SetQueue</td><td>UpdateContactTargetQueue</td><td>Queue → QueueId</td></tr>
 * <tr><td>CheckAttribute</td><td>Compare</td><td>Attribute and Namespace → ComparisonValue, a
 *     reference</td></tr>
 * <tr><td>CheckHoursOfOperation</td><td>CheckHoursOfOperation</td><td>none (the queue's hours); not in the
 *     Salesforce corpus</td></tr>
 * <tr><td>Disconnect</td><td>DisconnectParticipant</td><td>none</td></tr>
 * </table>
 *
 * <h2>Branches</h2>
 * {@code Success} → NextAction; {@code Error} → NoMatchingError; {@code NoMatch} → NoMatchingCondition;
 * {@code Timeout} → InputTimeLimitExceeded; {@code AtCapacity} → QueueAtCapacity; {@code True} and
 * {@code False} → conditions Equals True and Equals False; {@code Evaluate} with {@code conditionType} and
 * {@code conditionValue} → a condition, conditionType Equals → Equals, Contains → TextContains, StartsWith →
 * TextStartsWith, EndsWith → TextEndsWith, GreaterThan → NumberGreaterThan, GreaterThanOrEqualTo →
 * NumberGreaterOrEqualTo, LessThan → NumberLessThan, LessThanOrEqualTo → NumberLessOrEqualTo (only Equals and
 * Contains occur in the corpus; any other conditionType is kept as the operator name, for validation).
 *
 * <h2>Values</h2>
 * A parameter's {@code namespace} makes its value a reference: none → the value as written (which may hold
 * {@code $.} templates); {@code User Defined} → {@code $.Attributes.<value>}; {@code External} →
 * {@code $.External.<value>}; {@code System} → the attribute of that display name ({@code Customer Number} →
 * {@code $.CustomerEndpoint.Address}, {@code Stored customer input} → {@code $.StoredCustomerInput}, and the
 * others of {@link #SYSTEM}).
 *
 * <h2>No mapping</h2>
 * A module of another type, another target, a parameter, branch, namespace or System attribute not listed
 * here, becomes {@link Unsupported} with its legacy type and a reason naming what has no mapping; its raw
 * parameters are {@code {"parameters": [...], "target": ...}} as written (null fields left out), and its
 * transitions keep the branches that do map.
 */
final class LegacyFlowMapper {

    /** System attributes by their legacy display name (compared ignoring case). */
    static final Map<String, String> SYSTEM = Map.ofEntries(
            Map.entry("customer number", "$.CustomerEndpoint.Address"),
            Map.entry("dialed number", "$.SystemEndpoint.Address"),
            Map.entry("stored customer input", "$.StoredCustomerInput"),
            Map.entry("contact id", "$.ContactId"),
            Map.entry("initial contact id", "$.InitialContactId"),
            Map.entry("previous contact id", "$.PreviousContactId"),
            Map.entry("channel", "$.Channel"),
            Map.entry("queue name", "$.Queue.Name"),
            Map.entry("queue arn", "$.Queue.ARN"),
            Map.entry("instance arn", "$.InstanceARN"),
            Map.entry("initiation method", "$.InitiationMethod"),
            Map.entry("language code", "$.LanguageCode"),
            Map.entry("text to speech voice", "$.TextToSpeechVoiceId"));

    private static final Map<String, String> OPERATORS = Map.of(
            "Equals", "Equals",
            "Contains", "TextContains",
            "StartsWith", "TextStartsWith",
            "EndsWith", "TextEndsWith",
            "GreaterThan", "NumberGreaterThan",
            "GreaterThanOrEqualTo", "NumberGreaterOrEqualTo",
            "LessThan", "NumberLessThan",
            "LessThanOrEqualTo", "NumberLessOrEqualTo");

    private static final Map<String, String> ERROR_BRANCHES = Map.of(
            "Error", "NoMatchingError",
            "NoMatch", "NoMatchingCondition",
            "Timeout", "InputTimeLimitExceeded",
            "AtCapacity", "QueueAtCapacity");

    private LegacyFlowMapper() {
    }

    static Flow read(JsonNode root, ParseContext context, FlowFormat format, FlowNames names) {
        JsonNode metadata = ParseContext.optional(root, "metadata");
        JsonNode metadataName = metadata == null || !metadata.isObject() ? null : metadata.get("name");
        String name = names.name(metadataName != null && metadataName.isTextual() ? metadataName.asText() : null);
        String typeName = names.typeName(context.optionalText(root, "type", "", null));
        String version = context.optionalText(root, "version", "", null);
        String start = context.optionalText(root, "start", "", null);
        List<JsonNode> modules = context.requiredArray(root, "modules", "", null);
        List<Action> actions = new ArrayList<>(modules.size());
        for (int i = 0; i < modules.size(); i++) {
            actions.add(module(modules.get(i), ParseContext.child("/modules", i), context));
        }
        return new Flow(context.source, format, name, typeName, version, start, actions);
    }

    private static Action module(JsonNode node, String pointer, ParseContext context) {
        if (!node.isObject()) {
            throw context.error(pointer, "expected an object for a module, found " + ParseContext.kind(node));
        }
        String id = context.requiredText(node, "id", pointer, null);
        String type = context.requiredText(node, "type", pointer, id);
        String target = context.optionalText(node, "target", pointer, id);
        List<Param> params = params(node, pointer, id, context);
        Translation t = new Translation(type, target, params);
        Transitions transitions = branches(node, pointer, id, context, t);
        String currentType = translate(t);
        if (currentType != null) {
            t.unused.forEach(p -> t.gaps.add("parameter '" + p.name() + "' has no mapping"));
        }
        String at = context.base() + pointer;
        if (!t.gaps.isEmpty()) {
            return new Unsupported(new Envelope(id, transitions, raw(params, target), at), type,
                    "legacy module " + type + (target == null ? "" : " (target " + target + ")") + ": "
                            + String.join("; ", t.gaps));
        }
        return ActionTypes.create(currentType, new Envelope(id, transitions, t.parameters, at));
    }

    /**
     * Fills {@code t.parameters} and returns the current type (null for a module type with no mapping); records
     * what has no mapping in {@code t.gaps}.
     */
    private static String translate(Translation t) {
        switch (t.type) {
            case "PlayPrompt" -> {
                t.prompt();
                return "MessageParticipant";
            }
            case "GetUserInput" -> {
                t.requireTarget("Digits", true);
                t.prompt();
                t.copy("Timeout", "InputTimeLimitSeconds");
                t.drop("MaxDigits");
                t.parameters.put("StoreInput", "False");
                return "GetParticipantInput";
            }
            case "StoreUserInput" -> {
                storeUserInput(t);
                return "GetParticipantInput";
            }
            case "SetAttributes" -> {
                t.parameters.put("Attributes", t.keyed("Attribute"));
                return "UpdateContactAttributes";
            }
            case "SetLoggingBehavior" -> {
                t.parameters.put("FlowLoggingBehavior",
                        t.choose("LoggingBehavior", Map.of("Enable", "Enabled", "Disable", "Disabled")));
                return "UpdateFlowLoggingBehavior";
            }
            case "SetRecordingBehavior" -> {
                setRecordingBehavior(t);
                return "UpdateContactRecordingBehavior";
            }
            case "StartMediaStreaming" -> {
                startMediaStreaming(t);
                return "UpdateContactMediaStreamingBehavior";
            }
            case "InvokeExternalResource" -> {
                t.requireTarget("Lambda", false);
                t.copy("FunctionArn", "LambdaFunctionARN");
                t.copy("TimeLimit", "InvocationTimeLimitSeconds");
                Map<String, Object> attributes = t.keyed("Parameter");
                if (!attributes.isEmpty()) {
                    t.parameters.put("LambdaInvocationAttributes", attributes);
                }
                return "InvokeLambdaFunction";
            }
            case "Transfer" -> {
                if ("Queue".equals(t.target)) {
                    return "TransferContactToQueue";
                }
                t.requireTarget("Flow", false);
                t.copy("ContactFlowId", "ContactFlowId");
                return "TransferToFlow";
            }
            case "SetQueue" -> {
                t.copy("Queue", "QueueId");
                return "UpdateContactTargetQueue";
            }
            case "CheckAttribute" -> {
                t.parameters.put("ComparisonValue", t.reference(t.value("Attribute"), t.value("Namespace")));
                return "Compare";
            }
            case "CheckHoursOfOperation" -> {
                return "CheckHoursOfOperation";
            }
            case "Disconnect" -> {
                return "DisconnectParticipant";
            }
            default -> {
                t.gaps.add("module type " + t.type + " has no mapping");
                return null;
            }
        }
    }

    private static void storeUserInput(Translation t) {
        t.prompt();
        t.copy("Timeout", "InputTimeLimitSeconds");
        t.parameters.put("StoreInput", "True");
        String inputType = t.value("CustomerInputType");
        if (inputType != null && !inputType.equals("Custom")) {
            t.gaps.add("CustomerInputType '" + inputType + "' has no mapping");
        }
        String maxDigits = t.value("MaxDigits");
        if (maxDigits != null) {
            t.parameters.put("InputValidation", Map.of("CustomValidation", Map.of("MaximumLength", maxDigits)));
        }
        String disableCancel = t.value("DisableCancel");
        if (disableCancel != null) {
            t.parameters.put("DTMFConfiguration",
                    Map.of("DisableCancelKey", Boolean.parseBoolean(disableCancel) ? "True" : "False"));
        }
        if (Boolean.parseBoolean(t.value("EncryptEntry"))) {
            t.gaps.add("EncryptEntry true has no mapping");
        }
    }

    private static void setRecordingBehavior(Translation t) {
        String option = t.value("RecordingBehaviorOption");
        String who = t.value("RecordingParticipantOption");
        List<String> recorded;
        if ("Disable".equals(option)) {
            recorded = List.of();
        } else if ("Enable".equals(option)) {
            recorded = switch (who == null ? "" : who) {
                case "Both" -> List.of("Agent", "Customer");
                case "Agent" -> List.of("Agent");
                case "Customer" -> List.of("Customer");
                default -> {
                    t.gaps.add("RecordingParticipantOption '" + who + "' has no mapping");
                    yield List.of();
                }
            };
        } else {
            t.gaps.add("RecordingBehaviorOption '" + option + "' has no mapping");
            recorded = List.of();
        }
        t.parameters.put("RecordingBehavior", Map.of("RecordedParticipants", recorded));
    }

    private static void startMediaStreaming(Translation t) {
        t.parameters.put("MediaStreamingState", "Enabled");
        t.copy("MediaStreamTypes", "MediaStreamType");
        List<String> directions = new ArrayList<>();
        for (String track : t.values("Track")) {
            switch (track) {
                case "FromCustomer" -> directions.add("From");
                case "ToCustomer" -> directions.add("To");
                default -> t.gaps.add("Track '" + track + "' has no mapping");
            }
        }
        t.parameters.put("Participants",
                List.of(Map.of("ParticipantType", "Customer", "MediaDirections", directions)));
    }

    private static Transitions branches(JsonNode node, String pointer, String id, ParseContext context,
            Translation t) {
        String next = null;
        List<Transitions.OnError> errors = new ArrayList<>();
        List<Transitions.OnCondition> conditions = new ArrayList<>();
        List<JsonNode> items = context.optionalArray(node, "branches", pointer, id);
        for (int i = 0; i < items.size(); i++) {
            String at = ParseContext.child(ParseContext.child(pointer, "branches"), i);
            JsonNode branch = items.get(i);
            if (!branch.isObject()) {
                throw context.error(id, at, "expected an object for a branch, found " + ParseContext.kind(branch));
            }
            String condition = context.requiredText(branch, "condition", at, id);
            String transition = context.requiredText(branch, "transition", at, id);
            if (condition.equals("Success")) {
                next = transition;
            } else if (ERROR_BRANCHES.containsKey(condition)) {
                errors.add(new Transitions.OnError(ERROR_BRANCHES.get(condition), transition));
            } else if (condition.equals("True") || condition.equals("False")) {
                conditions.add(new Transitions.OnCondition(Condition.of(Operator.EQUALS, condition), transition));
            } else if (condition.equals("Evaluate")) {
                String type = context.requiredText(branch, "conditionType", at, id);
                JsonNode value = branch.get("conditionValue");
                if (value == null || !value.isValueNode() || value.isNull()) {
                    throw context.error(id, ParseContext.child(at, "conditionValue"), value == null
                            ? "missing field conditionValue"
                            : "expected a string for conditionValue, found " + ParseContext.kind(value));
                }
                conditions.add(new Transitions.OnCondition(
                        new Condition(OPERATORS.getOrDefault(type, type), List.of(value.asText())), transition));
            } else {
                t.gaps.add("branch '" + condition + "' has no mapping");
            }
        }
        return new Transitions(next, errors, conditions);
    }

    private static List<Param> params(JsonNode node, String pointer, String id, ParseContext context) {
        List<Param> params = new ArrayList<>();
        List<JsonNode> items = context.optionalArray(node, "parameters", pointer, id);
        for (int i = 0; i < items.size(); i++) {
            String at = ParseContext.child(ParseContext.child(pointer, "parameters"), i);
            JsonNode item = items.get(i);
            if (!item.isObject()) {
                throw context.error(id, at, "expected an object for a parameter, found " + ParseContext.kind(item));
            }
            JsonNode value = ParseContext.optional(item, "value");
            if (value != null && !value.isValueNode()) {
                throw context.error(id, ParseContext.child(at, "value"),
                        "expected a string for value, found " + ParseContext.kind(value));
            }
            params.add(new Param(context.requiredText(item, "name", at, id), value == null ? null : value.asText(),
                    context.optionalText(item, "key", at, id), context.optionalText(item, "namespace", at, id)));
        }
        return params;
    }

    private static Map<String, Object> raw(List<Param> params, String target) {
        List<Object> list = new ArrayList<>();
        for (Param p : params) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("name", p.name);
            if (p.value != null) {
                item.put("value", p.value);
            }
            if (p.key != null) {
                item.put("key", p.key);
            }
            if (p.namespace != null) {
                item.put("namespace", p.namespace);
            }
            list.add(item);
        }
        Map<String, Object> raw = new LinkedHashMap<>();
        raw.put("parameters", list);
        if (target != null) {
            raw.put("target", target);
        }
        return raw;
    }

    /** One legacy parameter; value, key and namespace are null when absent. */
    private record Param(String name, String value, String key, String namespace) {
    }

    /** A module being translated: the legacy parameters not yet used, the current parameters, the gaps. */
    private static final class Translation {

        final String type;
        final String target;
        final List<Param> unused;
        final Map<String, Object> parameters = new LinkedHashMap<>();
        final List<String> gaps = new ArrayList<>();

        Translation(String type, String target, List<Param> params) {
            this.type = type;
            this.target = target;
            this.unused = new ArrayList<>(params);
        }

        /** The value of the first parameter of this name, as written (no namespace applied), marked used. */
        String value(String name) {
            for (Param p : unused) {
                if (p.name.equals(name)) {
                    unused.remove(p);
                    return p.value;
                }
            }
            return null;
        }

        /** The values of all parameters of this name, marked used. */
        List<String> values(String name) {
            List<String> values = new ArrayList<>();
            unused.removeIf(p -> p.name.equals(name) && values.add(p.value));
            return values;
        }

        /** Copies the first parameter of this name, its namespace applied, under a current name. */
        void copy(String legacyName, String currentName) {
            for (Param p : unused) {
                if (p.name.equals(legacyName)) {
                    unused.remove(p);
                    String value = reference(p.value, p.namespace);
                    if (value != null) {
                        parameters.put(currentName, value);
                    }
                    return;
                }
            }
        }

        void drop(String name) {
            unused.removeIf(p -> p.name.equals(name));
        }

        /** The parameters of this name as a map from their key to their value, namespaces applied. */
        Map<String, Object> keyed(String name) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (Param p : List.copyOf(unused)) {
                if (p.name.equals(name)) {
                    unused.remove(p);
                    if (p.key == null) {
                        gaps.add(name + " parameter without a key");
                    } else {
                        String value = reference(p.value, p.namespace);
                        map.put(p.key, value == null ? "" : value);
                    }
                }
            }
            return map;
        }

        /** The current value for the first parameter of this name, by table. */
        String choose(String name, Map<String, String> table) {
            String value = value(name);
            String chosen = value == null ? null : table.get(value);
            if (chosen == null) {
                gaps.add(name + " '" + value + "' has no mapping");
                return "";
            }
            return chosen;
        }

        /** Text / SSML / PromptId from Text, TextToSpeechType and AudioPrompt. */
        void prompt() {
            String speech = value("TextToSpeechType");
            if (speech != null && !speech.equals("text") && !speech.equals("ssml")) {
                gaps.add("TextToSpeechType '" + speech + "' has no mapping");
            }
            copy("Text", "ssml".equals(speech) ? "SSML" : "Text");
            copy("AudioPrompt", "PromptId");
        }

        void requireTarget(String expected, boolean orNone) {
            if (target == null ? !orNone : !target.equals(expected)) {
                gaps.add("target " + (target == null ? "(none)" : "'" + target + "'") + " has no mapping");
            }
        }

        /** A value with its namespace applied: as written, or a {@code $.} reference. */
        String reference(String value, String namespace) {
            if (namespace == null || value == null) {
                return value;
            }
            switch (namespace) {
                case "User Defined":
                    return "$.Attributes." + value;
                case "External":
                    return "$.External." + value;
                case "System":
                    String path = SYSTEM.get(value.toLowerCase(Locale.ROOT));
                    if (path == null) {
                        gaps.add("System attribute '" + value + "' has no mapping");
                    }
                    return path;
                default:
                    gaps.add("namespace '" + namespace + "' has no mapping");
                    return null;
            }
        }
    }
}
