package dev.connectsim.flow;

import com.fasterxml.jackson.databind.JsonNode;
import dev.connectsim.flow.action.Action;
import dev.connectsim.flow.action.ActionTypes;
import dev.connectsim.flow.action.Condition;
import dev.connectsim.flow.action.Envelope;
import dev.connectsim.flow.action.Operator;
import dev.connectsim.flow.action.Transitions;
import dev.connectsim.flow.action.Unsupported;
import dev.connectsim.text.NearestName;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the legacy (pre-2020) export format, {@code {"modules": [...], "start": id, "version": "1", "type":
 * "contactFlow", "metadata": {"name": ...}}}, into the same model as the current language: each module becomes
 * the current action that does the same thing, with current parameter names and Connect's error types
 * ({@link LegacyModules} translates each type).
 *
 * <h2>Modules</h2>
 * <table>
 * <caption>Legacy module type to current action type</caption>
 * <tr><th>Legacy module (target)</th><th>Current action</th><th>Parameters and branches</th></tr>
 * <tr><td>PlayPrompt, PlayAudio</td><td>MessageParticipant</td><td>Text with TextToSpeechType text → Text, ssml
 *     → SSML; AudioPrompt → PromptId</td></tr>
 * <tr><td>GetUserInput (Digits)</td><td>GetParticipantInput, StoreInput False</td><td>prompt as PlayPrompt;
 *     Timeout → InputTimeLimitSeconds; MaxDigits dropped (one digit)</td></tr>
 * <tr><td>StoreUserInput, StoreCustomerInput</td><td>GetParticipantInput, StoreInput True</td><td>prompt as
 *     PlayPrompt; Timeout → InputTimeLimitSeconds; CustomerInputType Custom with MaxDigits →
 *     InputValidation.CustomValidation.MaximumLength; PhoneNumber with PhoneNumberFormat Local/International and
 *     CountryCode → InputValidation.PhoneNumberValidation (NumberFormat Local/E164), branch InvalidNumber →
 *     InvalidPhoneNumber; DisableCancel → DTMFConfiguration.DisableCancelKey; TerminatorDigits →
 *     DTMFConfiguration.InputTerminationSequence; EncryptEntry false dropped</td></tr>
 * <tr><td>SetAttributes</td><td>UpdateContactAttributes</td><td>each Attribute: key → value</td></tr>
 * <tr><td>SetScreenPop</td><td>UpdateContactAttributes</td><td>key and value → one attribute</td></tr>
 * <tr><td>SetLoggingBehavior</td><td>UpdateFlowLoggingBehavior</td><td>LoggingBehavior Enable/Disable →
 *     FlowLoggingBehavior Enabled/Disabled</td></tr>
 * <tr><td>SetRecordingBehavior</td><td>UpdateContactRecordingBehavior</td><td>RecordingBehaviorOption
 *     Enable with RecordingParticipantOption Both/Agent/Customer → RecordingBehavior.RecordedParticipants
 *     [Agent, Customer]/[Agent]/[Customer]; Disable → []</td></tr>
 * <tr><td>StartMediaStreaming</td><td>UpdateContactMediaStreamingBehavior</td><td>MediaStreamingState
 *     Enabled; MediaStreamTypes → MediaStreamType; Track FromCustomer/ToCustomer → Participants [Customer]
 *     MediaDirections From/To; ParticipantTypes Customer → both directions</td></tr>
 * <tr><td>StopMediaStreaming</td><td>UpdateContactMediaStreamingBehavior</td><td>MediaStreamingState
 *     Disabled</td></tr>
 * <tr><td>InvokeExternalResource (Lambda)</td><td>InvokeLambdaFunction</td><td>FunctionArn →
 *     LambdaFunctionARN; TimeLimit → InvocationTimeLimitSeconds; each Parameter: key → value in
 *     LambdaInvocationAttributes (left out when there is none)</td></tr>
 * <tr><td>Transfer (Flow), TransferToFlow</td><td>TransferToFlow</td><td>ContactFlowId</td></tr>
 * <tr><td>Transfer (Queue), CustomerInQueue</td><td>TransferContactToQueue</td><td>none</td></tr>
 * <tr><td>Transfer (PhoneNumber)</td><td>TransferParticipantToThirdParty</td><td>PhoneNumber →
 *     ThirdPartyPhoneNumber; Timeout → ThirdPartyConnectionTimeLimitSeconds; BlindTransfer true/false →
 *     ContinueFlowExecution False/True; branches CallFailed → CallFailed, Timeout →
 *     ConnectionTimeLimitExceeded</td></tr>
 * <tr><td>SetQueue</td><td>UpdateContactTargetQueue</td><td>Queue → QueueId; Agent → AgentId</td></tr>
 * <tr><td>CheckAttribute</td><td>Compare</td><td>Attribute and Namespace → ComparisonValue, a
 *     reference</td></tr>
 * <tr><td>CheckHoursOfOperation</td><td>CheckHoursOfOperation</td><td>Hours → HoursOfOperationId (else the
 *     queue's hours)</td></tr>
 * <tr><td>CheckStaffing</td><td>CheckMetricData</td><td>Status Available/Staffed/Online → MetricType
 *     NumberOfAgentsAvailable/Staffed/Online; Queue/Agent as SetQueue; True → condition NumberGreaterThan 0,
 *     False → NoMatchingCondition</td></tr>
 * <tr><td>CheckQueueStatus</td><td>CheckMetricData</td><td>branch CheckQueueTime → a condition on
 *     OldestContactInQueueAgeSeconds, its value from milliseconds to seconds; CheckQueueCapacity → on
 *     NumberOfContactsInQueue; Queue/Agent as SetQueue</td></tr>
 * <tr><td>PercentileBranching</td><td>DistributeByPercentage</td><td>each Evaluate branch's conditionValue is its
 *     percentage → a chain of NumberLessThan conditions (20% then 40%: less than 21, less than 61); NoMatch →
 *     NoMatchingCondition</td></tr>
 * <tr><td>GetMetricData</td><td>GetMetricData</td><td>Queue/Agent as SetQueue; QueueChannel</td></tr>
 * <tr><td>Disconnect</td><td>DisconnectParticipant</td><td>none</td></tr>
 * <tr><td>Resume</td><td>EndFlowExecution</td><td>none (the "End flow / Resume" block)</td></tr>
 * <tr><td>SetVoice</td><td>UpdateContactTextToSpeechVoice</td><td>GlobalVoice → TextToSpeechVoice;
 *     GlobalEngine → TextToSpeechEngine</td></tr>
 * <tr><td>SetEventHook, SetContactFlow</td><td>UpdateContactEventHooks</td><td>Type and ContactFlowId →
 *     EventHooks {Type: flow}</td></tr>
 * <tr><td>Loop</td><td>Loop</td><td>LoopCount; branches Looping → ContinueLooping, Complete →
 *     DoneLooping</td></tr>
 * <tr><td>LoopPrompts</td><td>MessageParticipantIteratively</td><td>each Text (key ssml → SSML) and AudioPrompt
 *     → one of Messages, in order; InterruptSeconds → InterruptFrequencySeconds; branch Timeout →
 *     MessagesInterrupted</td></tr>
 * <tr><td>CreateCallback</td><td>CreateCallbackContact</td><td>InitialDelaySeconds → InitialCallDelaySeconds;
 *     RetryDelaySeconds; MaxRetryAttempts → MaximumConnectionAttempts; Queue/Agent as SetQueue</td></tr>
 * <tr><td>SetCallBackNumber</td><td>UpdateContactCallbackNumber</td><td>CallBackNumber → CallbackNumber;
 *     branches InvalidPhoneNumber → InvalidCallbackNumber, NonDialableNumber → CallbackNumberNotDialable</td></tr>
 * </table>
 *
 * <h2>Branches</h2>
 * Unless the module's row says otherwise: {@code Success} → NextAction; {@code Error} → NoMatchingError;
 * {@code NoMatch} → NoMatchingCondition; {@code Timeout} → InputTimeLimitExceeded; {@code AtCapacity} →
 * QueueAtCapacity; {@code True} and {@code False} → conditions Equals True and Equals False; {@code Evaluate} with
 * {@code conditionType} and {@code conditionValue} → a condition, conditionType Equals → Equals, Contains →
 * TextContains, StartsWith → TextStartsWith, EndsWith → TextEndsWith, GreaterThan → NumberGreaterThan,
 * GreaterThanOrEqualTo → NumberGreaterOrEqualTo, LessThan → NumberLessThan, LessThanOrEqualTo →
 * NumberLessOrEqualTo (any other conditionType is kept as the operator name, for validation).
 *
 * <h2>Values</h2>
 * A parameter's {@code namespace} makes its value a reference: none → the value as written (which may hold
 * {@code $.} templates), or its {@code resourceName} when the value is empty; {@code User Defined} →
 * {@code $.Attributes.<value>}; {@code External} → {@code $.External.<value>}; {@code System} and
 * {@code Metrics} → the attribute of that name ({@link LegacyAttributes}: {@code Queue.ARN} →
 * {@code $.Queue.ARN}, {@code Customer Number} → {@code $.CustomerEndpoint.Address}, {@code Metrics.Queue.Size}
 * → {@code $.Metrics.Queue.Size} ...).
 *
 * <h2>No mapping</h2>
 * A module of another type (with the nearest mapped type when one is close), another target, a parameter,
 * branch, namespace or System attribute not listed here, becomes {@link Unsupported} with its legacy type and a
 * reason naming what has no mapping; its raw parameters are {@code {"parameters": [...], "target": ...}} as
 * written (null fields left out), and its transitions keep the branches that do map.
 */
final class LegacyFlowMapper {

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
        List<LegacyModule.Param> params = params(node, pointer, id, context);
        List<String> branchNames = new ArrayList<>();
        for (JsonNode branch : context.optionalArray(node, "branches", pointer, id)) {
            JsonNode condition = branch.isObject() ? branch.get("condition") : null;
            branchNames.add(condition != null && condition.isTextual() ? condition.asText() : "");
        }
        LegacyModule m = new LegacyModule(type, target, params, branchNames);
        String currentType = LegacyModules.translate(m);
        if (currentType == null) {
            m.gaps.add("module type " + type + " has no mapping" + NearestName.hint(LegacyModules.TYPES, type));
        } else {
            m.unused.forEach(p -> m.gaps.add("parameter '" + p.name() + "' has no mapping"));
        }
        Transitions transitions = branches(node, pointer, id, context, m);
        String at = context.base() + pointer;
        if (!m.gaps.isEmpty()) {
            return new Unsupported(new Envelope(id, transitions, raw(params, target), at), type,
                    "legacy module " + type + (target == null ? "" : " (target " + target + ")") + ": "
                            + String.join("; ", m.gaps));
        }
        return ActionTypes.create(currentType, new Envelope(id, transitions, m.parameters, at));
    }

    private static Transitions branches(JsonNode node, String pointer, String id, ParseContext context,
            LegacyModule m) {
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
            if (m.conditionBranches.containsKey(condition)) {
                conditions.add(new Transitions.OnCondition(m.conditionBranches.get(condition), transition));
            } else if (m.errorBranches.containsKey(condition)) {
                errors.add(new Transitions.OnError(m.errorBranches.get(condition), transition));
            } else if (condition.equals("Success")) {
                next = transition;
            } else if (ERROR_BRANCHES.containsKey(condition)) {
                errors.add(new Transitions.OnError(ERROR_BRANCHES.get(condition), transition));
            } else if (condition.equals("True") || condition.equals("False")) {
                conditions.add(new Transitions.OnCondition(Condition.of(Operator.EQUALS, condition), transition));
            } else if (m.evaluatedBranches.containsKey(condition)) {
                conditions.add(new Transitions.OnCondition(
                        m.evaluatedBranches.get(condition).apply(evaluate(branch, at, id, context)), transition));
            } else if (condition.equals("Evaluate")) {
                conditions.add(new Transitions.OnCondition(evaluate(branch, at, id, context), transition));
            } else {
                m.gaps.add("branch '" + condition + "' has no mapping");
            }
        }
        return new Transitions(next, errors, conditions);
    }

    /** The condition of an Evaluate branch: its conditionType as an operator, its conditionValue. */
    private static Condition evaluate(JsonNode branch, String at, String id, ParseContext context) {
        String type = context.requiredText(branch, "conditionType", at, id);
        JsonNode value = branch.get("conditionValue");
        if (value == null || !value.isValueNode() || value.isNull()) {
            throw context.error(id, ParseContext.child(at, "conditionValue"), value == null
                    ? "missing field conditionValue"
                    : "expected a string for conditionValue, found " + ParseContext.kind(value));
        }
        return new Condition(OPERATORS.getOrDefault(type, type), List.of(value.asText()));
    }

    private static List<LegacyModule.Param> params(JsonNode node, String pointer, String id, ParseContext context) {
        List<LegacyModule.Param> params = new ArrayList<>();
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
            params.add(new LegacyModule.Param(context.requiredText(item, "name", at, id),
                    value == null ? null : value.asText(), context.optionalText(item, "key", at, id),
                    context.optionalText(item, "namespace", at, id),
                    context.optionalText(item, "resourceName", at, id)));
        }
        return params;
    }

    private static Map<String, Object> raw(List<LegacyModule.Param> params, String target) {
        List<Object> list = new ArrayList<>();
        for (LegacyModule.Param p : params) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("name", p.name());
            if (p.value() != null) {
                item.put("value", p.value());
            }
            if (p.key() != null) {
                item.put("key", p.key());
            }
            if (p.namespace() != null) {
                item.put("namespace", p.namespace());
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
}
