package dev.connectsim.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ContactsTest {

    private static final Instant T0 = Instant.parse("2024-01-01T09:00:00Z");

    private final Contacts contacts = new Contacts();

    private static Contact contact(String id, String initialId, String previousId) {
        return new Contact(id, ContactType.VOICE, previousId == null ? InitiationMethod.INBOUND
                : InitiationMethod.TRANSFER, initialId, previousId, "+15550100", "+15550000", T0);
    }

    private Contact added(String id, String initialId, String previousId) {
        Contact contact = contact(id, initialId, previousId);
        contacts.add(contact);
        return contact;
    }

    @Test
    void aContactIsFoundByItsId() {
        Contact c17 = added("c-17", null, null);

        assertSame(c17, contacts.get("c-17"));
        assertTrue(contacts.contains("c-17"));
        assertFalse(contacts.contains("c-18"));
    }

    @Test
    void anUnknownIdNamesTheNearestKnownIdAndEveryKnownId() {
        added("c-17", null, null);
        added("alpha-contact", null, null);

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> contacts.get("c-18"));

        assertEquals("no contact c-18 (did you mean 'c-17'?); known: c-17, alpha-contact", error.getMessage());
    }

    @Test
    void anUnknownIdFarFromEveryKnownIdGetsNoSuggestion() {
        added("c-17", null, null);

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> contacts.get("7f3e9a2b"));

        assertEquals("no contact 7f3e9a2b; known: c-17", error.getMessage());
    }

    @Test
    void anUnknownIdWhenThereAreNoContactsSaysSo() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> contacts.get("c-1"));

        assertEquals("no contact c-1; known: none", error.getMessage());
    }

    @Test
    void aSecondContactWithTheSameIdIsRejectedAndTheFirstIsKept() {
        Contact first = added("c-17", null, null);

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> contacts.add(contact("c-17", null, null)));

        assertEquals("contact c-17 exists already", error.getMessage());
        assertSame(first, contacts.get("c-17"));
    }

    @Test
    void allContactsAreListedInTheOrderTheyWereCreatedAndCannotBeChangedThroughTheList() {
        Contact b = added("b", null, null);
        Contact a = added("a", null, null);
        Contact c = added("c", null, null);

        assertEquals(List.of(b, a, c), List.copyOf(contacts.all()));
        assertThrows(UnsupportedOperationException.class, () -> contacts.all().clear());
    }

    @Test
    void theLegsOfACallAreEveryContactWithItsInitialContactId() {
        Contact first = added("c-1", null, null);
        added("c-other", null, null);
        Contact second = added("c-2", "c-1", "c-1");
        Contact third = added("c-3", "c-1", "c-2");

        assertEquals(List.of(first, second, third), contacts.legsOf("c-1"));
        assertEquals(List.of(), contacts.legsOf("c-unknown"));
    }

    @Test
    void theNextLegsOfAContactAreThoseWhosePreviousContactItIs() {
        added("c-1", null, null);
        Contact second = added("c-2", "c-1", "c-1");
        Contact third = added("c-3", "c-1", "c-2");

        assertEquals(List.of(second), contacts.nextLegsOf("c-1"));
        assertEquals(List.of(third), contacts.nextLegsOf("c-2"));
        assertEquals(List.of(), contacts.nextLegsOf("c-3"));
    }

    @Test
    void aContactTheAgentHasInOneOfTheStatesIsFoundForThatAgent() {
        Contact c17 = added("c-17", null, null);
        c17.assign("alice", T0);
        c17.moveTo(ContactState.CONNECTED, T0);

        assertEquals(Optional.of(c17),
                contacts.withAgent("alice", "c-17", EnumSet.of(ContactState.CONNECTING, ContactState.CONNECTED)));
    }

    @Test
    void aContactInAnotherStateWithAnotherAgentOrWithNoAgentIsNotFoundForTheAgent() {
        Contact c17 = added("c-17", null, null);
        added("c-18", null, null);
        c17.assign("alice", T0);
        c17.moveTo(ContactState.CONNECTING, T0);
        Set<ContactState> connecting = Set.of(ContactState.CONNECTING);

        assertEquals(Optional.empty(), contacts.withAgent("alice", "c-17", Set.of(ContactState.CONNECTED)));
        assertEquals(Optional.empty(), contacts.withAgent("bob", "c-17", connecting));
        assertEquals(Optional.empty(), contacts.withAgent("alice", "c-18", connecting));
        assertEquals(Optional.empty(), contacts.withAgent("alice", "c-99", connecting));
    }

    @Test
    void aContactNoLongerOfferedToTheAgentIsNotFoundForThem() {
        Contact c17 = added("c-17", null, null);
        c17.assign("alice", T0);
        c17.moveTo(ContactState.CONNECTING, T0);
        c17.moveTo(ContactState.MISSED, T0.plusSeconds(20));

        c17.detachAssignment();

        assertEquals(Optional.empty(), contacts.withAgent("alice", "c-17", EnumSet.allOf(ContactState.class)));
    }
}
