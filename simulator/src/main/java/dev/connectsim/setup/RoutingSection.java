package dev.connectsim.setup;

import dev.connectsim.flow.FlowLibrary;
import dev.connectsim.flow.FlowType;
import dev.connectsim.routing.AgentOptions;
import dev.connectsim.routing.HoursOfOperation.OpenRange;
import dev.connectsim.routing.Instance;
import dev.connectsim.routing.PhoneNumber;
import dev.connectsim.routing.QueueOptions;
import dev.connectsim.routing.QuickConnectType;
import dev.connectsim.text.NearestName;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the routing sections of the instance file (hoursOfOperation, queues, routingProfiles, agents, phoneNumbers,
 * quickConnects) into an {@link Instance.Builder}, resolving the flows they name in the instance's flows. The
 * builder checks the references between them.
 */
final class RoutingSection {

    static final List<String> HOURS_KEYS = List.of("zone", "open", "id", "arn");
    static final List<String> QUEUE_KEYS = List.of("hours", "maxContacts", "outboundCallerId", "id", "arn");
    static final List<String> AGENT_KEYS = List.of("routingProfile", "behavior", "firstName", "lastName", "id", "arn");
    static final List<String> QUICK_CONNECT_KEYS = List.of("type", "target", "flow", "queues");

    private static final List<String> QUICK_CONNECT_TYPES =
            Arrays.stream(QuickConnectType.values()).map(Enum::name).toList();

    private final Instance.Builder builder;
    private final FlowLibrary flows;

    RoutingSection(Instance.Builder builder, FlowLibrary flows) {
        this.builder = builder;
        this.flows = flows;
    }

    void hoursOfOperation(Setting section) {
        for (Setting.Named entry : section.entries("a map of hours of operation names to their settings")) {
            Setting.Fields fields = entry.value().fields("the settings of hours of operation ("
                    + String.join(", ", HOURS_KEYS) + ")", HOURS_KEYS);
            ZoneId zone = fields.optional("zone").filter(s -> !s.isNull()).map(Values::zone).orElse(ZoneOffset.UTC);
            List<OpenRange> ranges = new ArrayList<>();
            fields.optional("open").ifPresent(open -> open.entries("a map of days (MONDAY ...) to time ranges such "
                    + "as 09:00-17:00").forEach(day -> ranges.addAll(Values.ranges(Values.day(day), day.value()))));
            builder.hoursOfOperation(entry.key(), fields.text("id", "an id"), fields.text("arn", "an ARN"), zone,
                    ranges);
        }
    }

    void queues(Setting section) {
        for (Setting.Named entry : section.entries("a map of queue names to their settings")) {
            Setting.Fields fields = entry.value().fields("the settings of a queue (" + String.join(", ", QUEUE_KEYS)
                    + ")", QUEUE_KEYS);
            QueueOptions options = QueueOptions.defaults().withId(fields.text("id", "an id"))
                    .withArn(fields.text("arn", "an ARN"));
            String hours = fields.text("hours", "the name of hours of operation");
            if (hours != null) {
                options = options.withHoursOfOperation(hours);
            }
            Optional<Setting> maxContacts = fields.optional("maxContacts").filter(s -> !s.isNull());
            if (maxContacts.isPresent()) {
                options = options.withMaxContacts(maxContacts.get().count("a whole number from 0 up"));
            }
            Optional<Setting> callerId = fields.optional("outboundCallerId").filter(s -> !s.isNull());
            if (callerId.isPresent()) {
                options = options.withOutboundCallerIdNumber(e164(callerId.get()));
            }
            builder.queue(entry.key(), options);
        }
    }

    void routingProfiles(Setting section) {
        for (Setting.Named entry : section.entries("a map of routing profile names to their queues")) {
            List<String> queues = entry.value().items("a list of queue names, in priority order").stream()
                    .map(item -> item.text("a queue name")).toList();
            builder.routingProfile(entry.key(), queues);
        }
    }

    void agents(Setting section) {
        for (Setting.Named entry : section.entries("a map of agent usernames to their settings")) {
            Setting.Fields fields = entry.value().fields("the settings of an agent (" + String.join(", ", AGENT_KEYS)
                    + ")", AGENT_KEYS);
            String routingProfile = fields.required("routingProfile", "the name of the agent's routing profile")
                    .text("the name of a routing profile");
            AgentOptions options = AgentOptions.defaults().withId(fields.text("id", "an id"))
                    .withArn(fields.text("arn", "an ARN"))
                    .withName(fields.text("firstName", "a first name"), fields.text("lastName", "a last name"));
            Optional<Setting> behavior = fields.optional("behavior").filter(s -> !s.isNull());
            if (behavior.isPresent()) {
                options = options.withBehavior(Values.behavior(behavior.get()));
            }
            builder.agent(entry.key(), routingProfile, options);
        }
    }

    void phoneNumbers(Setting section) {
        for (Setting.Named entry : section.entries("a map of E.164 phone numbers to the flows that answer them")) {
            if (!PhoneNumber.isE164(entry.key())) {
                throw entry.keyError("expected an E.164 phone number such as +18005550100, found '" + entry.key()
                        + "'", null);
            }
            String flow = flow(entry.value(), FlowType.CONTACT_FLOW, "a phone number");
            builder.phoneNumber(entry.key(), flow);
        }
    }

    void quickConnects(Setting section) {
        for (Setting.Named entry : section.entries("a map of quick connect names to their settings")) {
            Setting.Fields fields = entry.value().fields("the settings of a quick connect ("
                    + String.join(", ", QUICK_CONNECT_KEYS) + ")", QUICK_CONNECT_KEYS);
            QuickConnectType type = quickConnectType(fields.required("type", "USER, QUEUE or PHONE_NUMBER"));
            Setting targetSetting = fields.required("target", "an agent username (USER), a queue name (QUEUE) or "
                    + "an E.164 number (PHONE_NUMBER)");
            String target = type == QuickConnectType.PHONE_NUMBER ? e164(targetSetting)
                    : targetSetting.text(type == QuickConnectType.USER ? "an agent username" : "a queue name");
            List<String> queues = fields.optional("queues").map(q -> q.items("a list of queue names").stream()
                    .map(item -> item.text("a queue name")).toList()).orElse(List.of());
            String flowName = null;
            Optional<Setting> flow = fields.optional("flow").filter(s -> !s.isNull());
            if (flow.isPresent()) {
                if (type == QuickConnectType.PHONE_NUMBER) {
                    throw flow.get().error("a PHONE_NUMBER quick connect runs no flow; remove 'flow' or make it a "
                            + "USER or QUEUE quick connect");
                }
                flowName = flow(flow.get(), type == QuickConnectType.USER ? FlowType.AGENT_TRANSFER
                        : FlowType.QUEUE_TRANSFER, "a " + type + " quick connect");
            }
            builder.quickConnect(entry.key(), type, target, queues, flowName);
        }
    }

    /** The name of the flow {@code setting} refers to (a name, id or ARN), which must be of {@code type}. */
    private String flow(Setting setting, FlowType type, String user) {
        String reference = setting.text("the name of a " + type + " flow");
        FlowLibrary.Entry entry = flows.find(reference).orElseThrow(() -> setting.error(
                "refers to an undefined " + flows.unknown(reference).replaceFirst("^the instance has no ", "")));
        if (entry.type() != type) {
            throw setting.error("expected a " + type + " flow for " + user + ", found flow '" + entry.name()
                    + "', which is a " + entry.type());
        }
        return entry.name();
    }

    private static QuickConnectType quickConnectType(Setting setting) {
        String text = setting.text("USER, QUEUE or PHONE_NUMBER");
        String wanted = text.strip().toUpperCase(Locale.ROOT);
        if (!QUICK_CONNECT_TYPES.contains(wanted)) {
            throw setting.error("expected USER, QUEUE or PHONE_NUMBER, found '" + text + "'"
                    + NearestName.hint(QUICK_CONNECT_TYPES, wanted));
        }
        return QuickConnectType.valueOf(wanted);
    }

    private static String e164(Setting setting) {
        String text = setting.text("an E.164 phone number such as +18005550100");
        if (!PhoneNumber.isE164(text)) {
            throw setting.mismatch("an E.164 phone number such as +18005550100");
        }
        return text;
    }
}
