package dev.connectsim.flow.lint;

import dev.connectsim.flow.action.Action;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parameters the reference pages say an action must have are there, and hold text, for the Customer profiles,
 * Cases, task, chat, view, Wisdom and Lex actions ({@link #REQUIRED}); and the limits those pages give: at most five
 * SearchCriteria, joined by a LogicalOperator AND or OR; GetCustomerProfileObject's UseLatest or IdentifierName and
 * IdentifierValue; CreateTask's DelaySeconds from 1 to 518400 and never with ScheduledTime; StartOutboundChatContact's
 * ContactSubtype connect:SMS; a Lex bot, V2 or V1.
 */
final class RequiredParameterRule extends Rule {

    /** The parameters each type requires, as paths inside Parameters, with what each is for. */
    static final Map<String, Map<String, String>> REQUIRED = required();

    private static final int MAX_SEARCH_CRITERIA = 5;
    private static final int MAX_TASK_DELAY_SECONDS = 518_400;

    RequiredParameterRule() {
        super("required-parameter", Severity.ERROR, "the parameters the reference requires of the Customer profiles,"
                + " Cases, CreateTask, StartOutboundChatContact, ShowView, CreateWisdomSession and Lex actions are"
                + " there, within their documented limits");
    }

    private static Map<String, Map<String, String>> required() {
        Map<String, Map<String, String>> t = new LinkedHashMap<>();
        t.put("AssociateContactToCustomerProfile", Map.of("ProfileRequestData/ProfileId", "the profile",
                "ProfileRequestData/ContactId", "the contact to associate, usually $.ContactId"));
        t.put("GetCustomerProfileObject", Map.of("ProfileRequestData/ProfileId", "the profile",
                "ProfileRequestData/ObjectType", "the type of object to read"));
        t.put("GetCalculatedAttributesForCustomerProfile", Map.of("ProfileRequestData/ProfileId", "the profile"));
        t.put("CreateCase", Map.of("CaseTemplateId", "the case template"));
        t.put("GetCase", Map.of("CustomerId", "the customer whose cases to search"));
        t.put("UpdateCase", Map.of("CaseId", "the case to update"));
        t.put("CreateTask", Map.of("ContactFlowId", "the flow the task runs", "Name", "the task's name"));
        t.put("CreateWisdomSession", Map.of("WisdomAssistantArn", "the Amazon Q in Connect assistant"));
        t.put("ShowView", Map.of("ViewResource/Id", "the view to show"));
        t.put("StartOutboundChatContact", Map.of("SourceEndpoint/Address", "the instance's number to send from",
                "DestinationEndpoint/Address", "the customer's number", "ContactFlowArn", "the flow the chat runs",
                "ContactSubtype", "connect:SMS"));
        return t;
    }

    @Override
    void check(Check check) {
        for (Action action : check.flow().actions()) {
            REQUIRED.getOrDefault(action.type(), Map.of()).entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(entry -> requireText(check, action, entry.getKey(), entry.getValue()));
            switch (action.type()) {
                case "GetCustomerProfile" -> search(check, action);
                case "GetCustomerProfileObject" -> objectSearch(check, action);
                case "CreateTask" -> taskDelay(check, action);
                case "StartOutboundChatContact" -> chatSubtype(check, action);
                case "ConnectParticipantWithLexBot" -> lexBot(check, action);
                default -> {
                }
            }
        }
    }

    private static void requireText(Check check, Action action, String path, String what) {
        Object value = at(action.parameters(), path);
        String pointer = "/Parameters/" + path;
        String name = path.replace('/', '.');
        if (value == null) {
            check.report(action, "/Parameters", action.type() + " needs " + name + " (" + what + "), which is"
                    + " missing", "set " + name + " to " + what);
        } else if (!(value instanceof String text) || text.isEmpty()) {
            check.report(action, pointer, name + " must be text (" + what + "), found " + (value instanceof String
                    ? "empty text" : Words.kind(value)), "set " + name + " to " + what);
        }
    }

    private static void search(Check check, Action action) {
        Object request = action.parameters().get("ProfileRequestData");
        String hint = "give ProfileRequestData an IdentifierName (such as _phone) and an IdentifierValue (such as"
                + " $.CustomerEndpoint.Address), or SearchCriteria and a LogicalOperator";
        if (!(request instanceof Map<?, ?> data)) {
            check.report(action, "/Parameters", "GetCustomerProfile needs ProfileRequestData, an object with the"
                    + " search identifiers, found " + (request == null ? "none" : Words.kind(request)), hint);
            return;
        }
        boolean single = data.get("IdentifierName") instanceof String
                && (data.get("IdentifierValue") instanceof String || data.get("IdentiferValue") instanceof String);
        Object criteria = data.get("SearchCriteria");
        if (single) {
            return;
        }
        if (!(criteria instanceof List<?> list) || list.isEmpty()) {
            check.report(action, "/Parameters/ProfileRequestData", "GetCustomerProfile needs a search identifier:"
                    + " IdentifierName and IdentifierValue, or SearchCriteria; found neither", hint);
            return;
        }
        if (list.size() > MAX_SEARCH_CRITERIA) {
            check.report(action, "/Parameters/ProfileRequestData/SearchCriteria", "GetCustomerProfile searches by"
                    + " at most " + MAX_SEARCH_CRITERIA + " identifiers, found " + list.size(),
                    "keep " + MAX_SEARCH_CRITERIA + " SearchCriteria at most");
        }
        Object operator = data.get("LogicalOperator");
        if (!"AND".equals(operator) && !"OR".equals(operator)) {
            check.report(action, "/Parameters/ProfileRequestData", "SearchCriteria needs a LogicalOperator, AND or"
                    + " OR, found " + (operator instanceof String text ? Words.quote(text) : operator == null ? "none"
                            : Words.kind(operator)), "set LogicalOperator to AND (every identifier matches) or OR");
        }
    }

    private static void objectSearch(Check check, Action action) {
        Object request = action.parameters().get("ProfileRequestData");
        if (!(request instanceof Map<?, ?> data)) {
            return;
        }
        boolean latest = data.containsKey("UseLatest") || data.containsKey("UseLatset");
        boolean identifier = data.get("IdentifierName") instanceof String
                && data.get("IdentifierValue") instanceof String;
        if (!latest && !identifier) {
            check.report(action, "/Parameters/ProfileRequestData", "GetCustomerProfileObject needs UseLatest, or"
                    + " IdentifierName and IdentifierValue, to say which object to read; found neither",
                    "set UseLatest to true, or give IdentifierName and IdentifierValue");
        }
    }

    private static void taskDelay(Check check, Action action) {
        Object delay = action.parameters().get("DelaySeconds");
        if (delay != null && action.parameters().containsKey("ScheduledTime")) {
            check.report(action, "/Parameters/DelaySeconds", "CreateTask takes DelaySeconds or ScheduledTime, not"
                    + " both", "remove one of them");
        }
        if (delay instanceof String text && !Words.isDynamic(text) && !(text.matches("\\d{1,6}")
                && Integer.parseInt(text) >= 1 && Integer.parseInt(text) <= MAX_TASK_DELAY_SECONDS)) {
            check.report(action, "/Parameters/DelaySeconds", "DelaySeconds must be a whole number from 1 to "
                    + MAX_TASK_DELAY_SECONDS + " (6 days), was " + Words.quote(text),
                    "set DelaySeconds from 1 to " + MAX_TASK_DELAY_SECONDS);
        }
    }

    private static void chatSubtype(Check check, Action action) {
        if (action.parameters().get("ContactSubtype") instanceof String subtype && !subtype.equals("connect:SMS")) {
            check.report(action, "/Parameters/ContactSubtype", "StartOutboundChatContact supports only the"
                    + " ContactSubtype connect:SMS, was " + Words.quote(subtype), "set ContactSubtype to connect:SMS");
        }
    }

    private static void lexBot(Check check, Action action) {
        boolean v2 = at(action.parameters(), "LexV2Bot/AliasArn") instanceof String;
        boolean v1 = at(action.parameters(), "LexBot/Name") instanceof String;
        if (!v2 && !v1) {
            check.report(action, "/Parameters", "ConnectParticipantWithLexBot needs a bot: LexV2Bot.AliasArn, or"
                    + " LexBot.Name, found neither", "set LexV2Bot to {\"AliasArn\": \"<the bot alias ARN>\"}");
        }
    }

    private static Object at(Map<String, Object> parameters, String path) {
        Object value = parameters;
        for (String key : path.split("/")) {
            if (!(value instanceof Map<?, ?> map)) {
                return null;
            }
            value = map.get(key);
        }
        return value;
    }
}
