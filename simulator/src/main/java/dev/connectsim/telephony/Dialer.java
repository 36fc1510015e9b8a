package dev.connectsim.telephony;

import dev.connectsim.contact.Connection;
import dev.connectsim.contact.ConnectionState;
import dev.connectsim.contact.ConnectionType;
import dev.connectsim.contact.Contact;
import dev.connectsim.contact.ContactState;
import dev.connectsim.contact.ContactType;
import dev.connectsim.contact.Contacts;
import dev.connectsim.contact.DisconnectReason;
import dev.connectsim.contact.Endpoint;
import dev.connectsim.contact.EndpointType;
import dev.connectsim.contact.InitiationMethod;
import dev.connectsim.contact.Party;
import dev.connectsim.cti.CtiErrorType;
import dev.connectsim.cti.CtiResult;
import dev.connectsim.routing.PhoneNumber;
import dev.connectsim.routing.QuickConnect;
import dev.connectsim.routing.QuickConnectType;
import dev.connectsim.routing.Router;
import dev.connectsim.time.Scheduler;
import dev.connectsim.time.SimRandom;
import dev.connectsim.time.Timings;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Adding a third party to a contact ({@code addConnection}), and what the dialled party then does.
 *
 * <p>Design note: starting a transfer holds the customer (R1). The new outbound connection rings
 * (CONNECTING). An external number then answers, rings out at the ring timeout, is busy or
 * declines, as its {@link ThirdPartyBehavior} says; a failed dial shows only as the connection
 * going DISCONNECTED, with the customer still on hold and the agent still connected (R5). A USER
 * quick connect creates a new contact leg (InitiationMethod TRANSFER, PreviousContactId set) in the
 * target agent's queue, and its connection shows CONNECTED at once, before that agent answers
 * (R2). A QUEUE quick connect creates a leg in that queue and stays CONNECTING until an agent
 * accepts it; when nobody staffs the queue, the leg is disconnected as the default queue-transfer
 * flow does. A quick connect that names a transfer flow runs it on the new leg instead ({@link LegFlows}),
 * and the flow decides where the leg goes. By default one third party at a time (R6 three-party limit); with multi-party
 * calls on, up to six participants and never while another dial is ringing.
 */
public final class Dialer {

    private static final int MULTI_PARTY_LIMIT = 6;

    private final Contacts contacts;
    private final Router router;
    private final CallControl callControl;
    private final PhoneBook phoneBook;
    private final Scheduler scheduler;
    private final Timings timings;
    private final SimRandom random;
    private LegFlows legFlows = LegFlows.NONE;

    public Dialer(Contacts contacts, Router router, CallControl callControl, PhoneBook phoneBook,
            Scheduler scheduler, Timings timings, SimRandom random) {
        this.contacts = contacts;
        this.router = router;
        this.callControl = callControl;
        this.phoneBook = phoneBook;
        this.scheduler = scheduler;
        this.timings = timings;
        this.random = random;
    }

    /** Who runs the transfer flows of quick connects that have one. */
    public void setLegFlows(LegFlows flows) {
        this.legFlows = Objects.requireNonNull(flows, "flows");
    }

    /** Streams' {@code contact.addConnection(endpoint)}: dials a third party from the agent's contact. */
    public CtiResult addConnection(String agent, String contactId, Endpoint endpoint) {
        Contact contact = contacts.withAgent(agent, contactId, Set.of(ContactState.CONNECTED))
                .filter(c -> c.initialConnection().map(customer -> customer.state().isActive()).orElse(false))
                .orElse(null);
        if (contact == null) {
            return CtiResult.invalidState("Cannot add connection: Invalid contact state.");
        }
        CtiResult limit = checkPartyLimit(contact);
        if (!limit.isOk()) {
            return limit;
        }
        QuickConnect quickConnect = null;
        if (endpoint.type() == EndpointType.PHONE_NUMBER) {
            if (!PhoneNumber.isE164(endpoint.phoneNumber())) {
                return CtiResult.failed(CtiErrorType.BAD_ENDPOINT, "Invalid endpoint: phone number '"
                        + endpoint.phoneNumber() + "' is not in E.164 form such as +15550100.");
            }
        } else {
            quickConnect = router.instance().quickConnectByArn(endpoint.endpointArn());
            if (quickConnect == null || quickConnect.type().endpointType() != endpoint.type()) {
                return CtiResult.failed(CtiErrorType.BAD_ENDPOINT, "Invalid endpoint: no " + endpoint.type().value()
                        + " quick connect has ARN '" + endpoint.endpointArn() + "'.");
            }
        }
        Connection customer = contact.initialConnection().orElseThrow();
        if (customer.state() == ConnectionState.CONNECTED) {
            contact.moveConnection(customer, ConnectionState.HOLD, scheduler.now());
        }
        Connection thirdParty = new Connection(random.uuid(), ConnectionType.OUTBOUND, Party.THIRD_PARTY, endpoint,
                false, scheduler.now());
        contact.addConnection(thirdParty);
        contact.moveConnection(thirdParty, ConnectionState.CONNECTING, scheduler.now());
        if (quickConnect == null) {
            contact.transferredTo(endpoint.phoneNumber(), null);
            ring(contact, thirdParty, phoneBook.behaviorOf(endpoint.phoneNumber()));
        } else {
            transferLeg(contact, thirdParty, quickConnect);
        }
        return CtiResult.ok();
    }

    private CtiResult checkPartyLimit(Contact contact) {
        List<Connection> thirdParties = contact.activeThirdParties();
        if (!router.instance().multiPartyConference()) {
            return thirdParties.isEmpty() ? CtiResult.ok()
                    : CtiResult.invalidState("Cannot add connection: a three-party call allows one third party "
                            + "and the contact has one already.");
        }
        if (thirdParties.stream().anyMatch(c -> c.state() == ConnectionState.CONNECTING)) {
            return CtiResult.invalidState("Cannot add connection: another connection is still being dialled.");
        }
        long participants = contact.connections().stream().filter(c -> c.state().isActive()).count();
        return participants < MULTI_PARTY_LIMIT ? CtiResult.ok()
                : CtiResult.failed(CtiErrorType.QUOTA_EXCEEDED, "Cannot add connection: a multi-party call allows "
                        + MULTI_PARTY_LIMIT + " participants.");
    }

    private void ring(Contact contact, Connection thirdParty, ThirdPartyBehavior behavior) {
        String who = thirdParty.endpoint().name();
        Ringing ringing = Ringing.of(behavior, timings.ringTimeout(), timings);
        scheduler.schedule(ringing.after(), who + " " + ringing.how(), () -> {
            if (!ringing.answers()) {
                if (thirdParty.state() == ConnectionState.CONNECTING) {
                    callControl.thirdPartyLeaves(contact, thirdParty, DisconnectReason.THIRD_PARTY_DISCONNECT);
                }
                return;
            }
            callControl.thirdPartyAnswers(contact, thirdParty);
            hangUpLater(contact, thirdParty, behavior);
        });
    }

    private void hangUpLater(Contact contact, Connection thirdParty, ThirdPartyBehavior behavior) {
        if (behavior instanceof ThirdPartyBehavior.Answers answers && answers.hangsUpAfter() != null
                && thirdParty.state() == ConnectionState.CONNECTED) {
            scheduler.schedule(answers.hangsUpAfter(), thirdParty.endpoint().name() + " hangs up",
                    () -> callControl.thirdPartyLeaves(contact, thirdParty, DisconnectReason.THIRD_PARTY_DISCONNECT));
        }
    }

    /**
     * A flow's TransferParticipantToThirdParty: dials {@code number} from {@code contact}, with no agent on the
     * call, and tells {@code outcome} true when it answers within {@code timeLimit}, false when it does not (the
     * connection then drops, and the customer stays with the flow).
     */
    public void dialForFlow(Contact contact, String number, Duration timeLimit, Consumer<Boolean> outcome) {
        Connection thirdParty = new Connection(random.uuid(), ConnectionType.OUTBOUND, Party.THIRD_PARTY,
                Endpoint.byPhoneNumber(number), false, scheduler.now());
        contact.addConnection(thirdParty);
        contact.moveConnection(thirdParty, ConnectionState.CONNECTING, scheduler.now());
        contact.transferredTo(number, null);
        ThirdPartyBehavior behavior = phoneBook.behaviorOf(number);
        Duration limit = timeLimit.compareTo(timings.ringTimeout()) < 0 ? timeLimit : timings.ringTimeout();
        Ringing ringing = Ringing.of(behavior, limit, timings);
        scheduler.schedule(ringing.after(), number + " " + ringing.how(), () -> {
            if (thirdParty.state() != ConnectionState.CONNECTING) {
                return;
            }
            if (ringing.answers()) {
                callControl.thirdPartyAnswers(contact, thirdParty);
                hangUpLater(contact, thirdParty, behavior);
            } else {
                contact.moveConnection(thirdParty, ConnectionState.DISCONNECTED, scheduler.now());
            }
            outcome.accept(ringing.answers());
        });
    }

    /** How a dial ends: answered or failed, after how long, in words. */
    private record Ringing(boolean answers, Duration after, String how) {

        static Ringing of(ThirdPartyBehavior behavior, Duration limit, Timings timings) {
            if (behavior instanceof ThirdPartyBehavior.Answers answers && answers.delay().compareTo(limit) < 0) {
                return new Ringing(true, answers.delay(), "answers");
            }
            if (behavior instanceof ThirdPartyBehavior.Busy) {
                return new Ringing(false, timings.busySignal(), "is busy");
            }
            if (behavior instanceof ThirdPartyBehavior.Rejects rejects && rejects.delay().compareTo(limit) < 0) {
                return new Ringing(false, rejects.delay(), "declines");
            }
            return new Ringing(false, limit, "rings out");
        }
    }

    private void transferLeg(Contact contact, Connection thirdParty, QuickConnect quickConnect) {
        Contact leg = new Contact(random.uuid(), ContactType.VOICE, InitiationMethod.TRANSFER,
                contact.initialContactId(), contact.contactId(), contact.customerEndpoint(), contact.systemEndpoint(),
                scheduler.now());
        contact.attributes().forEach(leg::putAttribute);
        Connection customer = new Connection(random.uuid(), ConnectionType.INBOUND, Party.CUSTOMER,
                Endpoint.byPhoneNumber(contact.customerEndpoint()), true, scheduler.now());
        leg.addConnection(customer);
        leg.moveConnection(customer, ConnectionState.CONNECTED, scheduler.now());
        leg.connectedToSystem(scheduler.now());
        contacts.add(leg);
        thirdParty.setTransferLegContactId(leg.contactId());
        contact.transferredTo(quickConnect.name(), leg.contactId());
        // A USER quick connect shows connected at once (R2); a QUEUE one once its transfer flow runs on the leg
        // (amazon-connect-streams issue 447), which is now.
        if (quickConnect.type() == QuickConnectType.USER
                || quickConnect.type() == QuickConnectType.QUEUE && quickConnect.flowName() != null) {
            contact.moveConnection(thirdParty, ConnectionState.CONNECTED, scheduler.now());
        }
        if (quickConnect.flowName() != null) {
            legFlows.start(leg, quickConnect);
        } else if (quickConnect.type() == QuickConnectType.USER) {
            router.enqueueForAgent(leg, quickConnect.target());
        } else if (router.isStaffed(quickConnect.target())) {
            router.enqueue(leg, quickConnect.target());
        } else {
            scheduler.schedule(timings.systemAnswer(), "queue " + quickConnect.target() + " has no agent staffed",
                    () -> callControl.thirdPartyLeaves(contact, thirdParty, DisconnectReason.CONTACT_FLOW_DISCONNECT));
        }
    }

    /** Runs the transfer flow of a quick connect on the new leg it made. */
    @FunctionalInterface
    public interface LegFlows {

        /** Starts {@code quickConnect}'s flow on {@code leg}, which is connected to the system. */
        void start(Contact leg, QuickConnect quickConnect);

        /** For a simulation with no flows: every quick connect must have none. */
        LegFlows NONE = (leg, quickConnect) -> {
            throw new IllegalStateException("quick connect '" + quickConnect.name() + "' runs flow '"
                    + quickConnect.flowName() + "', but the simulation has no flows");
        };
    }
}
