package com.voicedesk.domain.notification;

/** PENDING until pushed to a live admin, DELIVERED_LIVE once it was, READ once the admin marked it. */
public enum DeliveryState {
    PENDING,
    DELIVERED_LIVE,
    READ
}
