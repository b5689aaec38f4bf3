package com.voicedesk.application.consultation;

import java.net.URI;
import java.time.Instant;

/** A client's way into a consultation: a signed token, the page that takes it, and when it stops working. */
public record JoinLink(String token, URI url, Instant expiresAt) {

    @Override
    public String toString() {
        return "JoinLink[expiresAt=" + expiresAt + ", token=***]";
    }
}
