package dev.connectsim.sim;

import dev.connectsim.contact.Contact;
import dev.connectsim.contact.Contacts;
import dev.connectsim.flow.run.EndReason;
import dev.connectsim.flow.run.FlowEngine;
import dev.connectsim.flow.run.RunKind;
import dev.connectsim.routing.Instance;
import dev.connectsim.routing.QuickConnectType;
import dev.connectsim.routing.Router;
import dev.connectsim.routing.RoutingListener;
import dev.connectsim.telephony.CallControl;
import dev.connectsim.telephony.Dialer;

/**
 * Where the simulator hands contacts to flows: the transfer flow of a quick connect on its new leg (with
 * {@code $.Agent} the target of a USER quick connect and {@code $.Queue} the queue of a QUEUE one), the
 * CustomerRemaining hook for a customer left alone, the CustomerQueue hook once a flow queues the contact
 * (stopped when an agent takes it), and the whisper hooks when an agent connects.
 */
final class FlowHooks implements RoutingListener {

    private final FlowEngine engine;
    private final Instance instance;
    private final Contacts contacts;
    private final Router router;
    private final CallControl callControl;
    private final Dialer dialer;

    FlowHooks(FlowEngine engine, Instance instance, Contacts contacts, Router router, CallControl callControl,
            Dialer dialer) {
        this.engine = engine;
        this.instance = instance;
        this.contacts = contacts;
        this.router = router;
        this.callControl = callControl;
        this.dialer = dialer;
    }

    void install() {
        dialer.setLegFlows((leg, quickConnect) -> {
            String targetAgent = null;
            if (quickConnect.type() == QuickConnectType.USER) {
                targetAgent = quickConnect.target();
            } else {
                leg.setTargetQueue(instance.queue(quickConnect.target()).info());
            }
            engine.start(leg, engine.flows().named(quickConnect.flowName()), RunKind.SEGMENT, targetAgent);
        });
        callControl.setCustomerRemaining(contact -> engine.runHook(contact, "CustomerRemaining",
                RunKind.CUSTOMER_REMAINING));
        engine.onRunEnded(run -> {
            if (run.reason() == EndReason.QUEUED && run.kind() != RunKind.CUSTOMER_QUEUE) {
                engine.runHook(contacts.get(run.contactId()), "CustomerQueue", RunKind.CUSTOMER_QUEUE);
            }
        });
        router.addListener(this);
    }

    @Override
    public void agentConnected(Contact contact) {
        engine.stop(contact, RunKind.CUSTOMER_QUEUE, "an agent took the contact");
        engine.runHook(contact, "CustomerWhisper", RunKind.SIDE_FLOW);
        engine.runHook(contact, "AgentWhisper", RunKind.SIDE_FLOW);
    }
}
