package dev.connectsim.harness;

/**
 * What a step needs from the contact center beyond placing, following and ending calls. The simulator has all of
 * them; a real sandbox instance has none, and says why ({@link ContactCenter#cannot}).
 */
public enum Capability {
    /** Saying how an external number answers: after a delay, never, busy, declining. */
    EXTERNAL_NUMBER_BEHAVIOUR,
    /** Saying how an agent answers offers. */
    AGENT_BEHAVIOUR,
    /** An agent accepting, holding, dialling, joining, swapping or leaving: the CCP's actions. */
    AGENT_ACTIONS,
    /** Making an agent action fail on purpose. */
    AGENT_FAULTS,
    /** Choosing when the scenario starts. */
    VIRTUAL_TIME,
    /** Saying how Salesforce answers, and reading what it received. */
    SIMULATED_SALESFORCE,
    /** Changing how the telephony Lambda function is deployed: its timeout, cold starts, keep-warm pings. */
    LAMBDA_DEPLOYMENT,
    /** Saying how long a bound Lambda function runs, and counting how often its handler ran. */
    LAMBDA_FUNCTIONS,
    /** The blocks a contact went through. */
    FLOW_PATH,
    /** Each connection of a call (customer, agent, third party) and its state. */
    CONNECTION_STATES,
    /** Placing a call in a queue with no flow. */
    QUEUE_WITHOUT_FLOW,
    /** Thousands of calls at once, answered by automatic agents, with the telephony function in memory. */
    LOAD,
    /** Contact record fields beyond agent, initiation method, disconnect reason and tags. */
    CONTACT_RECORD_DETAIL,
    /** Pressing keys as the caller, or staying silent at an input. */
    CALLER_KEYPRESSES,
    /** Speaking to a Lex bot as the caller. */
    CALLER_SPEECH,
    /** The prompts the caller heard. */
    PROMPTS_HEARD,
    /** Saying how a Lambda function answers in one scenario. */
    LAMBDA_ANSWERS,
    /** The Streams events an agent's CCP fired. */
    CCP_EVENTS,
    /** Setting how long an offer rings an agent before it is missed. */
    OFFER_TIMEOUT,
    /** An agent's CCP running the team's JavaScript on the Streams library. */
    CCP_PAGES
}
