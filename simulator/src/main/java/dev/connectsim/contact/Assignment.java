package dev.connectsim.contact;

import java.time.Instant;

/**
 * A contact as one agent has it: offered, handled, then ended, missed or rejected, until the agent
 * clears it. Its state is the {@code ContactStateType} that agent's CCP shows, and it moves only
 * through {@link StateMachines#CONTACT}.
 *
 * <p>Design note: once the state leaves the active set (ended, missed, rejected, error), the
 * agent's view is frozen as it was at that moment: what happens on the call afterwards (the
 * customer and a third party talking on after the agent left, the contact offered to another
 * agent after a miss) is no longer this agent's to see.
 */
public final class Assignment {

    private final Contact contact;
    private final String agentUsername;
    private ContactState state = ContactState.INIT;
    private Instant stateTimestamp;
    private ContactSnapshot frozen;
    private boolean cleared;

    Assignment(Contact contact, String agentUsername, Instant created) {
        this.contact = contact;
        this.agentUsername = agentUsername;
        this.stateTimestamp = created;
    }

    public Contact contact() {
        return contact;
    }

    public String contactId() {
        return contact.contactId();
    }

    public String agentUsername() {
        return agentUsername;
    }

    public ContactState state() {
        return state;
    }

    public Instant stateTimestamp() {
        return stateTimestamp;
    }

    /** True once the agent has cleared the contact, so it leaves their snapshot. */
    public boolean isCleared() {
        return cleared;
    }

    public void clear() {
        cleared = true;
    }

    /** Moves to {@code to}, or throws {@link IllegalTransitionException} naming the contact and the move. */
    public void moveTo(ContactState to, Instant at) {
        StateMachines.CONTACT.check(() -> "contact " + contact.contactId() + " of agent " + agentUsername, state, to);
        ContactState from = state;
        state = to;
        stateTimestamp = at;
        contact.assignmentMoved(from, to, at);
        if (!to.isActive() && frozen == null) {
            frozen = contact.snapshotFor(this);
        }
    }

    /** The contact as this agent's CCP would receive it now: frozen, but with its latest state. */
    public ContactSnapshot snapshot() {
        if (frozen == null) {
            return contact.snapshotFor(this);
        }
        return new ContactSnapshot(frozen.contactId(), frozen.type(), frozen.initiationMethod(),
                frozen.initialContactId(), frozen.previousContactId(), state, stateTimestamp, frozen.queue(),
                frozen.attributes(), frozen.connections());
    }
}
