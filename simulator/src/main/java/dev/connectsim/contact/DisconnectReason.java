package dev.connectsim.contact;

/** Why a contact leg ended, as its contact trace record says. */
public enum DisconnectReason {
    CUSTOMER_DISCONNECT, AGENT_DISCONNECT, THIRD_PARTY_DISCONNECT, TELECOM_PROBLEM, BARGED,
    CONTACT_FLOW_DISCONNECT, OTHER
}
