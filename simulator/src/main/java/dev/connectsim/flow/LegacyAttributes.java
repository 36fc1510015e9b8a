package dev.connectsim.flow;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The attributes a legacy parameter names through its {@code namespace}, as the current language's {@code $.}
 * references.
 *
 * <p>Design note: the legacy editor wrote a System attribute either by its display name ({@code Customer Number},
 * {@code Stored customer input}) or by its attribute name ({@code Queue.ARN}, {@code ContactId}); both are listed,
 * compared ignoring case. Queue metrics (set by a Get queue metrics block) are {@code Metrics.Queue.Size} ...
 * under the System namespace or a {@code Metrics} one, with or without the {@code Metrics.} prefix: they become
 * {@code $.Metrics.Queue.Size}. The names are those of the admin guide's "Contact attributes available in Amazon
 * Connect" and "System metrics attributes" tables.
 */
final class LegacyAttributes {

    /** System attributes by their legacy name, lower case. */
    private static final Map<String, String> SYSTEM = Map.ofEntries(
            Map.entry("customer number", "$.CustomerEndpoint.Address"),
            Map.entry("customerendpoint.address", "$.CustomerEndpoint.Address"),
            Map.entry("customerendpoint.type", "$.CustomerEndpoint.Type"),
            Map.entry("dialed number", "$.SystemEndpoint.Address"),
            Map.entry("systemendpoint.address", "$.SystemEndpoint.Address"),
            Map.entry("systemendpoint.type", "$.SystemEndpoint.Type"),
            Map.entry("stored customer input", "$.StoredCustomerInput"),
            Map.entry("contact id", "$.ContactId"),
            Map.entry("contactid", "$.ContactId"),
            Map.entry("initial contact id", "$.InitialContactId"),
            Map.entry("initialcontactid", "$.InitialContactId"),
            Map.entry("previous contact id", "$.PreviousContactId"),
            Map.entry("previouscontactid", "$.PreviousContactId"),
            Map.entry("channel", "$.Channel"),
            Map.entry("queue name", "$.Queue.Name"),
            Map.entry("queue.name", "$.Queue.Name"),
            Map.entry("queue arn", "$.Queue.ARN"),
            Map.entry("queue.arn", "$.Queue.ARN"),
            Map.entry("queue outbound number", "$.Queue.OutboundCallerId.Address"),
            Map.entry("queue.outboundcallerid.address", "$.Queue.OutboundCallerId.Address"),
            Map.entry("instance arn", "$.InstanceARN"),
            Map.entry("instancearn", "$.InstanceARN"),
            Map.entry("initiation method", "$.InitiationMethod"),
            Map.entry("initiationmethod", "$.InitiationMethod"),
            Map.entry("language code", "$.LanguageCode"),
            Map.entry("text to speech voice", "$.TextToSpeechVoiceId"),
            Map.entry("texttospeechvoiceid", "$.TextToSpeechVoiceId"),
            Map.entry("agent.username", "$.Agent.UserName"),
            Map.entry("agent.firstname", "$.Agent.FirstName"),
            Map.entry("agent.lastname", "$.Agent.LastName"),
            Map.entry("agent.arn", "$.Agent.ARN"));

    /** The queue metrics a Get queue metrics block sets, after {@code Metrics.}, as the admin guide names them. */
    static final List<String> METRICS = List.of("Queue.Name", "Queue.ARN", "Queue.Size", "Queue.OldestContactAge",
            "Agents.Online.Count", "Agents.Available.Count", "Agents.Staffed.Count", "Agents.AfterContactWork.Count",
            "Agents.Busy.Count", "Agents.Missed.Count", "Agents.NonProductive.Count");

    private LegacyAttributes() {
    }

    /** The reference for a System attribute ({@code Queue.ARN}, {@code Customer Number}, a metric), if known. */
    static Optional<String> system(String name) {
        String path = SYSTEM.get(name.toLowerCase(Locale.ROOT));
        return path != null ? Optional.of(path) : metric(name);
    }

    /** The reference for a queue metric, written {@code Metrics.Queue.Size} or {@code Queue.Size}, if known. */
    static Optional<String> metric(String name) {
        String bare = name.regionMatches(true, 0, "Metrics.", 0, 8) ? name.substring(8) : name;
        return METRICS.stream().filter(m -> m.equalsIgnoreCase(bare)).findFirst().map(m -> "$.Metrics." + m);
    }
}
