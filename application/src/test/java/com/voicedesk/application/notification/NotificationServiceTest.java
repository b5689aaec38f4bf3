package com.voicedesk.application.notification;

import com.voicedesk.domain.event.DomainEvent;
import com.voicedesk.domain.event.NotificationRaised;
import com.voicedesk.domain.notification.FeedEntry;
import com.voicedesk.domain.notification.Notification;
import com.voicedesk.domain.notification.NotificationType;
import com.voicedesk.domain.notification.Recipient;
import com.voicedesk.domain.shared.ConflictException;
import com.voicedesk.domain.shared.InvalidValueException;
import com.voicedesk.domain.shared.TenantId;
import com.voicedesk.domain.shared.UnitOfWork;
import io.smallrye.mutiny.Uni;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NotificationServiceTest {

    private final InMemoryNotifications store = new InMemoryNotifications();
    private final List<DomainEvent> outbox = new CopyOnWriteArrayList<>();
    private final List<String> transactions = new CopyOnWriteArrayList<>();
    private final UnitOfWork unitOfWork = new UnitOfWork() {
        @Override
        public <T> Uni<T> inTransaction(Supplier<Uni<T>> work) {
            transactions.add("tx");
            return Uni.createFrom().deferred(work::get);
        }
    };
    private final NotificationService service = new NotificationService(store, event -> Uni.createFrom().item(() -> {
        outbox.add(event);
        return null;
    }), store, unitOfWork, Clock.fixed(Instant.parse("2026-05-01T10:00:00Z"), ZoneOffset.UTC));
    private final TenantId tenant = TenantId.random();

    @Test
    void aRaisedNotificationIsStoredQueuedAndSignalledInOneUnitOfWork() {
        Notification n = service.raise(new RaiseNotificationCommand(tenant, NotificationType.MISSED_CALL, "Missed call",
                "From +15550102000", "/calls/9", Map.of(), Recipient.admin("alice"))).await().indefinitely();

        assertThat(store.feeds.get(tenant)).extracting(FeedEntry::notification).containsExactly(n);
        assertThat(outbox).containsExactly(new NotificationRaised(tenant, n.id()));
        assertThat(store.signals).containsExactly("feed 1");
        assertThat(transactions).hasSize(1);
    }

    @Test
    void theSameEventWithTheSameKeyIsOneNotificationEvenWithFieldsReordered() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("contactId", "42");
        data.put("tags", List.of("wedding", Map.of("b", 2, "a", 1)));
        Map<String, Object> reordered = new LinkedHashMap<>();
        reordered.put("tags", List.of("wedding", Map.of("a", 1, "b", 2)));
        reordered.put("contactId", "42");

        AcceptedEvent first = service.accept(lead("k-1", " New lead ", data)).await().indefinitely();
        AcceptedEvent again = service.accept(lead("k-1", "New lead", reordered)).await().indefinitely();

        assertThat(first.duplicate()).isFalse();
        assertThat(again).isEqualTo(new AcceptedEvent(first.notificationId(), true));
        assertThat(store.feeds.get(tenant)).hasSize(1);
        assertThat(outbox).hasSize(1);
    }

    @Test
    void aKeyReusedForSomethingElseIsAConflictAndStoresNothing() {
        service.accept(lead("k-2", "New lead", Map.of("contactId", "42"))).await().indefinitely();

        assertThatThrownBy(() -> service.accept(lead("k-2", "New lead", Map.of("contactId", "43"))).await().indefinitely())
                .isInstanceOf(ConflictException.class).hasMessageContaining("k-2");
        assertThat(store.feeds.get(tenant)).hasSize(1);
    }

    @Test
    void withoutAKeyEveryEventIsANewNotification() {
        service.accept(lead(null, "New lead", Map.of())).await().indefinitely();
        service.accept(lead(null, "New lead", Map.of())).await().indefinitely();
        assertThat(store.feeds.get(tenant)).extracting(FeedEntry::seq).containsExactly(1L, 2L);
    }

    @Test
    void theCrmCannotSendTheTypesVoiceDeskRaisesItself() {
        assertThatThrownBy(() -> new AcceptCrmEventCommand(tenant, null, NotificationType.CALL_SUMMARY_READY, "x", null,
                null, null, null))
                .isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("type"))
                .hasMessageContaining("NEW_LEAD, PAYMENT_RECEIVED, CONTRACT_SIGNED, LEAD_STATUS_CHANGED");
    }

    private AcceptCrmEventCommand lead(String key, String title, Map<String, Object> data) {
        return new AcceptCrmEventCommand(tenant, key, NotificationType.NEW_LEAD, title, "Wedding", "/contacts/42", data,
                Recipient.allAdmins());
    }
}
