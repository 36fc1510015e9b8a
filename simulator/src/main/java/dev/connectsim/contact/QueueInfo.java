package dev.connectsim.contact;

import java.util.Objects;

/** The queue a contact is in or was routed through, as Streams' {@code getQueue()} returns it. */
public record QueueInfo(String name, String queueArn) {

    public QueueInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(queueArn, "queueArn");
    }

    /** The id part of the ARN, as Streams' {@code queueId}. */
    public String queueId() {
        return queueArn.substring(queueArn.lastIndexOf('/') + 1);
    }
}
