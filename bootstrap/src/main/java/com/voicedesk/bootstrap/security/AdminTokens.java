package com.voicedesk.bootstrap.security;

import com.voicedesk.bootstrap.notifications.NotificationConfig;
import com.voicedesk.domain.notification.AdminIdentity;
import com.voicedesk.domain.shared.CapabilityNotConfiguredException;
import com.voicedesk.domain.shared.TenantId;
import com.voicedesk.domain.tenant.ApiKeyId;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * Short-lived admin tokens: what a browser uses for its notification stream and inbox, so that the tenant
 * API key never leaves the CRM's backend. The CRM backend mints one per admin with its API key; the token
 * names the tenant, the key that minted it, the admin and an expiry, signed with HMAC-SHA256 under a key every
 * instance shares (so any instance accepts it). It is only good for /api/notifications (not for minting more).
 * <p>
 * Form: {@code vdat.<base64url(v1|tenant|key|expiry|admin)>.<base64url(hmac)>}.
 */
@ApplicationScoped
public class AdminTokens {

    public static final String PREFIX = "vdat.";
    private static final String VERSION = "v1";
    private static final String KEY_DERIVATION_LABEL = "voicedesk/admin-token/v1";
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    /** What a valid token says. */
    public record Claims(TenantId tenant, ApiKeyId mintedBy, String admin, Instant expiresAt) {
    }

    public record Minted(String token, Instant expiresAt) {
    }

    private final Optional<byte[]> key;
    private final Duration ttl;
    private final Clock clock;

    public AdminTokens(NotificationConfig config,
                       @ConfigProperty(name = "voicedesk.security.master-key") Optional<String> masterKey, Clock clock) {
        this.ttl = config.adminTokens().ttl();
        this.clock = clock;
        Optional<String> secret = config.adminTokens().secret().filter(s -> !s.isBlank());
        this.key = secret.isPresent()
                ? secret.map(s -> s.strip().getBytes(StandardCharsets.UTF_8))
                : masterKey.filter(s -> !s.isBlank()).map(AdminTokens::derive);
    }

    public boolean enabled() {
        return key.isPresent();
    }

    public Minted mint(TenantId tenant, ApiKeyId mintedBy, String admin) {
        byte[] secret = key.orElseThrow(() -> new CapabilityNotConfiguredException("admin-tokens",
                "Admin tokens are switched off: set VOICEDESK_NOTIFICATIONS_ADMIN_TOKENS_SECRET or VOICEDESK_SECURITY_MASTER_KEY; "
                        + "until then, open the stream with the API key and ?admin="));
        Instant expiresAt = clock.instant().plus(ttl).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        String claims = String.join("|", VERSION, tenant.value().toString(), mintedBy.value().toString(),
                Long.toString(expiresAt.getEpochSecond()), AdminIdentity.require(admin));
        String body = B64.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
        return new Minted(PREFIX + body + "." + B64.encodeToString(hmac(secret, body)), expiresAt);
    }

    /** The token's claims when it is well-formed, correctly signed and not expired. */
    public Optional<Claims> verify(String token) {
        if (key.isEmpty() || token == null || !token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String rest = token.substring(PREFIX.length());
        int dot = rest.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        String body = rest.substring(0, dot);
        try {
            byte[] signature = Base64.getUrlDecoder().decode(rest.substring(dot + 1));
            if (!MessageDigest.isEqual(signature, hmac(key.get(), body))) {
                return Optional.empty();
            }
            String[] parts = new String(Base64.getUrlDecoder().decode(body), StandardCharsets.UTF_8).split("\\|", 5);
            if (parts.length != 5 || !VERSION.equals(parts[0])) {
                return Optional.empty();
            }
            Instant expiresAt = Instant.ofEpochSecond(Long.parseLong(parts[3]));
            if (!clock.instant().isBefore(expiresAt)) {
                return Optional.empty();
            }
            return Optional.of(new Claims(new TenantId(UUID.fromString(parts[1])), new ApiKeyId(UUID.fromString(parts[2])),
                    parts[4], expiresAt));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private static byte[] hmac(byte[] secret, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(body.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** A key for tokens only, derived from the master key (which itself never signs anything). */
    private static byte[] derive(String masterKey) {
        return hmac(masterKey.strip().getBytes(StandardCharsets.UTF_8), KEY_DERIVATION_LABEL);
    }
}
