package com.voicedesk.bootstrap.problem;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * An RFC 9457 problem document. {@code type} is stable and documented in docs/api.md; {@code errors}
 * names the offending fields of a validation failure.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One offending field: its JSON path ("phone", "budget.amount") and what is wrong with it. */
    public record FieldError(String field, String message) {
    }
}
