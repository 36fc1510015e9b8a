package dev.connectsim.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.connectsim.agent.Callbacks;
import dev.connectsim.agent.Contact;
import dev.connectsim.contact.ConnectionState;
import dev.connectsim.contact.Endpoint;
import dev.connectsim.routing.Instance;
import dev.connectsim.telephony.ThirdPartyBehavior;
import dev.connectsim.transfer.ColdTransfer;
import dev.connectsim.transfer.TransferOutcome;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The example of README.md, "The simulator from Java", works as written. */
class ReadmeExampleTest {

    @Test
    void theReadmeExampleWaitsOutTheRingTimeoutAndLeavesTheCustomerOnHold() {
        Simulation sim = Simulation.builder(Instance.builder()
                .queue("BasicQueue").routingProfile("Basic", "BasicQueue").agent("alice", "Basic")
                .build()).seed(42).build();
        sim.phoneBook().set("+15550199", ThirdPartyBehavior.neverAnswers());
        sim.agent("alice").onContact(c -> c.onConnecting(x -> x.accept(Callbacks.none())));
        String id = sim.inboundCall("+15550100", "BasicQueue");
        sim.runFor(Duration.ofSeconds(3));
        Contact contact = sim.agent("alice").getContacts().get(0);
        ColdTransfer transfer = ColdTransfer.start(contact, Endpoint.byPhoneNumber("+15550199"), sim.scheduler().clock());
        sim.runUntil(transfer::isDone, Duration.ofMinutes(1));

        TransferOutcome.Failed failed = assertInstanceOf(TransferOutcome.Failed.class, transfer.outcome().orElseThrow());
        assertEquals("dial", failed.step());
        assertEquals(id, contact.getContactId());
        assertEquals(ConnectionState.HOLD, sim.contact(id).initialConnection().orElseThrow().state());
    }
}
