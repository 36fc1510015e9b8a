package dev.connectsim.sandbox;

import dev.connectsim.harness.Capability;
import java.util.EnumMap;
import java.util.Map;

/** Why a real sandbox instance cannot give each {@link Capability}: the reason a skipped scenario shows. */
public final class SandboxLimits {

    private static final String NO_AGENT_API = "no public Connect API accepts, holds, resumes, dials a third party"
            + " for, conferences or swaps a voice contact: only the CTI service behind a real CCP (Streams) can";

    private static final Map<Capability, String> REASONS = new EnumMap<>(Map.ofEntries(
            Map.entry(Capability.EXTERNAL_NUMBER_BEHAVIOUR, "a real external number answers as it does; only the"
                    + " simulator can say when it answers, that it never answers, is busy or declines"),
            Map.entry(Capability.AGENT_BEHAVIOUR, "a real agent answers through a CCP; the Connect API cannot say how"
                    + " an agent answers (AutoAccept via UpdateUserPhoneConfig is the nearest thing)"),
            Map.entry(Capability.AGENT_ACTIONS, NO_AGENT_API),
            Map.entry(Capability.AGENT_FAULTS, "the real service cannot be told to fail an agent action"),
            Map.entry(Capability.VIRTUAL_TIME, "a sandbox runs on the real clock; the start time cannot be chosen"),
            Map.entry(Capability.SIMULATED_SALESFORCE, "the sandbox's flows call a real Salesforce org through the"
                    + " deployed telephony Lambda: connect-sim can neither say how it answers nor see its requests"),
            Map.entry(Capability.LAMBDA_DEPLOYMENT, "the telephony Lambda is deployed in the sandbox's account: its"
                    + " timeout, cold starts and keep-warm pings are set there, not by a scenario"),
            Map.entry(Capability.LAMBDA_FUNCTIONS, "the sandbox's flows call the functions deployed in its account:"
                    + " how long they run is theirs, and how often they ran is in CloudWatch, not in the Connect API"),
            Map.entry(Capability.FLOW_PATH, "the blocks a contact ran are in the flow logs (CloudWatch Logs), which"
                    + " the Connect API does not give"),
            Map.entry(Capability.CONNECTION_STATES, "the Connect API shows an agent's contact state"
                    + " (GetCurrentUserData), not each connection of the call; only a CCP sees those"),
            Map.entry(Capability.QUEUE_WITHOUT_FLOW, "no Connect API puts a voice call straight into a queue: a test"
                    + " call starts in a flow (StartOutboundVoiceContact)"),
            Map.entry(Capability.LOAD, "a load run places thousands of calls with automatic agents; a sandbox"
                    + " instance takes 10 concurrent calls by default, and each test call rings a real phone"),
            Map.entry(Capability.CONTACT_RECORD_DETAIL, "DescribeContact gives the agent, initiation method,"
                    + " disconnect reason and tags; recording, analytics and holds are only in contact records streamed to"
                    + " Kinesis, which this driver does not read"),
            Map.entry(Capability.CALLER_KEYPRESSES, "a test call rings a real phone (StartOutboundVoiceContact):"
                    + " whoever answers it presses the keys; no Connect API presses them"),
            Map.entry(Capability.CALLER_SPEECH, "a test call rings a real phone (StartOutboundVoiceContact):"
                    + " whoever answers it speaks to the bot; no Connect API speaks for them"),
            Map.entry(Capability.PROMPTS_HEARD, "what a real call plays is audio on the phone line; no Connect API"
                    + " lists the prompts a contact heard"),
            Map.entry(Capability.LAMBDA_ANSWERS, "the sandbox's flows invoke the Lambda functions deployed in its"
                    + " account: how they answer is their code, not a scenario's"),
            Map.entry(Capability.CCP_EVENTS, "Streams events fire in an agent's browser; no Connect API gives"
                    + " them"),
            Map.entry(Capability.OFFER_TIMEOUT, "how long an offer rings an agent is the service's own: no Connect"
                    + " API sets it"),
            Map.entry(Capability.CCP_PAGES, "the team's CCP JavaScript runs in an agent's browser against the real"
                    + " CCP; no Connect API loads it or calls its functions")));

    private SandboxLimits() {
    }

    public static String reason(Capability capability) {
        return REASONS.get(capability);
    }
}
