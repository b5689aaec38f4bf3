package com.voicedesk.domain.plan;

import com.voicedesk.domain.shared.InvalidValueException;
import com.voicedesk.domain.shared.Require;

import java.time.Duration;

/** How often to try, and how long to wait between tries. */
public record RetryPolicy(int maxAttempts, Duration backoff) {

    public RetryPolicy {
        Require.range(maxAttempts, 1, 10, "retry.maxAttempts");
        Require.nonNull(backoff, "retry.backoff");
        if (backoff.compareTo(Duration.ofMinutes(5)) < 0 || backoff.compareTo(Duration.ofDays(7)) > 0) {
            throw new InvalidValueException("retry.backoff", "must be between 5 minutes and 7 days");
        }
    }

    public static RetryPolicy standard() {
        return new RetryPolicy(3, Duration.ofHours(4));
    }
}
