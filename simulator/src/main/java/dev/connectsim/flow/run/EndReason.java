package dev.connectsim.flow.run;

/** How a flow run ended. */
public enum EndReason {
    /** DisconnectParticipant: the flow hung up on the customer. */
    DISCONNECTED,
    /** TransferContactToQueue: the contact waits in its working queue for an agent. */
    QUEUED,
    /** TransferContactToAgent: the contact is offered to the target agent. */
    TRANSFERRED_TO_AGENT,
    /** TransferParticipantToThirdParty without ContinueFlowExecution: the customer is with the third party. */
    TRANSFERRED_TO_THIRD_PARTY,
    /** CompleteOutboundCall: the outbound call is being placed. */
    OUTBOUND_CALL_PLACED,
    /** EndFlowExecution: a whisper, hold or customer-queue flow is done; an unqueued contact ends. */
    FLOW_ENDED,
    /** The last block had nowhere to go: Connect ends the contact. */
    NO_NEXT_ACTION,
    /** The flow could not go on (an unknown block, an error with no branch, too many blocks): the contact ends. */
    FLOW_ERROR,
    /** The customer hung up while the flow ran. */
    CALLER_LEFT,
    /** A hook flow was stopped because what it ran for is over (the contact left the queue). */
    STOPPED
}
