package com.voicedesk.adapters.ai.openai;

import com.voicedesk.domain.shared.ProviderUnavailableException;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.NonRetriableException;
import dev.langchain4j.exception.RetriableException;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * OpenAI failures as domain errors. {@link Transient} (5xx, 429, I/O, timeouts) is retried and counts against
 * the circuit; {@link Rejected} (4xx: bad key, unknown model, bad request, an unusable answer) is neither.
 */
public final class OpenAiFailure {

    static final String PROVIDER = "openai";

    private OpenAiFailure() {
    }

    public static final class Transient extends ProviderUnavailableException {
        public Transient(String message, Throwable cause) {
            super(PROVIDER, message, cause);
        }
    }

    public static final class Rejected extends ProviderUnavailableException {
        public Rejected(String message, Throwable cause) {
            super(PROVIDER, message, cause);
        }
    }

    /** Classifies whatever the client threw. */
    static ProviderUnavailableException of(Throwable e) {
        if (e instanceof ProviderUnavailableException known) {
            return known;
        }
        if (e instanceof HttpException http) {
            int status = http.statusCode();
            String message = "HTTP " + status + " from OpenAI";
            return status >= 500 || status == 429 || status == 408 ? new Transient(message, e) : new Rejected(message, e);
        }
        if (e instanceof RetriableException) {
            return new Transient(kind(e) + detail(e), e);
        }
        if (e instanceof NonRetriableException) {
            return new Rejected(kind(e) + detail(e), e);
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException || t instanceof UncheckedIOException || t instanceof InterruptedException) {
                return new Transient("cannot reach OpenAI (" + t.getClass().getSimpleName() + ")", e);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return new Rejected(brief(e), e);
    }

    private static String kind(Throwable e) {
        return switch (e.getClass().getSimpleName()) {
            case "InternalServerException" -> "OpenAI server error";
            case "RateLimitException" -> "rate limited by OpenAI";
            case "TimeoutException" -> "timed out";
            case "AuthenticationException" -> "the API key was refused";
            case "ModelNotFoundException" -> "unknown model";
            case "InvalidRequestException" -> "the request was refused";
            case "ContentFilteredException" -> "the content was filtered";
            default -> e.getClass().getSimpleName();
        };
    }

    private static String detail(Throwable e) {
        return e.getMessage() == null || e.getMessage().isBlank() ? "" : " (" + brief(e) + ")";
    }

    private static String brief(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.length() > 300 ? message.substring(0, 300) + "…" : message;
    }
}
