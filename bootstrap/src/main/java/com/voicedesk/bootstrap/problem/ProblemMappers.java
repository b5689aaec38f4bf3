package com.voicedesk.bootstrap.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.voicedesk.domain.shared.AccessDeniedException;
import com.voicedesk.domain.shared.CapabilityNotConfiguredException;
import com.voicedesk.domain.shared.ConflictException;
import com.voicedesk.domain.shared.IllegalTransitionException;
import com.voicedesk.domain.shared.InvalidValueException;
import com.voicedesk.domain.shared.NotFoundException;
import com.voicedesk.domain.shared.ProviderUnavailableException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Every failure leaves the API as problem+json: the caller's mistakes as 4xx with the fields named, our own
 * as a 500 that says nothing internal but carries an id to find the log line.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response invalidValue(InvalidValueException e, UriInfo uri) {
        return Problems.response(ProblemType.VALIDATION_FAILED, e.getMessage(), path(uri),
                List.of(new Problem.FieldError(e.field(), e.reason())));
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream().map(f -> f.field() + " " + f.message()).collect(Collectors.joining("; "));
        return Problems.response(ProblemType.VALIDATION_FAILED, detail, path(uri), errors);
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri) {
        return Problems.response(ProblemType.NOT_FOUND, e.getMessage(), path(uri));
    }

    @ServerExceptionMapper
    public Response illegalTransition(IllegalTransitionException e, UriInfo uri) {
        return Problems.response(ProblemType.INVALID_TRANSITION, e.getMessage(), path(uri));
    }

    @ServerExceptionMapper
    public Response conflict(ConflictException e, UriInfo uri) {
        return Problems.response(ProblemType.CONFLICT, e.getMessage(), path(uri));
    }

    @ServerExceptionMapper
    public Response notConfigured(CapabilityNotConfiguredException e, UriInfo uri) {
        return Problems.response(ProblemType.CAPABILITY_NOT_CONFIGURED, e.getMessage(), path(uri));
    }

    @ServerExceptionMapper
    public Response accessDenied(AccessDeniedException e, UriInfo uri) {
        return Problems.response(ProblemType.FORBIDDEN, e.getMessage(), path(uri));
    }

    @ServerExceptionMapper
    public Response providerUnavailable(ProviderUnavailableException e, UriInfo uri) {
        LOG.warnf("Provider unavailable on %s: %s", path(uri), e.getMessage());
        return Response.fromResponse(Problems.response(ProblemType.PROVIDER_UNAVAILABLE, e.getMessage(), path(uri)))
                .header(HttpHeaders.RETRY_AFTER, "30").build();
    }

    @ServerExceptionMapper({JsonProcessingException.class, MismatchedInputException.class,
            InvalidFormatException.class, UnrecognizedPropertyException.class, ValueInstantiationException.class,
            JsonParseException.class, JsonMappingException.class})
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        return readFailure(e, path(uri));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri, Request request) {
        String path = path(uri);
        if (e.getCause() instanceof JsonProcessingException json) {
            return readFailure(json, path);
        }
        int status = e.getResponse().getStatus();
        return switch (e) {
            case jakarta.ws.rs.NotFoundException nf ->
                    Problems.response(ProblemType.NOT_FOUND, "There is nothing at " + path, path);
            case NotAllowedException na -> notAllowed(na, request, path);
            case NotSupportedException ns -> Problems.response(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    "Send the body as application/json", path);
            case NotAcceptableException na -> Problems.response(ProblemType.NOT_ACCEPTABLE,
                    "This resource produces application/json (errors as application/problem+json)", path);
            default -> status == 413
                    ? Problems.response(ProblemType.PAYLOAD_TOO_LARGE, "The request body is over the size limit", path)
                    : status >= 500 ? internal(e, path) : Response.status(status).type(Problem.MEDIA_TYPE)
                    .entity(new Problem(ProblemType.BASE + "http-" + status, statusTitle(status), status,
                            e.getMessage(), path, List.of())).build();
        };
    }

    private static Response notAllowed(NotAllowedException e, Request request, String path) {
        java.util.Set<String> allowed = new java.util.TreeSet<>(e.getResponse().getAllowedMethods());
        String detail = "This resource does not support " + (request == null ? "this method" : request.getMethod())
                + (allowed.isEmpty() ? "" : "; it supports " + String.join(", ", allowed));
        Response.ResponseBuilder response = Response.fromResponse(
                Problems.response(ProblemType.METHOD_NOT_ALLOWED, detail, path));
        return allowed.isEmpty() ? response.build() : response.allow(allowed).build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        return internal(e, path(uri));
    }

    private static Response internal(Throwable e, String path) {
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "Unhandled error %s on %s", errorId, path);
        return Problems.response(ProblemType.INTERNAL_ERROR,
                "Something went wrong on our side; quote error id " + errorId + " when reporting it", path);
    }

    private static Response readFailure(JsonProcessingException e, String path) {
        if (e instanceof JsonParseException parse) {
            return Problems.response(ProblemType.MALFORMED_REQUEST,
                    "The body is not valid JSON (line " + parse.getLocation().getLineNr() + ", column "
                            + parse.getLocation().getColumnNr() + ")", path);
        }
        if (e instanceof JsonMappingException mapping) {
            String field = jsonPath(mapping.getPath());
            if (e instanceof ValueInstantiationException && e.getCause() instanceof InvalidValueException invalid) {
                return Problems.response(ProblemType.VALIDATION_FAILED, invalid.getMessage(), path,
                        List.of(new Problem.FieldError(field.isEmpty() ? invalid.field() : field, invalid.reason())));
            }
            String message = switch (e) {
                case UnrecognizedPropertyException u -> "is not a known field";
                case InvalidFormatException f -> "must be " + describe(f.getTargetType());
                case MismatchedInputException m when m.getTargetType() != null -> "must be " + describe(m.getTargetType());
                default -> "cannot be read";
            };
            if (field.isEmpty()) {
                return Problems.response(ProblemType.MALFORMED_REQUEST,
                        "The body does not have the expected shape: a JSON object is expected", path);
            }
            return Problems.response(ProblemType.VALIDATION_FAILED, field + " " + message, path,
                    List.of(new Problem.FieldError(field, message)));
        }
        return Problems.response(ProblemType.MALFORMED_REQUEST, "The body could not be read as JSON", path);
    }

    private static String describe(Class<?> type) {
        if (type.isEnum()) {
            Object[] values = type.getEnumConstants();
            List<String> names = new ArrayList<>();
            for (Object value : values) {
                names.add(((Enum<?>) value).name());
            }
            return "one of " + String.join(", ", names);
        }
        return switch (type.getSimpleName()) {
            case "Integer", "int", "Long", "long" -> "a whole number";
            case "BigDecimal", "Double", "double" -> "a number";
            case "Boolean", "boolean" -> "true or false";
            case "String" -> "a string";
            case "LocalDate" -> "a date (YYYY-MM-DD)";
            case "Instant", "OffsetDateTime" -> "a date-time (ISO 8601, e.g. 2026-05-01T18:00:00Z)";
            case "LocalTime" -> "a time (HH:MM)";
            case "List", "Set" -> "an array";
            default -> "a " + type.getSimpleName().replaceAll("(Request|Dto)$", "").toLowerCase(Locale.ROOT) + " object";
        };
    }

    private static String jsonPath(List<JsonMappingException.Reference> path) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            if (ref.getFieldName() != null) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    /** "create.body.budget.amount" becomes "budget.amount"; a query parameter keeps its own name. */
    private static String fieldOf(ConstraintViolation<?> violation) {
        List<String> names = new ArrayList<>();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
            } else if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                String name = node.getName();
                if (node.getIndex() != null) {
                    name = (name == null ? "" : name) + "[" + node.getIndex() + "]";
                }
                if (name != null) {
                    names.add(name);
                }
            }
        }
        if (names.isEmpty()) {
            return parameter == null ? "body" : parameter;
        }
        return String.join(".", names);
    }

    private static String statusTitle(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return known == null ? "HTTP " + status : known.getReasonPhrase();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getPath();
    }
}
