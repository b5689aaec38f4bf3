package com.voicedesk.domain.notification;

import com.voicedesk.domain.shared.TenantId;
import io.smallrye.mutiny.Uni;

import java.util.Optional;

/** Stored notifications: the inbox. Delivery reads and updates it; nothing is ever lost from it. */
public interface NotificationRepository {

    Uni<Void> insert(Notification notification);

    Uni<Optional<Notification>> findById(TenantId tenant, NotificationId id);
}
