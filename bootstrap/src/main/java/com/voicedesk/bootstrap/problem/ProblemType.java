package com.voicedesk.bootstrap.problem;

/** The stable problem types of the HTTP API. The URI is the contract; the title is for humans. */
public enum ProblemType {
    VALIDATION_FAILED("validation-failed", "The request has invalid fields", 400),
    MALFORMED_REQUEST("malformed-request", "The request body could not be read", 400),
    UNAUTHORIZED("unauthorized", "Authentication is required", 401),
    FORBIDDEN("forbidden", "Not allowed", 403),
    NOT_FOUND("not-found", "Not found", 404),
    METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed", 405),
    NOT_ACCEPTABLE("not-acceptable", "Cannot produce an acceptable representation", 406),
    CONFLICT("conflict", "The request conflicts with the current state", 409),
    INVALID_TRANSITION("invalid-transition", "The state change is not allowed", 409),
    CAPABILITY_NOT_CONFIGURED("capability-not-configured", "The capability is not configured", 409),
    PAYLOAD_TOO_LARGE("payload-too-large", "The request body is too large", 413),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported content type", 415),
    PROVIDER_UNAVAILABLE("provider-unavailable", "A provider is unavailable", 503),
    INTERNAL_ERROR("internal-error", "Internal error", 500);

    public static final String BASE = "https://voicedesk.dev/problems/";

    private final String slug;
    private final String title;
    private final int status;

    ProblemType(String slug, String title, int status) {
        this.slug = slug;
        this.title = title;
        this.status = status;
    }

    public String uri() {
        return BASE + slug;
    }

    public String title() {
        return title;
    }

    public int status() {
        return status;
    }
}
