package dev.connectsim.routing;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * How {@link Instance.Builder#queue(String, QueueOptions)} defines a queue beyond its name. Start from
 * {@link #defaults()} and change what differs:
 *
 * <pre>{@code
 * builder.queue("BasicQueue", QueueOptions.defaults().withHoursOfOperation("Office Hours").withMaxContacts(10))
 * }</pre>
 *
 * @param id                     the queue id, or null: the last segment of {@code arn} when given, else an id
 *                               derived from the name ({@link Instance#nameBasedId})
 * @param arn                    the queue ARN, or null: the instance ARN + {@code /queue/<id>}
 * @param hoursOfOperation       the name of the queue's hours of operation
 * @param maxContacts            how many contacts may wait at once; empty: no limit
 * @param outboundCallerIdNumber the E.164 number outbound calls show, or null
 */
public record QueueOptions(String id, String arn, String hoursOfOperation, OptionalInt maxContacts,
        String outboundCallerIdNumber) {

    public QueueOptions {
        Objects.requireNonNull(hoursOfOperation, "hoursOfOperation");
        Objects.requireNonNull(maxContacts, "maxContacts");
        if (maxContacts.isPresent() && maxContacts.getAsInt() < 0) {
            throw new IllegalArgumentException("a queue's maximum number of contacts cannot be negative, was "
                    + maxContacts.getAsInt());
        }
        if (outboundCallerIdNumber != null && !PhoneNumber.isE164(outboundCallerIdNumber)) {
            throw new IllegalArgumentException("'" + outboundCallerIdNumber
                    + "' is not an E.164 phone number such as +18005550100");
        }
    }

    /** Derived id and ARN, "Basic Hours", no limit, no outbound caller id. */
    public static QueueOptions defaults() {
        return new QueueOptions(null, null, HoursOfOperation.BASIC_HOURS, OptionalInt.empty(), null);
    }

    public QueueOptions withId(String value) {
        return new QueueOptions(value, arn, hoursOfOperation, maxContacts, outboundCallerIdNumber);
    }

    public QueueOptions withArn(String value) {
        return new QueueOptions(id, value, hoursOfOperation, maxContacts, outboundCallerIdNumber);
    }

    public QueueOptions withHoursOfOperation(String value) {
        return new QueueOptions(id, arn, value, maxContacts, outboundCallerIdNumber);
    }

    public QueueOptions withMaxContacts(int value) {
        return new QueueOptions(id, arn, hoursOfOperation, OptionalInt.of(value), outboundCallerIdNumber);
    }

    public QueueOptions withOutboundCallerIdNumber(String value) {
        return new QueueOptions(id, arn, hoursOfOperation, maxContacts, value);
    }
}
