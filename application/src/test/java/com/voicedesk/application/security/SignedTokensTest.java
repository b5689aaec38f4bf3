package com.voicedesk.application.security;

import com.voicedesk.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SignedTokensTest {

    private final byte[] key = SignedTokens.deriveKey("tenant-secret", "purpose-a");

    @Test
    void signsAndVerifies() {
        String token = SignedTokens.sign(key, List.of("v1", "tenant", "room.x"));
        assertThat(SignedTokens.verify(key, token)).isTrue();
        assertThat(SignedTokens.peek(token)).contains(List.of("v1", "tenant", "room.x"));
        assertThat(token).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
    }

    @Test
    void refusesAlteredTokensOtherKeysAndOtherPurposes() {
        String token = SignedTokens.sign(key, List.of("v1", "tenant-a"));
        String otherPayload = SignedTokens.sign(key, List.of("v1", "tenant-b"));
        String spliced = otherPayload.substring(0, otherPayload.indexOf('.')) + token.substring(token.indexOf('.'));
        assertThat(SignedTokens.verify(key, spliced)).isFalse();
        assertThat(SignedTokens.verify(SignedTokens.deriveKey("other-secret", "purpose-a"), token)).isFalse();
        assertThat(SignedTokens.verify(SignedTokens.deriveKey("tenant-secret", "purpose-b"), token)).isFalse();
        assertThat(SignedTokens.verify(key, token + "x")).isFalse();
        assertThat(SignedTokens.verify(key, "garbage")).isFalse();
        assertThat(SignedTokens.peek("no-dot")).isEmpty();
        assertThat(SignedTokens.peek("%%%.x")).isEmpty();
    }

    @Test
    void refusesFieldsThatWouldBeAmbiguous() {
        assertThatThrownBy(() -> SignedTokens.sign(key, List.of("a|b"))).isInstanceOf(InvalidValueException.class);
    }
}
