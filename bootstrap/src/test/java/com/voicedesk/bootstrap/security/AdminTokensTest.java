package com.voicedesk.bootstrap.security;

import com.voicedesk.bootstrap.notifications.NotificationConfig;
import com.voicedesk.domain.shared.CapabilityNotConfiguredException;
import com.voicedesk.domain.shared.TenantId;
import com.voicedesk.domain.tenant.ApiKeyId;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AdminTokensTest {

    private static final String MASTER_KEY = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";
    private static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");

    private final TenantId tenant = TenantId.random();
    private final ApiKeyId key = ApiKeyId.random();

    @Test
    void aMintedTokenVerifiesUntilItExpires() {
        AdminTokens.Minted minted = tokens(NOW, Optional.empty()).mint(tenant, key, " sarah|admin ");

        assertThat(minted.expiresAt()).isEqualTo(NOW.plus(Duration.ofHours(1)));
        assertThat(tokens(NOW.plusSeconds(3599), Optional.empty()).verify(minted.token())).hasValueSatisfying(claims -> {
            assertThat(claims.tenant()).isEqualTo(tenant);
            assertThat(claims.mintedBy()).isEqualTo(key);
            assertThat(claims.admin()).isEqualTo("sarah|admin");
        });
        assertThat(tokens(NOW.plusSeconds(3600), Optional.empty()).verify(minted.token())).isEmpty();
    }

    @Test
    void aTamperedForeignOrMalformedTokenIsRefused() {
        String token = tokens(NOW, Optional.empty()).mint(tenant, key, "sarah").token();
        String otherAdmin = tokens(NOW, Optional.empty()).mint(tenant, key, "mallory").token();
        String body = token.substring(0, token.lastIndexOf('.'));
        String signature = otherAdmin.substring(otherAdmin.lastIndexOf('.'));

        AdminTokens verifier = tokens(NOW, Optional.empty());
        assertThat(verifier.verify(body + signature)).isEmpty();
        assertThat(tokens(NOW, Optional.of("another-secret")).verify(token)).isEmpty();
        assertThat(verifier.verify("vdat.")).isEmpty();
        assertThat(verifier.verify("vdat.%%%.###")).isEmpty();
        assertThat(verifier.verify("vd_live_key")).isEmpty();
        assertThat(verifier.verify(null)).isEmpty();
    }

    @Test
    void withoutAnyKeyTokensAreSwitchedOff() {
        AdminTokens off = new AdminTokens(config(Optional.empty()), Optional.empty(), Clock.fixed(NOW, ZoneOffset.UTC));
        assertThat(off.enabled()).isFalse();
        assertThatThrownBy(() -> off.mint(tenant, key, "sarah")).isInstanceOf(CapabilityNotConfiguredException.class);
    }

    private static AdminTokens tokens(Instant now, Optional<String> secret) {
        return new AdminTokens(config(secret), Optional.of(MASTER_KEY), Clock.fixed(now, ZoneOffset.UTC));
    }

    private static NotificationConfig config(Optional<String> secret) {
        NotificationConfig.AdminTokens tokens = new NotificationConfig.AdminTokens() {
            @Override
            public Duration ttl() {
                return Duration.ofHours(1);
            }

            @Override
            public Optional<String> secret() {
                return secret;
            }
        };
        return new NotificationConfig() {
            @Override
            public Stream stream() {
                throw new UnsupportedOperationException();
            }

            @Override
            public Duration roomDeliveryMaxAge() {
                return Duration.ofMinutes(10);
            }

            @Override
            public Duration deliveryFlushInterval() {
                return Duration.ofMillis(250);
            }

            @Override
            public Duration sweepInterval() {
                return Duration.ofSeconds(5);
            }

            @Override
            public Duration idempotencyRetention() {
                return Duration.ofDays(7);
            }

            @Override
            public int maxDataBytes() {
                return 4096;
            }

            @Override
            public AdminTokens adminTokens() {
                return tokens;
            }
        };
    }
}
