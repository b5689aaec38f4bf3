package com.voicedesk.application.tenant;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * API key format and hashing. A key is {@code vd_} + 40 base62 characters (about 238 bits), so a plain
 * SHA-256 is a sound storage hash: there is nothing to brute-force that a slow hash would protect.
 */
final class ApiKeySecrets {

    static final String PREFIX = "vd_";
    private static final int RANDOM_LENGTH = 40;
    private static final int VISIBLE_PREFIX = 10;
    private static final char[] ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray();
    private static final Pattern SHAPE = Pattern.compile("vd_[0-9A-Za-z]{" + RANDOM_LENGTH + "}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKeySecrets() {
    }

    static String generate() {
        StringBuilder key = new StringBuilder(PREFIX);
        for (int i = 0; i < RANDOM_LENGTH; i++) {
            key.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return key.toString();
    }

    static boolean looksValid(String presented) {
        return presented != null && SHAPE.matcher(presented).matches();
    }

    /** The part shown in listings so that an operator can tell keys apart. */
    static String visiblePrefix(String key) {
        return key.substring(0, VISIBLE_PREFIX);
    }

    static String hash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
