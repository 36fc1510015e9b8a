package dev.connectsim.contact;

import dev.connectsim.text.NearestName;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Every contact leg of one simulation, in the order they were created, and when each leg's record becomes final.
 *
 * <p>Design note: whatever may finish a leg (its customer's part ending, its agent clearing it) calls
 * {@link #settle}; the first time the leg's record can be final, it is marked so and the listeners are told, once.
 * A simulation that keeps no history then {@link #forget}s it, so a load run holds only the legs still going.
 */
public final class Contacts {

    private final Map<String, Contact> byId = new LinkedHashMap<>();
    private final List<Consumer<Contact>> finalListeners = new ArrayList<>();
    private int open;

    public void add(Contact contact) {
        if (byId.putIfAbsent(contact.contactId(), contact) != null) {
            throw new IllegalArgumentException("contact " + contact.contactId() + " exists already");
        }
        open++;
    }

    /** Tells {@code listener} of every leg whose record becomes final, once, as it does. */
    public void onRecordFinal(Consumer<Contact> listener) {
        finalListeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /**
     * Looks at {@code contact} after something that may have finished it; if its record can be final now and was
     * not yet, marks it final and tells the listeners.
     */
    public void settle(Contact contact) {
        if (contact.isRecordFinal() || !contact.canBeFinal()) {
            return;
        }
        contact.markRecordFinal();
        open--;
        // Listeners are only ever added: those added by a listener now are left for the next leg, as a copy would.
        for (int i = 0, listeners = finalListeners.size(); i < listeners; i++) {
            finalListeners.get(i).accept(contact);
        }
    }

    /** Drops a leg whose record is final, so that nothing here holds it any more. */
    public void forget(Contact contact) {
        if (!contact.isRecordFinal()) {
            throw new IllegalStateException(contact + " is still going: only a leg whose record is final is forgotten");
        }
        byId.remove(contact.contactId());
    }

    /** How many legs have begun and have no final record yet. */
    public int open() {
        return open;
    }

    /** The contact with this id; fails with a message naming the known ids otherwise. */
    public Contact get(String contactId) {
        Contact contact = byId.get(contactId);
        if (contact == null) {
            throw new IllegalArgumentException("no contact " + contactId + NearestName.hint(byId.keySet(), contactId)
                    + "; known: " + (byId.isEmpty() ? "none" : String.join(", ", byId.keySet())));
        }
        return contact;
    }

    /** The contact with this id, if the simulation still holds it. */
    public Optional<Contact> find(String contactId) {
        return Optional.ofNullable(byId.get(contactId));
    }

    /**
     * The contact, if it exists and {@code agent} has it in one of {@code states}: the check every
     * agent action on a contact starts with.
     */
    public Optional<Contact> withAgent(String agent, String contactId, Set<ContactState> states) {
        Contact contact = byId.get(contactId);
        if (contact == null) {
            return Optional.empty();
        }
        Assignment assignment = contact.assignment();
        if (assignment == null || !assignment.agentUsername().equals(agent) || !states.contains(assignment.state())) {
            return Optional.empty();
        }
        return Optional.of(contact);
    }

    public boolean contains(String contactId) {
        return byId.containsKey(contactId);
    }

    public Collection<Contact> all() {
        return Collections.unmodifiableCollection(byId.values());
    }

    /** The legs of one call: every contact whose initial contact is {@code initialContactId}. */
    public List<Contact> legsOf(String initialContactId) {
        return byId.values().stream().filter(c -> c.initialContactId().equals(initialContactId)).toList();
    }

    /** The legs whose previous contact is {@code contactId}: those its transfers created, oldest first. */
    public List<Contact> nextLegsOf(String contactId) {
        return byId.values().stream().filter(c -> contactId.equals(c.previousContactId())).toList();
    }
}
