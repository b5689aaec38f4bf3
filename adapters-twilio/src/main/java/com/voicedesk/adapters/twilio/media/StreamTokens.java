package com.voicedesk.adapters.twilio.media;

import com.voicedesk.domain.call.CallId;
import com.voicedesk.domain.shared.TenantId;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * The token that authenticates a media stream: {@code v1.<tenant>.<call>.<expiry>.<mac>}, put in the TwiML as
 * a custom stream parameter. The MAC is HMAC-SHA256 under a key derived from the tenant's Twilio auth token,
 * so no extra secret is needed, only the tenant can mint one, and rotating the auth token revokes them.
 */
public final class StreamTokens {

    public static final String PARAMETER = "token";
    private static final String VERSION = "v1";

    /** What a well-formed token claims (its MAC still to be checked). */
    public record Claims(TenantId tenantId, CallId callId, Instant expiresAt, String signedPart, byte[] mac) {
    }

    private StreamTokens() {
    }

    public static String issue(TenantId tenant, CallId call, Instant expiresAt, String authToken) {
        String signed = VERSION + "." + tenant.value() + "." + call.value() + "." + expiresAt.getEpochSecond();
        return signed + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(mac(signed, authToken));
    }

    /** The claims of a well-formed token; empty for anything else. */
    public static Optional<Claims> read(String token) {
        if (token == null || token.length() > 300) {
            return Optional.empty();
        }
        String[] parts = token.split("\\.");
        if (parts.length != 5 || !VERSION.equals(parts[0])) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Claims(new TenantId(UUID.fromString(parts[1])), new CallId(UUID.fromString(parts[2])),
                    Instant.ofEpochSecond(Long.parseLong(parts[3])), token.substring(0, token.lastIndexOf('.')),
                    Base64.getUrlDecoder().decode(parts[4])));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Whether the claims were signed with this auth token (constant-time comparison). */
    public static boolean verify(Claims claims, String authToken) {
        return MessageDigest.isEqual(mac(claims.signedPart(), authToken), claims.mac());
    }

    private static byte[] mac(String signed, String authToken) {
        try {
            Mac derive = Mac.getInstance("HmacSHA256");
            derive.init(new SecretKeySpec(authToken.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] key = derive.doFinal("voicedesk media stream token".getBytes(StandardCharsets.UTF_8));
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(signed.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
