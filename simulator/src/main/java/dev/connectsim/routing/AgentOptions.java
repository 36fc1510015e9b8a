package dev.connectsim.routing;

import java.util.Objects;

/**
 * How {@link Instance.Builder#agent(String, String, AgentOptions)} defines an agent beyond their username and
 * routing profile. Start from {@link #defaults()} and change what differs:
 *
 * <pre>{@code
 * builder.agent("bob", "Basic", AgentOptions.defaults().withName("Bob", "Smith").withBehavior(
 *         AgentBehavior.acceptsAfter(Duration.ofSeconds(2))))
 * }</pre>
 *
 * @param id        the user id, or null: the last segment of {@code arn} when given, else an id derived from
 *                  the username ({@link Instance#nameBasedId})
 * @param arn       the agent ARN, or null: the instance ARN + {@code /agent/<id>}
 * @param firstName the first name, or null: the username with its first letter in upper case
 * @param lastName  the last name, or null: "Agent"
 * @param behavior  what the agent does when offered a contact
 */
public record AgentOptions(String id, String arn, String firstName, String lastName, AgentBehavior behavior) {

    /** The last name of an agent defined without one. */
    public static final String DEFAULT_LAST_NAME = "Agent";

    public AgentOptions {
        Objects.requireNonNull(behavior, "behavior");
    }

    /** Derived id, ARN and names; contacts are accepted by the test's own agent-side code. */
    public static AgentOptions defaults() {
        return new AgentOptions(null, null, null, null, AgentBehavior.manual());
    }

    public AgentOptions withId(String value) {
        return new AgentOptions(value, arn, firstName, lastName, behavior);
    }

    public AgentOptions withArn(String value) {
        return new AgentOptions(id, value, firstName, lastName, behavior);
    }

    public AgentOptions withName(String first, String last) {
        return new AgentOptions(id, arn, first, last, behavior);
    }

    public AgentOptions withBehavior(AgentBehavior value) {
        return new AgentOptions(id, arn, firstName, lastName, value);
    }
}
