package dev.connectsim.project;

/** No connect-sim project where one was looked for; the message says where, and how to make or name one. */
public final class ProjectNotFound extends RuntimeException {

    public ProjectNotFound(String message) {
        super(message);
    }
}
