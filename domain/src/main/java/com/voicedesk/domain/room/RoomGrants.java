package com.voicedesk.domain.room;

import com.voicedesk.domain.shared.InvalidValueException;
import com.voicedesk.domain.shared.Require;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a room token allows. {@code publishSources} is empty exactly when nothing may be published;
 * {@code ttl} is the token's lifetime.
 */
public record RoomGrants(
        boolean roomJoin,
        boolean roomCreate,
        Set<TrackSource> publishSources,
        boolean canSubscribe,
        boolean canPublishData,
        boolean hidden,
        Duration ttl) {

    public RoomGrants {
        Require.nonNull(publishSources, "publishSources");
        publishSources = publishSources.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(publishSources));
        Require.nonNull(ttl, "ttl");
        if (ttl.isNegative() || ttl.isZero() || ttl.compareTo(Duration.ofHours(24)) > 0) {
            throw new InvalidValueException("ttl", "must be between 1 second and 24 hours");
        }
    }

    public boolean canPublish() {
        return !publishSources.isEmpty();
    }
}
