package com.voicedesk.application.consultation;

import com.voicedesk.domain.shared.InvalidValueException;
import com.voicedesk.domain.shared.Require;

import java.net.URI;
import java.time.Duration;

/**
 * How consultation rooms are made: how long an empty room lives, how many may join, the page a client's join
 * link opens (it receives {@code ?token=...}) and how long the link is valid.
 */
public record ConsultationSettings(Duration emptyTimeout, int maxParticipants, URI joinLinkBase, Duration joinLinkTtl) {

    public ConsultationSettings {
        Require.nonNull(emptyTimeout, "emptyTimeout");
        Require.range(maxParticipants, 2, 100, "maxParticipants");
        Require.nonNull(joinLinkBase, "joinLinkBase");
        Require.nonNull(joinLinkTtl, "joinLinkTtl");
        if (joinLinkTtl.isNegative() || joinLinkTtl.isZero() || joinLinkTtl.compareTo(Duration.ofDays(7)) > 0) {
            throw new InvalidValueException("joinLinkTtl", "must be between 1 second and 7 days");
        }
    }
}
