package dev.connectsim.contact;

import dev.connectsim.text.NearestName;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Every contact leg of one simulation, in the order they were created. */
public final class Contacts {

    private final Map<String, Contact> byId = new LinkedHashMap<>();

    public void add(Contact contact) {
        if (byId.putIfAbsent(contact.contactId(), contact) != null) {
            throw new IllegalArgumentException("contact " + contact.contactId() + " exists already");
        }
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
