package com.voicedesk.bootstrap.problem;

import jakarta.ws.rs.core.Response;

import java.util.List;

/** Builds problem responses. */
public final class Problems {

    private Problems() {
    }

    public static Problem of(ProblemType type, String detail, String instance, List<Problem.FieldError> errors) {
        return new Problem(type.uri(), type.title(), type.status(), detail, instance, errors == null ? List.of() : errors);
    }

    public static Response response(ProblemType type, String detail, String instance) {
        return response(type, detail, instance, List.of());
    }

    public static Response response(ProblemType type, String detail, String instance, List<Problem.FieldError> errors) {
        return Response.status(type.status())
                .type(Problem.MEDIA_TYPE)
                .entity(of(type, detail, instance, errors))
                .build();
    }
}
