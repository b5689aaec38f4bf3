package com.voicedesk.domain.notification;

import com.voicedesk.domain.shared.Require;

/** Who a notification is for: one admin (by the identity the frontend uses), or every admin of the tenant. */
public sealed interface Recipient {

    static Recipient allAdmins() {
        return AllAdmins.INSTANCE;
    }

    static Recipient admin(String identity) {
        return new Admin(identity);
    }

    /** Whether an admin with this identity should receive it. */
    boolean includes(String identity);

    enum AllAdmins implements Recipient {
        INSTANCE;

        @Override
        public boolean includes(String identity) {
            return true;
        }
    }

    record Admin(String identity) implements Recipient {
        public Admin {
            identity = Require.text(identity, "recipient", 200);
        }

        @Override
        public boolean includes(String other) {
            return identity.equals(other);
        }
    }
}
