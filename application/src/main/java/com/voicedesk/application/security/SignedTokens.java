package com.voicedesk.application.security;

import com.voicedesk.domain.shared.InvalidValueException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Small self-contained signed tokens for links that must work without a session (a client's join link, a
 * media server's stream URL): {@code base64url(fields joined by '|') "." base64url(HMAC-SHA256)}. The key is
 * derived from a tenant secret and a purpose, so a token made for one purpose is worthless for another, and
 * rotating the tenant's secret invalidates every outstanding token.
 */
public final class SignedTokens {

    private static final String SEPARATOR = "|";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private SignedTokens() {
    }

    /** The signing key for one purpose ("consultation-link", "audio-tap") from a tenant's secret. */
    public static byte[] deriveKey(String secret, String purpose) {
        return hmac(secret.getBytes(StandardCharsets.UTF_8), ("voicedesk:" + purpose).getBytes(StandardCharsets.UTF_8));
    }

    public static String sign(byte[] key, List<String> fields) {
        for (String field : fields) {
            if (field == null || field.contains(SEPARATOR)) {
                throw new InvalidValueException("token", "fields must be present and must not contain '|'");
            }
        }
        byte[] payload = String.join(SEPARATOR, fields).getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(hmac(key, payload));
    }

    /**
     * The fields of a well-formed token, NOT yet verified: read them to find the key (the tenant), then
     * call {@link #verify}. Empty for anything that is not a token.
     */
    public static Optional<List<String>> peek(String token) {
        int dot = token == null ? -1 : token.indexOf('.');
        if (dot <= 0 || token.length() > 4096) {
            return Optional.empty();
        }
        try {
            String payload = new String(DECODER.decode(token.substring(0, dot)), StandardCharsets.UTF_8);
            return Optional.of(Arrays.asList(payload.split("\\" + SEPARATOR, -1)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Whether the token was signed with this key (constant-time comparison). */
    public static boolean verify(byte[] key, String token) {
        int dot = token == null ? -1 : token.indexOf('.');
        if (dot <= 0) {
            return false;
        }
        try {
            byte[] payload = DECODER.decode(token.substring(0, dot));
            byte[] presented = DECODER.decode(token.substring(dot + 1));
            return MessageDigest.isEqual(hmac(key, payload), presented);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
