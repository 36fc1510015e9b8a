package dev.connectsim.harness.steps;

import dev.connectsim.contact.Connection;
import dev.connectsim.contact.ConnectionState;
import dev.connectsim.contact.Party;
import dev.connectsim.harness.CallRef;
import dev.connectsim.harness.ExpectationFailed;
import dev.connectsim.harness.Capability;
import dev.connectsim.harness.ScenarioWorld;
import dev.connectsim.harness.Target;
import dev.connectsim.transfer.TransferProcedure;
import dev.connectsim.transfer.TransferOutcome;
import io.cucumber.java.en.Then;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Collectors;

/** How an agent-side transfer procedure ended, and where it left the call's parties. */
public final class TransferSteps {

    private final Target target;

    public TransferSteps(Target target) {
        this.target = target;
    }

    private ScenarioWorld world() {
        return target.simulator(Capability.CONNECTION_STATES);
    }

    @Then("the transfer completes within {duration}")
    public void transferCompletes(Duration within) {
        TransferOutcome outcome = awaitOutcome(within);
        if (!(outcome instanceof TransferOutcome.Completed)) {
            throw new ExpectationFailed("the transfer to complete", "it " + describe(outcome), world());
        }
    }

    @Then("the transfer fails in step {word} within {duration}")
    public void transferFails(String step, Duration within) {
        TransferOutcome outcome = awaitOutcome(within);
        if (!(outcome instanceof TransferOutcome.Failed failed) || !failed.step().equals(step)) {
            throw new ExpectationFailed("the transfer to fail in step " + step, "it " + describe(outcome), world());
        }
    }

    @Then("the transfer no longer listens to REFRESH")
    public void noLongerListening() {
        if (world().transfer().isListening()) {
            throw new ExpectationFailed("the transfer's REFRESH subscription to be gone", "it still listens", world());
        }
    }

    @Then("the customer is connected to {phone}")
    public void customerConnectedTo(String number) {
        expectState(Party.CUSTOMER, null, ConnectionState.CONNECTED);
        expectState(Party.THIRD_PARTY, number, ConnectionState.CONNECTED);
    }

    @Then("the customer is connected to {phone} within {duration}")
    public void customerConnectedToWithin(String number, Duration within) {
        world().runUntil(() -> has(Party.CUSTOMER, null, ConnectionState.CONNECTED)
                && has(Party.THIRD_PARTY, number, ConnectionState.CONNECTED), within);
        customerConnectedTo(number);
    }

    @Then("{phone} is on hold")
    public void thirdPartyOnHold(String number) {
        expectState(Party.THIRD_PARTY, number, ConnectionState.HOLD);
    }

    @Then("the customer is gone")
    public void customerGone() {
        if (has(Party.CUSTOMER, null, ConnectionState.CONNECTED) || has(Party.CUSTOMER, null, ConnectionState.HOLD)) {
            throw new ExpectationFailed("the customer gone from the call", "the call's connections are "
                    + parties(), world());
        }
    }

    @Then("the customer is on hold")
    public void customerOnHold() {
        expectState(Party.CUSTOMER, null, ConnectionState.HOLD);
    }

    @Then("the customer is connected")
    public void customerConnected() {
        expectState(Party.CUSTOMER, null, ConnectionState.CONNECTED);
    }

    @Then("{word} is still on the call")
    public void agentStillOnCall(String agent) {
        expectState(Party.AGENT, null, ConnectionState.CONNECTED);
        if (!agent.equals(world().theCall().agentUsername())) {
            throw new ExpectationFailed(agent + " on the call", "the call's agent is "
                    + world().theCall().agentUsername(), world());
        }
    }

    @Then("{word} is no longer on the call")
    public void agentLeft(String agent) {
        Optional<Connection> connection = world().connections().stream().filter(c -> c.party() == Party.AGENT)
                .findFirst();
        if (connection.isPresent() && connection.get().state().isActive()) {
            throw new ExpectationFailed(agent + " gone from the call", "the agent's connection is "
                    + connection.get().state(), world());
        }
    }

    @Then("{call} has ended")
    public void callEnded(CallRef call) {
        dev.connectsim.contact.Contact contact = call.in(world());
        if (!contact.isDisconnected()) {
            throw new ExpectationFailed(call + " to have ended", "it is " + contact.state() + " with "
                    + contact.connections().stream().map(c -> c.party() + " " + c.state())
                            .collect(Collectors.joining(", ")), world());
        }
    }

    private boolean has(Party party, String number, ConnectionState state) {
        return world().connections().stream().filter(c -> c.party() == party)
                .filter(c -> number == null || number.equals(c.endpoint().phoneNumber()))
                .anyMatch(c -> c.state() == state);
    }

    private void expectState(Party party, String number, ConnectionState state) {
        if (!has(party, number, state)) {
            String who = number != null ? number : party == Party.CUSTOMER ? "the customer" : "the agent";
            throw new ExpectationFailed(who + (state == ConnectionState.HOLD ? " on hold" : " " + state.name()
                    .toLowerCase()), "the call's connections are " + parties(), world());
        }
    }

    private String parties() {
        return world().connections().stream().map(c -> c.party().name().toLowerCase().replace('_', ' ')
                + (c.endpoint().phoneNumber() == null ? "" : " " + c.endpoint().phoneNumber()) + " "
                + c.state().name().toLowerCase()).collect(Collectors.joining(", "));
    }

    private TransferOutcome awaitOutcome(Duration within) {
        TransferProcedure transfer = world().transfer();
        world().runUntil(transfer::isDone, within);
        return transfer.outcome().orElse(null);
    }

    private static String describe(TransferOutcome outcome) {
        if (outcome == null) {
            return "had not ended";
        }
        if (outcome instanceof TransferOutcome.Failed failed) {
            return "failed in step " + failed.step() + ": " + failed.reason();
        }
        return "completed";
    }
}
