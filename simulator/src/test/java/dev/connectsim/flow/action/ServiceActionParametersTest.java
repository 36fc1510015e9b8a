package dev.connectsim.flow.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.connectsim.flow.FlowParser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The typed components of the Customer profiles, Cases, task, chat, view, Wisdom and Lex actions, read from their
 * parameters as the reference pages write them; a parameter of the wrong shape reads as absent.
 */
class ServiceActionParametersTest {

    /** The one action of a flow file whose action has {@code type} and {@code parameters} (JSON). */
    private static <A extends Action> A parsed(String type, String parameters, Class<A> record) {
        String flow = """
                {"Version": "2019-10-30", "StartAction": "a1", "Actions": [
                  {"Identifier": "a1", "Type": "%s", "Parameters": %s, "Transitions": {}}]}
                """.formatted(type, parameters);
        return assertInstanceOf(record, FlowParser.parseText("flows/t.json", flow).actions().get(0));
    }

    @Test
    void getCustomerProfileReadsOneIdentifierAndTheResponseFieldsTheEditorWritesAsAList() {
        GetCustomerProfile get = parsed("GetCustomerProfile", """
                {"ProfileRequestData": {"IdentifierName": "_phone", "IdentifierValue": "$.CustomerEndpoint.Address"},
                 "ProfileResponseData": ["FirstName", "LastName", "Attributes.tier"]}""", GetCustomerProfile.class);

        assertEquals(List.of(Map.entry("_phone", "$.CustomerEndpoint.Address")), get.criteria());
        assertEquals(List.of("FirstName", "LastName", "Attributes.tier"), get.responseFields());
        assertNull(get.logicalOperator());
    }

    @Test
    void getCustomerProfileReadsSearchCriteriaTheOperatorAndTheReferencePagesSpellingOfIdentifierValue() {
        GetCustomerProfile criteria = parsed("GetCustomerProfile", """
                {"ProfileRequestData": {"SearchCriteria": [{"IdentifierName": "_email", "IdentifierValue": "a@b.c"},
                   {"IdentifierName": "_account"}, {"IdentifierName": "_phone", "IdentifierValue": "+15550100"}],
                   "LogicalOperator": "OR"},
                 "ProfileResponseData": {"FirstName": "", "City": ""}}""", GetCustomerProfile.class);
        GetCustomerProfile misspelt = parsed("GetCustomerProfile",
                "{\"ProfileRequestData\": {\"IdentifierName\": \"_phone\", \"IdentiferValue\": \"+15550100\"}}",
                GetCustomerProfile.class);

        assertEquals(List.of(Map.entry("_email", "a@b.c"), Map.entry("_phone", "+15550100")), criteria.criteria(),
                "an item without its value is left out");
        assertEquals("OR", criteria.logicalOperator());
        assertEquals(List.of("FirstName", "City"), criteria.responseFields(), "the page draws them as an object");
        assertEquals(List.of(Map.entry("_phone", "+15550100")), misspelt.criteria());
    }

    @Test
    void aProfileRequestThatIsNoObjectReadsAsNoSearchAtAll() {
        GetCustomerProfile get = parsed("GetCustomerProfile", "{\"ProfileRequestData\": \"_phone\"}",
                GetCustomerProfile.class);

        assertEquals(List.of(), get.criteria());
        assertEquals(List.of(), get.responseFields());
    }

    @Test
    void createAndUpdateCustomerProfileReadTheFieldsToSetInFileOrder() {
        CreateCustomerProfile create = parsed("CreateCustomerProfile", """
                {"ProfileRequestData": {"PhoneNumber": "$.CustomerEndpoint.Address", "FirstName": "Unknown",
                   "Attributes.source": "ivr", "Address": {"City": "x"}},
                 "ProfileResponseData": ["ProfileId", "PhoneNumber"]}""", CreateCustomerProfile.class);
        UpdateCustomerProfile update = parsed("UpdateCustomerProfile",
                "{\"ProfileRequestData\": {\"LastName\": \"$.StoredCustomerInput\"}}", UpdateCustomerProfile.class);

        assertEquals(List.of("PhoneNumber", "FirstName", "Attributes.source"),
                List.copyOf(create.requestFields().keySet()), "a value that is no text is left out");
        assertEquals(List.of("ProfileId", "PhoneNumber"), create.responseFields());
        assertEquals(Map.of("LastName", "$.StoredCustomerInput"), update.requestFields());
        assertEquals(List.of(), update.responseFields());
    }

    @Test
    void associateGetObjectAndCalculatedAttributesReadTheProfileTheyConcern() {
        AssociateContactToCustomerProfile associate = parsed("AssociateContactToCustomerProfile",
                "{\"ProfileRequestData\": {\"ProfileId\": \"$.Customer.ProfileId\", \"ContactId\": \"$.ContactId\"}}",
                AssociateContactToCustomerProfile.class);
        GetCustomerProfileObject object = parsed("GetCustomerProfileObject", """
                {"ProfileRequestData": {"ProfileId": "$.Customer.ProfileId", "ObjectType": "Asset",
                   "UseLatset": "true"}, "ProfileResponseData": ["AssetStatus"]}""", GetCustomerProfileObject.class);
        GetCalculatedAttributesForCustomerProfile calculated = parsed("GetCalculatedAttributesForCustomerProfile",
                "{\"ProfileRequestData\": {\"ProfileId\": \"p1\"}, \"ProfileResponseData\":"
                        + " [\"CalculatedAttributes._frequent_caller\"]}",
                GetCalculatedAttributesForCustomerProfile.class);
        AssociateContactToCustomerProfile flat = parsed("AssociateContactToCustomerProfile",
                "{\"ProfileId\": \"p1\", \"ContactId\": \"$.ContactId\"}", AssociateContactToCustomerProfile.class);

        assertEquals("$.Customer.ProfileId", associate.profileId());
        assertEquals("$.ContactId", associate.contactId());
        assertEquals("Asset", object.objectType());
        assertEquals("true", object.useLatest(), "one page spells it UseLatset");
        assertNull(object.identifierName());
        assertEquals(List.of("AssetStatus"), object.responseFields());
        assertEquals("p1", calculated.profileId());
        assertEquals(List.of("CalculatedAttributes._frequent_caller"), calculated.responseFields());
        assertNull(flat.profileId(), "outside ProfileRequestData the ids are not read");
    }

    @Test
    void theCasesActionsReadTheirCaseCustomerTemplateAndFields() {
        CreateCase create = parsed("CreateCase", """
                {"LinkContactToCase": "true", "CaseTemplateId": "t-1",
                 "CaseRequestFields": {"title": "Call from $.CustomerEndpoint.Address",
                   "customer_id": "$.Customer.ProfileId"}}""",
                CreateCase.class);
        GetCase get = parsed("GetCase", """
                {"GetLastUpdatedCase": "true", "CustomerId": "$.Customer.ProfileId",
                 "CaseRequestFields": {"status": "open"}, "CaseResponseFields": ["title", "status"]}""", GetCase.class);
        UpdateCase update = parsed("UpdateCase", "{\"CaseId\": \"$.Case.CaseId\", \"CaseRequestFields\": [\"x\"]}",
                UpdateCase.class);

        assertEquals("true", create.linkContactToCase());
        assertEquals("t-1", create.caseTemplateId());
        assertEquals(List.of("title", "customer_id"), List.copyOf(create.caseRequestFields().keySet()));
        assertEquals("true", get.getLastUpdatedCase());
        assertNull(get.linkContactToCase());
        assertEquals("$.Customer.ProfileId", get.customerId());
        assertEquals(Map.of("status", "open"), get.caseRequestFields());
        assertEquals(List.of("title", "status"), get.caseResponseFields());
        assertEquals("$.Case.CaseId", update.caseId());
        assertEquals(Map.of(), update.caseRequestFields(), "fields that are no object read as none");
    }

    @Test
    void theTaskChatViewWisdomAndLexActionsReadWhatTheyNeed() {
        CreateTask task = parsed("CreateTask", """
                {"ContactFlowId": "Task Flow", "Name": "Call back $.CustomerEndpoint.Address", "DelaySeconds": "60",
                 "Attributes": {"a": "b"}}""", CreateTask.class);
        StartOutboundChatContact chat = parsed("StartOutboundChatContact", """
                {"SourceEndpoint": {"Address": "arn:x", "Type": "CONNECT_PHONENUMBER_ARN"},
                 "DestinationEndpoint": {"Address": "$.CustomerEndpoint.Address", "Type": "TELEPHONE_NUMBER"},
                 "ContactFlowArn": "arn:flow", "ContactSubtype": "connect:SMS"}""", StartOutboundChatContact.class);
        ShowView view = parsed("ShowView", "{\"ViewResource\": {\"Id\": \"v-1\", \"Version\": \"1\"},"
                + " \"InvocationTimeLimitSeconds\": 400}", ShowView.class);
        CreateWisdomSession wisdom = parsed("CreateWisdomSession", "{\"WisdomAssistantArn\": \"arn:wisdom\"}",
                CreateWisdomSession.class);
        ConnectParticipantWithLexBot lex = parsed("ConnectParticipantWithLexBot", """
                {"Text": "How can I help?", "LexV2Bot": {"AliasArn": "arn:lex"},
                 "LexSessionAttributes": {"caller": "$.CustomerEndpoint.Address"}}""",
                ConnectParticipantWithLexBot.class);

        assertEquals("Task Flow", task.contactFlowId());
        assertEquals("Call back $.CustomerEndpoint.Address", task.name());
        assertEquals("60", task.delaySeconds());
        assertNull(task.scheduledTime());
        assertEquals("CONNECT_PHONENUMBER_ARN", chat.sourceType());
        assertEquals("$.CustomerEndpoint.Address", chat.destinationAddress());
        assertEquals("TELEPHONE_NUMBER", chat.destinationType());
        assertEquals("arn:flow", chat.contactFlowArn());
        assertEquals("connect:SMS", chat.contactSubtype());
        assertEquals("v-1", view.viewId());
        assertEquals("400", view.invocationTimeLimitSeconds(), "a JSON number is kept as its text");
        assertEquals("arn:wisdom", wisdom.wisdomAssistantArn());
        assertEquals("arn:lex", lex.lexV2AliasArn());
        assertNull(lex.lexBotName());
        assertEquals("How can I help?", lex.prompt().text());
        assertEquals(Map.of("caller", "$.CustomerEndpoint.Address"), lex.sessionAttributes());
    }
}
