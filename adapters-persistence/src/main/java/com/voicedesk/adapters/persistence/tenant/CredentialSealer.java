package com.voicedesk.adapters.persistence.tenant;

import jakarta.enterprise.context.ApplicationScoped;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * AES-256-GCM sealing of credential documents. Layout: version byte, 12-byte nonce, ciphertext with tag.
 * The tenant id is the associated data, so a sealed blob copied onto another tenant's row does not open.
 */
@ApplicationScoped
public class CredentialSealer {

    private static final byte VERSION = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final Optional<SecretKeySpec> key;
    private final SecureRandom random = new SecureRandom();

    public CredentialSealer(SecurityConfig config) {
        this.key = config.masterKey().filter(k -> !k.isBlank()).map(CredentialSealer::decodeKey);
    }

    public boolean isAvailable() {
        return key.isPresent();
    }

    public byte[] seal(UUID tenant, String plaintext) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, requireKey(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(aad(tenant));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length).put(VERSION).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot seal credentials", e);
        }
    }

    public String open(UUID tenant, byte[] blob) {
        if (blob.length < 1 + NONCE_BYTES || blob[0] != VERSION) {
            throw new IllegalStateException("Stored credentials of tenant " + tenant + " are not in a known format");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, requireKey(), new GCMParameterSpec(TAG_BITS, blob, 1, NONCE_BYTES));
            cipher.updateAAD(aad(tenant));
            byte[] plain = cipher.doFinal(blob, 1 + NONCE_BYTES, blob.length - 1 - NONCE_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new IllegalStateException("Stored credentials of tenant " + tenant
                    + " do not open with the configured master key (was it changed?)");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot open credentials", e);
        }
    }

    private SecretKeySpec requireKey() {
        return key.orElseThrow(() -> new IllegalStateException("No master key configured (voicedesk.security.master-key)"));
    }

    private static byte[] aad(UUID tenant) {
        return tenant.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static SecretKeySpec decodeKey(String base64) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("voicedesk.security.master-key must be base64 (openssl rand -base64 32)");
        }
        if (raw.length != 32) {
            throw new IllegalStateException("voicedesk.security.master-key must decode to 32 bytes, not " + raw.length
                    + " (openssl rand -base64 32)");
        }
        return new SecretKeySpec(raw, "AES");
    }
}
