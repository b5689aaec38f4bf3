package com.voicedesk.bootstrap.persistence;

import com.voicedesk.bootstrap.support.Api;
import com.voicedesk.bootstrap.support.OnVertx;
import com.voicedesk.domain.room.ParticipantRole;
import com.voicedesk.domain.room.PresenceEntry;
import com.voicedesk.domain.room.PresenceRepository;
import com.voicedesk.domain.shared.TenantId;
import com.voicedesk.domain.webhook.ProcessedWebhookEvents;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class PresenceAndWebhookEventsTest {

    private static final Instant T = Instant.parse("2026-11-21T12:00:00Z");

    @Inject
    PresenceRepository presence;

    @Inject
    ProcessedWebhookEvents processed;

    @Test
    void lateAndRepeatedWebhooksCannotCorruptPresence() {
        TenantId tenant = Api.newTenant().tenantId();
        PresenceEntry joined = new PresenceEntry(tenant, "alice", "assistant-alice", ParticipantRole.ADMIN, T);
        OnVertx.await(() -> presence.joined(joined));
        OnVertx.await(() -> presence.joined(joined));
        assertThat(OnVertx.await(() -> presence.findByIdentity(tenant, "alice"))).hasSize(1);

        OnVertx.await(() -> presence.left(tenant, "alice", "assistant-alice", T.plusSeconds(60)));
        OnVertx.await(() -> presence.joined(joined));
        assertThat(OnVertx.await(() -> presence.list(tenant))).as("a late join older than the leave").isEmpty();

        OnVertx.await(() -> presence.joined(new PresenceEntry(tenant, "alice", "assistant-alice", ParticipantRole.ADMIN,
                T.plusSeconds(120))));
        OnVertx.await(() -> presence.left(tenant, "alice", "assistant-alice", T.plusSeconds(90)));
        assertThat(OnVertx.await(() -> presence.list(tenant))).as("a stale leave older than the new join").hasSize(1);
    }

    @Test
    void aLeaveBeforeItsJoinWinsAndARoomClosingEmptiesIt() {
        TenantId tenant = Api.newTenant().tenantId();
        OnVertx.await(() -> presence.left(tenant, "bob", "collab-1", T.plusSeconds(10)));
        OnVertx.await(() -> presence.joined(new PresenceEntry(tenant, "bob", "collab-1", ParticipantRole.ADMIN, T)));
        assertThat(OnVertx.await(() -> presence.list(tenant))).isEmpty();

        OnVertx.await(() -> presence.joined(new PresenceEntry(tenant, "carol", "collab-2", ParticipantRole.ADMIN, T)));
        OnVertx.await(() -> presence.joined(new PresenceEntry(tenant, "dave", "collab-2", ParticipantRole.OBSERVER, T)));
        OnVertx.await(() -> presence.joined(new PresenceEntry(tenant, "carol", "assistant-carol", ParticipantRole.ADMIN, T)));
        assertThat(OnVertx.await(() -> presence.findByIdentity(tenant, "carol"))).extracting(PresenceEntry::roomName)
                .containsExactly("assistant-carol", "collab-2");
        OnVertx.await(() -> presence.roomClosed(tenant, "collab-2", T.plusSeconds(30)));
        assertThat(OnVertx.await(() -> presence.list(tenant))).extracting(PresenceEntry::identity).containsExactly("carol");
    }

    @Test
    void presenceIsPerTenant() {
        TenantId a = Api.newTenant().tenantId();
        TenantId b = Api.newTenant().tenantId();
        OnVertx.await(() -> presence.joined(new PresenceEntry(a, "alice", "room", ParticipantRole.ADMIN, T)));
        assertThat(OnVertx.await(() -> presence.list(b))).isEmpty();
        assertThat(OnVertx.await(() -> presence.findByIdentity(b, "alice"))).isEmpty();
    }

    @Test
    void aWebhookEventIsProcessedOnce() {
        String id = "evt-" + UUID.randomUUID();
        TenantId tenant = Api.newTenant().tenantId();
        assertThat(OnVertx.await(() -> processed.markProcessed("livekit", id, tenant))).isTrue();
        assertThat(OnVertx.await(() -> processed.markProcessed("livekit", id, tenant))).isFalse();
        assertThat(OnVertx.await(() -> processed.markProcessed("twilio", id, tenant))).as("ids are per provider").isTrue();
    }
}
