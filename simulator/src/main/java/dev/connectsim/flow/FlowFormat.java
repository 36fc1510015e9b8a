package dev.connectsim.flow;

/** The shape a flow file was written in. All three load into the same model. */
public enum FlowFormat {
    /** The flow language: {@code Version}, {@code StartAction}, {@code Actions}. */
    CURRENT,
    /**
     * An export: {@code {"ContactFlow": {"Name", "Type", "Content": "<flow JSON as a string>"}}}; the content is
     * read as CURRENT (or LEGACY, if that is what it holds).
     */
    EXPORT_WRAPPER,
    /** The pre-2020 editor format: {@code modules}, {@code start}, {@code branches}, {@code parameters}. */
    LEGACY
}
