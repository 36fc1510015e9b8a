package dev.connectsim.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FlowLibraryTest {

    private static final Flow DISCONNECT = FlowParser.parseText("bye.json", """
            {"Version":"2019-10-30","StartAction":"bye","Actions":[
              {"Identifier":"bye","Type":"DisconnectParticipant","Parameters":{},"Transitions":{}}]}""");

    private static FlowLibrary library(String... names) {
        FlowLibrary.Builder builder = FlowLibrary.builder();
        for (int i = 0; i < names.length; i++) {
            String id = "00000000-0000-4000-8000-00000000000" + i;
            builder.add(new FlowLibrary.Entry(names[i], FlowType.CONTACT_FLOW, id,
                    "arn:aws:connect:us-east-1:123456789012:instance/i/contact-flow/" + id, DISCONNECT));
        }
        return builder.build();
    }

    /** The reason is put into words once per name (issue 21: its edit distances were most of a call's CPU). */
    @Test
    void anUnknownFlowNamesItsNearestEachTimeItIsAskedAndEachNameGetsItsOwn() {
        FlowLibrary flows = library("Inbound", "Agent Transfer");

        String first = flows.unknown("Inbund");

        assertEquals("the instance has no flow 'Inbund' (did you mean 'Inbound'?); it has: Inbound, Agent Transfer",
                first);
        assertEquals(first, flows.unknown("Inbund"));
        assertEquals("the instance has no flow 'Agent Transfr' (did you mean 'Agent Transfer'?); it has: Inbound, "
                + "Agent Transfer", flows.unknown("Agent Transfr"));
    }
}
