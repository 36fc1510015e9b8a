package dev.connectsim.flow.run;

import static dev.connectsim.flow.run.FlowTestBed.say;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.connectsim.customer.CaseRecord;
import dev.connectsim.customer.CustomerData;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Cases actions on a voice call, against the cases the instance's domain holds. */
class CaseBlocksTest {

    private static final String PROFILE_ARN = "arn:aws:profile:us-east-1:000000000000:domains/d/profiles/p-jane";
    private static final CaseRecord OLD = new CaseRecord("c-old", "t-1", PROFILE_ARN,
            Map.of("customer_id", PROFILE_ARN, "title", "Router broken", "status", "closed"), List.of());
    private static final CaseRecord OPEN = new CaseRecord("c-open", "t-1", "p-jane",
            Map.of("customer_id", "p-jane", "title", "Bill too high", "status", "open"), List.of());

    private static String block(String identifier, String type, String parameters, String next) {
        return """
                {"Identifier":"%s","Type":"%s","Parameters":%s,
                 "Transitions":{"NextAction":"%s","Errors":[{"ErrorType":"NoneFound","NextAction":"none"},
                   {"ErrorType":"MultipleFound","NextAction":"multiple"},
                   {"ErrorType":"ContactNotLinked","NextAction":"unlinked"},
                   {"ErrorType":"NoMatchingError","NextAction":"error"}]}}""".formatted(identifier, type, parameters,
                next);
    }

    private static FlowTestBed bed(String actions, CaseRecord... cases) {
        return FlowTestBed.inbound(actions + "," + say("none") + "," + say("multiple") + "," + say("unlinked") + ","
                + say("error")).instance(b -> b.customerData(new CustomerData(List.of(), List.of(cases))));
    }

    private static List<CaseRecord> cases(FlowTestBed bed) {
        return bed.sim().flows().customers().cases();
    }

    @Test
    void getCaseFindsTheCustomersOneCaseWithTheFieldsAskedAndKeepsItInCase() {
        FlowTestBed bed = bed(block("get", "GetCase", """
                {"CustomerId":"p-jane","CaseRequestFields":{"status":"open"},"CaseResponseFields":["title"]}""", "ok")
                + "," + say("ok", "$.Case.CaseId - $.Case.title [$.Case.status]"), OLD, OPEN);

        assertEquals(List.of("c-open - Bill too high []"), bed.heard(bed.call()));
    }

    @Test
    void severalCasesTakeMultipleFoundUnlessTheLastUpdatedIsAskedForAndNoneTakeNoneFound() {
        String get = """
                {"CustomerId":"p-jane","GetLastUpdatedCase":"%s","CaseResponseFields":["title"]}""";
        FlowTestBed several = bed(block("get", "GetCase", get.formatted("false"), "ok") + "," + say("ok"), OLD, OPEN);
        FlowTestBed last = bed(block("get", "GetCase", get.formatted("true"), "ok") + "," + say("ok", "$.Case.title"),
                OPEN, OLD);
        FlowTestBed none = bed(block("get", "GetCase", get.formatted("true"), "ok") + "," + say("ok"));

        assertEquals(List.of("multiple"), several.heard(several.call()));
        assertEquals(List.of("Router broken"), last.heard(last.call()), "the case listed last was updated last");
        assertEquals(List.of("none"), none.heard(none.call()));
    }

    @Test
    void createCaseAddsACaseLinkedToTheContactWhenAskedAndKeepsItsId() {
        FlowTestBed bed = bed(block("create", "CreateCase", """
                {"LinkContactToCase":"true","CaseTemplateId":"t-2",
                 "CaseRequestFields":{"customer_id":"p-jane","title":"Call from $.CustomerEndpoint.Address"}}""", "ok")
                + "," + say("ok", "$.Case.CaseId"));

        String contactId = bed.call();

        CaseRecord created = cases(bed).get(0);
        assertEquals(List.of(created.caseId()), bed.heard(contactId));
        assertEquals("t-2", created.templateId());
        assertEquals("p-jane", created.customerId());
        assertEquals("Call from " + FlowTestBed.CALLER, created.fields().get("title"));
        assertEquals(List.of(contactId), created.linkedContacts());
    }

    @Test
    void createCaseWithoutTheFieldsCasesRequiresOrItsTemplateTakesNoMatchingError() {
        FlowTestBed noTitle = bed(block("create", "CreateCase", """
                {"CaseTemplateId":"t-2","CaseRequestFields":{"customer_id":"p-jane"}}""", "ok") + "," + say("ok"));
        FlowTestBed noTemplate = bed(block("create", "CreateCase", """
                {"CaseRequestFields":{"customer_id":"p-jane","title":"x"}}""", "ok") + "," + say("ok"));

        assertEquals(List.of("error"), noTitle.heard(noTitle.call()));
        assertEquals(List.of(), cases(noTitle));
        assertEquals(List.of("error"), noTemplate.heard(noTemplate.call()));
    }

    @Test
    void updateCaseChangesTheCaseTheFlowFoundAndAnUnknownCaseTakesNoMatchingError() {
        String update = block("update", "UpdateCase", """
                {"CaseId":"$.Case.CaseId","LinkContactToCase":"true","CaseRequestFields":{"status":"$.Attributes.s"}}""",
                "ok");
        String setStatus = """
                {"Identifier":"set","Type":"UpdateContactAttributes","Parameters":{"Attributes":{"s":"escalated"}},
                 "Transitions":{"NextAction":"get"}}""";
        FlowTestBed bed = bed(setStatus + "," + block("get", "GetCase",
                "{\"CustomerId\":\"p-jane\",\"CaseRequestFields\":{\"status\":\"open\"}}", "update") + "," + update
                + "," + say("ok"), OPEN, OLD);
        FlowTestBed unknown = bed(update + "," + say("ok"), OPEN);

        String contactId = bed.call();

        CaseRecord updated = cases(bed).get(1);
        assertEquals("c-open", updated.caseId(), "the case updated is now the last updated");
        assertEquals("escalated", updated.fields().get("status"));
        assertEquals(List.of(contactId), updated.linkedContacts());
        assertEquals(List.of("error"), unknown.heard(unknown.call()));
        assertTrue(unknown.branches(unknown.sim().flows().runs().get(0).contactId())
                .contains("update Error NoMatchingError"));
    }
}
