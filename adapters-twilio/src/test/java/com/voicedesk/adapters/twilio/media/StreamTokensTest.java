package com.voicedesk.adapters.twilio.media;

import com.voicedesk.domain.call.CallId;
import com.voicedesk.domain.shared.TenantId;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class StreamTokensTest {

    private final TenantId tenant = TenantId.random();
    private final CallId call = CallId.random();
    private final Instant expiry = Instant.parse("2026-06-01T15:10:00Z");

    @Test
    void aTokenCarriesItsClaimsAndVerifiesOnlyWithItsAuthToken() {
        String token = StreamTokens.issue(tenant, call, expiry, "auth-token-1");
        var claims = StreamTokens.read(token).orElseThrow();
        assertThat(claims.tenantId()).isEqualTo(tenant);
        assertThat(claims.callId()).isEqualTo(call);
        assertThat(claims.expiresAt()).isEqualTo(expiry);
        assertThat(StreamTokens.verify(claims, "auth-token-1")).isTrue();
        assertThat(StreamTokens.verify(claims, "auth-token-2")).isFalse();
    }

    @Test
    void aTamperedTokenDoesNotVerify() {
        String token = StreamTokens.issue(tenant, call, expiry, "auth");
        String otherCall = token.replace(call.toString(), CallId.random().toString());
        assertThat(StreamTokens.verify(StreamTokens.read(otherCall).orElseThrow(), "auth")).isFalse();
        assertThat(StreamTokens.read("v1.nonsense")).isEmpty();
        assertThat(StreamTokens.read(null)).isEmpty();
        assertThat(StreamTokens.read("v2." + token.substring(3))).isEmpty();
    }
}
