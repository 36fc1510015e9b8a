package dev.connectsim.routing;

import dev.connectsim.contact.QueueInfo;

/** A queue of the simulated instance. */
public record Queue(String name, String arn) {

    public QueueInfo info() {
        return new QueueInfo(name, arn);
    }
}
