package dev.connectsim.flow.action;

/** Resumes a paused task contact; it takes no parameters (Flow Language reference, ResumeContact). */
public record ResumeContact(Envelope envelope) implements Action {

    public static final String TYPE = "ResumeContact";

    @Override
    public String type() {
        return TYPE;
    }
}
