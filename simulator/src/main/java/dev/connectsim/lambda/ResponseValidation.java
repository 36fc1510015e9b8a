package dev.connectsim.lambda;

/**
 * The block's {@code ResponseValidation.ResponseType}: what shape of response the flow accepts,
 * and what {@code $.External} holds after it.
 */
public enum ResponseValidation {

    /**
     * A flat object. Strings are kept; numbers and booleans are kept as their JSON text
     * ({@code 200} becomes {@code "200"}); null values and empty lists or objects (the SCV create
     * call's {@code "errors": []}) are accepted and left out of {@code $.External}; a non-empty list
     * or object fails the block.
     */
    STRING_MAP,

    /** Any JSON object; nested values are kept, so {@code $.External.a.b} reaches them. */
    JSON,

    /** The block sets no ResponseValidation (every SCV sample but one): validated as {@link #STRING_MAP}. */
    UNSPECIFIED
}
