package com.voicedesk.adapters.twilio;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/** Twilio webhooks and media streams. Account credentials are per tenant (tenant administration API). */
@ConfigMapping(prefix = "voicedesk.twilio")
public interface TwilioConfig {

    /**
     * The service's public URL as Twilio calls it ({@code https://voice.example.com}). Signatures are checked
     * against it and the media stream URL is built from it. Unset: the request's own URL, corrected by
     * {@code X-Forwarded-Proto/Host/Port} when {@link #trustForwardedHeaders()}.
     */
    Optional<URI> publicBaseUrl();

    /** Believe X-Forwarded-* headers (set by the ingress or proxy in front of VoiceDesk) when no base URL is set. */
    @WithDefault("true")
    boolean trustForwardedHeaders();

    /** How long the stream token in the TwiML stays valid: Twilio opens the stream within seconds. */
    @WithDefault("10m")
    Duration streamTokenTtl();

    /** Media messages held while a new stream's token is checked (two tracks, 50 a second each). */
    @WithDefault("1000")
    int maxPendingMessages();

    /** How long a tenant's Twilio credentials are reused before they are read again. */
    @WithDefault("30s")
    Duration credentialsTtl();
}
