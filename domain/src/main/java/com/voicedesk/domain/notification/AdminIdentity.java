package com.voicedesk.domain.notification;

import com.voicedesk.domain.shared.Require;

/**
 * An admin is known by the identity the CRM gives them (the same string they use as their LiveKit identity);
 * VoiceDesk keeps no admin table, so this is the one rule for it.
 */
public final class AdminIdentity {

    public static final int MAX_LENGTH = 200;

    private AdminIdentity() {
    }

    public static String require(String identity) {
        return Require.text(identity, "admin", MAX_LENGTH);
    }
}
