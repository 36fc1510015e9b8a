package dev.connectsim.flow.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.connectsim.flow.FlowType;
import dev.connectsim.routing.HoursOfOperation.OpenRange;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 17: {@code %%NAME%%} placeholders, which exported flows carry where a deployment puts an ARN, worked for
 * Lambda functions only. A flow, a queue and an hours of operation named NAME are now found by them too.
 */
class DeployPlaceholderRunTest {

    @Test
    void placeholdersNameTheFlowTheHoursAndTheQueueOfThoseNames() {
        FlowTestBed bed = FlowTestBed.inbound("""
                {"Identifier":"onward","Type":"TransferToFlow","Parameters":{"ContactFlowId":"%%Routing%%"},
                 "Transitions":{"Errors":[{"ErrorType":"NoMatchingError","NextAction":"lost"}]}},
                """ + FlowTestBed.say("lost"))
                .flow("Routing", FlowType.CONTACT_FLOW, """
                        {"Identifier":"hours","Type":"CheckHoursOfOperation",
                         "Parameters":{"HoursOfOperationId":"%%Office%%"},
                         "Transitions":{"NextAction":"closed","Conditions":[
                           {"NextAction":"set-queue","Condition":{"Operator":"Equals","Operands":["True"]}},
                           {"NextAction":"closed","Condition":{"Operator":"Equals","Operands":["False"]}}],
                          "Errors":[{"ErrorType":"NoMatchingError","NextAction":"closed"}]}},
                        {"Identifier":"set-queue","Type":"UpdateContactTargetQueue",
                         "Parameters":{"QueueId":"%%EmptyQueue%%"},
                         "Transitions":{"NextAction":"queue","Errors":[{"ErrorType":"NoMatchingError","NextAction":"closed"}]}},
                        {"Identifier":"queue","Type":"TransferContactToQueue","Parameters":{},"Transitions":{}},
                        """ + FlowTestBed.say("closed"))
                .instance(b -> b.hoursOfOperation("Office", ZoneOffset.UTC,
                        List.of(new OpenRange(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(17, 0)))));

        String contactId = bed.call();

        assertEquals(List.of("onward", "hours", "set-queue", "queue"), bed.path(contactId));
        assertEquals(EndReason.QUEUED, bed.endOf(contactId).reason());
        assertEquals("EmptyQueue", bed.sim().contact(contactId).targetQueue().name());
    }
}
