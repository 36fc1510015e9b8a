package dev.connectsim.flow.lint;

import static dev.connectsim.flow.lint.Lint.actions;
import static dev.connectsim.flow.lint.Lint.findings;
import static dev.connectsim.flow.lint.Lint.none;
import static dev.connectsim.flow.lint.Lint.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.connectsim.flow.Flow;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** required-parameter. */
class RequiredParameterRuleTest {

    private static Flow one(String type, String singleQuotedParameters) {
        return actions("{'Identifier': 'start', 'Type': '" + type + "', 'Parameters': " + singleQuotedParameters
                + ", 'Transitions': {}}");
    }

    @Test
    void associatingAContactNeedsTheProfileAndTheContactNamingWhatIsMissing() {
        Finding finding = only("required-parameter", one("AssociateContactToCustomerProfile",
                "{'ProfileRequestData': {'ProfileId': '$.Customer.ProfileId'}}"));

        assertEquals(Severity.ERROR, finding.severity());
        assertEquals("/Actions/0/Parameters", finding.pointer());
        assertEquals("AssociateContactToCustomerProfile needs ProfileRequestData.ContactId (the contact to associate,"
                + " usually $.ContactId), which is missing", finding.message());
        none("required-parameter", one("AssociateContactToCustomerProfile",
                "{'ProfileRequestData': {'ProfileId': '$.Customer.ProfileId', 'ContactId': '$.ContactId'}}"));
    }

    @Test
    void aRequiredParameterThatIsNoTextIsReportedWhereItIs() {
        Finding finding = only("required-parameter", one("UpdateCase", "{'CaseId': {'Id': 'c-1'}}"));

        assertEquals("/Actions/0/Parameters/CaseId", finding.pointer());
        assertEquals("CaseId must be text (the case to update), found an object", finding.message());
    }

    @Test
    void eachCasesProfileTaskChatViewAndWisdomActionWithNoParametersIsToldWhatItNeeds() {
        List<String> types = List.of("GetCustomerProfileObject", "GetCalculatedAttributesForCustomerProfile",
                "CreateCase", "GetCase", "CreateTask", "CreateWisdomSession", "ShowView", "StartOutboundChatContact",
                "GetCustomerProfile", "ConnectParticipantWithLexBot");
        List<Long> counts = types.stream().map(t -> (long) findings("required-parameter", one(t, "{}")).size())
                .toList();

        assertEquals(List.of(2L, 1L, 1L, 1L, 2L, 1L, 1L, 4L, 1L, 1L), counts);
    }

    @Test
    void getCustomerProfileNeedsAnIdentifierOrAtMostFiveCriteriaJoinedByAndOrOr() {
        Finding neither = only("required-parameter", one("GetCustomerProfile", "{'ProfileRequestData': {}}"));
        String criterion = "{'IdentifierName': '_phone', 'IdentifierValue': '+15550100'}";
        Flow six = one("GetCustomerProfile", "{'ProfileRequestData': {'LogicalOperator': 'OR', 'SearchCriteria': ["
                + String.join(", ", Collections.nCopies(6, criterion)) + "]}}");
        Finding noOperator = only("required-parameter", one("GetCustomerProfile",
                "{'ProfileRequestData': {'SearchCriteria': [" + criterion + "]}}"));

        assertEquals("GetCustomerProfile needs a search identifier: IdentifierName and IdentifierValue, or"
                + " SearchCriteria; found neither", neither.message());
        assertEquals("GetCustomerProfile searches by at most 5 identifiers, found 6",
                only("required-parameter", six).message());
        assertEquals("SearchCriteria needs a LogicalOperator, AND or OR, found none", noOperator.message());
        none("required-parameter", one("GetCustomerProfile",
                "{'ProfileRequestData': {'IdentifierName': '_phone', 'IdentifierValue': '$.CustomerEndpoint.Address'}}"));
        none("required-parameter", one("GetCustomerProfile",
                "{'ProfileRequestData': {'LogicalOperator': 'AND', 'SearchCriteria': [" + criterion + "]}}"));
    }

    @Test
    void getCustomerProfileObjectNeedsUseLatestOrAnIdentifier() {
        Finding finding = only("required-parameter", one("GetCustomerProfileObject",
                "{'ProfileRequestData': {'ProfileId': 'p1', 'ObjectType': 'Asset'}}"));

        assertEquals("GetCustomerProfileObject needs UseLatest, or IdentifierName and IdentifierValue, to say which"
                + " object to read; found neither", finding.message());
        none("required-parameter", one("GetCustomerProfileObject",
                "{'ProfileRequestData': {'ProfileId': 'p1', 'ObjectType': 'Asset', 'UseLatest': 'true'}}"));
    }

    @Test
    void createTaskTakesADelayFromOneSecondToSixDaysAndNotWithAScheduledTime() {
        Finding late = only("required-parameter", one("CreateTask",
                "{'ContactFlowId': 'f', 'Name': 'n', 'DelaySeconds': '518401'}"));
        Finding both = only("required-parameter", one("CreateTask",
                "{'ContactFlowId': 'f', 'Name': 'n', 'DelaySeconds': '60', 'ScheduledTime': '2026-01-05T10:00:00Z'}"));

        assertEquals("DelaySeconds must be a whole number from 1 to 518400 (6 days), was '518401'", late.message());
        assertEquals("CreateTask takes DelaySeconds or ScheduledTime, not both", both.message());
        none("required-parameter", one("CreateTask", "{'ContactFlowId': 'f', 'Name': 'n', 'DelaySeconds': '518400'}"));
        none("required-parameter", one("CreateTask", "{'ContactFlowId': 'f', 'Name': 'n', 'DelaySeconds': '$.Attributes.d'}"));
    }

    @Test
    void startOutboundChatContactSupportsOnlySms() {
        Finding finding = only("required-parameter", one("StartOutboundChatContact", "{'SourceEndpoint': {'Address':"
                + " 'arn:n'}, 'DestinationEndpoint': {'Address': '+15550100'}, 'ContactFlowArn': 'arn:f',"
                + " 'ContactSubtype': 'connect:WhatsApp'}"));

        assertEquals("StartOutboundChatContact supports only the ContactSubtype connect:SMS, was 'connect:WhatsApp'",
                finding.message());
    }

    @Test
    void aLexBotActionNeedsAV2OrV1Bot() {
        Finding finding = only("required-parameter", one("ConnectParticipantWithLexBot", "{'Text': 'Hi'}"));

        assertEquals("ConnectParticipantWithLexBot needs a bot: LexV2Bot.AliasArn, or LexBot.Name, found neither",
                finding.message());
        none("required-parameter", one("ConnectParticipantWithLexBot", "{'LexV2Bot': {'AliasArn': 'arn:lex'}}"));
    }

    @Test
    void theCustomerProfilesErrorBranchesAreOnesTheActionsRaise() {
        none("unknown-error-type", actions("{'Identifier': 'start', 'Type': 'GetCustomerProfile', 'Parameters':"
                + " {'ProfileRequestData': {'IdentifierName': '_phone', 'IdentifierValue': '+15550100'}},"
                + " 'Transitions': {'Errors': [{'ErrorType': 'MultipleFoundError', 'NextAction': 'start'},"
                + " {'ErrorType': 'NoneFoundError', 'NextAction': 'start'}]}}"));
        assertEquals(1, findings("unknown-error-type", actions("{'Identifier': 'start', 'Type': 'GetCase',"
                + " 'Parameters': {'CustomerId': 'p'}, 'Transitions': {'Errors': [{'ErrorType': 'NoneFoundError',"
                + " 'NextAction': 'start'}]}}")).size(), "GetCase's branch is NoneFound, not NoneFoundError");
    }
}
