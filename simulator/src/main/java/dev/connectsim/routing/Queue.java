package dev.connectsim.routing;

import dev.connectsim.contact.QueueInfo;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A queue of the simulated instance.
 *
 * @param name                   the queue's name
 * @param id                     the queue id
 * @param arn                    {@code arn:aws:connect:<region>:<account>:instance/<instance id>/queue/<id>}
 * @param hoursOfOperation       the name of its hours of operation ("Basic Hours" unless set)
 * @param maxContacts            how many contacts may wait in it at once; empty: no limit
 * @param outboundCallerIdNumber the E.164 number outbound calls from it show, or null when not set
 */
public record Queue(String name, String id, String arn, String hoursOfOperation, OptionalInt maxContacts,
        String outboundCallerIdNumber) {

    public Queue {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(arn, "arn");
        Objects.requireNonNull(hoursOfOperation, "hoursOfOperation");
        Objects.requireNonNull(maxContacts, "maxContacts");
    }

    public QueueInfo info() {
        return new QueueInfo(name, arn);
    }
}
