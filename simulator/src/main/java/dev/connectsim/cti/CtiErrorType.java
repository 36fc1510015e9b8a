package dev.connectsim.cti;

/**
 * The error types an agent action can fail with: Streams' {@code CTIExceptions}, plus the two
 * service errors seen on hold and resume (amazon-connect-streams issues 307 and 735).
 */
public enum CtiErrorType {
    ACCESS_DENIED("AccessDeniedException"),
    INVALID_STATE("InvalidStateException"),
    BAD_ENDPOINT("BadEndpointException"),
    INVALID_AGENT_ARN("InvalidAgentARNException"),
    INVALID_CONFIGURATION("InvalidConfigurationException"),
    INVALID_CONTACT_TYPE("InvalidContactTypeException"),
    QUOTA_EXCEEDED("QuotaExceededException"),
    INTERNAL_SERVICE_ERROR("InternalServiceError"),
    CALL_ALREADY_RESUMED("CallAlreadyResumedException");

    private final String type;

    CtiErrorType(String type) {
        this.type = type;
    }

    /** The {@code err.type} string a Streams failure callback receives. */
    public String type() {
        return type;
    }
}
