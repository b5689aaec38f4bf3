package com.voicedesk.application.assistant.voice;

import com.voicedesk.application.room.TenantSlugs;
import com.voicedesk.domain.assistant.ConversationId;
import com.voicedesk.domain.shared.AccessDeniedException;
import com.voicedesk.domain.shared.CapabilityNotConfiguredException;
import com.voicedesk.domain.shared.InvalidValueException;
import com.voicedesk.domain.shared.TenantId;
import com.voicedesk.domain.tenant.Tenant;
import com.voicedesk.domain.tenant.TenantRepository;
import com.voicedesk.domain.tenant.TenantSettings;
import com.voicedesk.domain.tenant.TenantSlug;
import com.voicedesk.domain.webhook.ProcessedWebhookEvents;
import io.smallrye.mutiny.Uni;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VoiceSessionTicketsTest {

    private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");
    private static final String MASTER_KEY = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";

    private final Tenant m10 = Tenant.create(new TenantSlug("m10"), "M10", TenantSettings.defaults("M10"), NOW);
    private final Set<String> used = new HashSet<>();
    private final ProcessedWebhookEvents processed = (provider, id, tenant) -> Uni.createFrom().item(used.add(provider + id));
    private final TenantSlugs slugs = new TenantSlugs(new TenantRepository() {
        public Uni<Void> insert(Tenant t) { return Uni.createFrom().voidItem(); }
        public Uni<Void> update(Tenant t) { return Uni.createFrom().voidItem(); }
        public Uni<Optional<Tenant>> findById(TenantId id) { return Uni.createFrom().item(Optional.of(m10)); }
        public Uni<Optional<Tenant>> findBySlug(TenantSlug slug) { return Uni.createFrom().item(Optional.of(m10)); }
        public Uni<List<Tenant>> list() { return Uni.createFrom().item(List.of(m10)); }
        public Uni<Boolean> isEmpty() { return Uni.createFrom().item(false); }
    });

    private VoiceSessionTickets tickets(Clock clock) {
        return new VoiceSessionTickets(Optional.of(MASTER_KEY), Duration.ofSeconds(60), slugs, processed, clock);
    }

    private final VoiceSessionTickets tickets = tickets(Clock.fixed(NOW, ZoneOffset.UTC));

    private VoiceSessionTicket start(String identity, ConversationId conversation, String room) {
        return tickets.start(new StartVoiceSessionCommand(m10.id(), identity, conversation, room, true)).await().indefinitely();
    }

    @Test
    void aTicketCarriesTheGrantAndWorksOnce() {
        ConversationId conversation = ConversationId.random();
        VoiceSessionTicket ticket = start("alice", conversation, "m10.assistant-alice");
        assertThat(ticket.expiresAt()).isEqualTo(NOW.plusSeconds(60));

        VoiceSessionGrant grant = tickets.redeem(ticket.token()).await().indefinitely();
        assertThat(grant.tenantId()).isEqualTo(m10.id());
        assertThat(grant.identity()).isEqualTo("alice");
        assertThat(grant.conversationId()).isEqualTo(conversation);
        assertThat(grant.room()).isEqualTo("m10.assistant-alice");
        assertThat(grant.speak()).isTrue();
        assertThatThrownBy(() -> tickets.redeem(ticket.token()).await().indefinitely())
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("already used");
    }

    @Test
    void expiredForgedAndForeignTicketsAreRefused() {
        VoiceSessionTicket ticket = start("alice", null, null);
        assertThatThrownBy(() -> tickets(Clock.fixed(NOW.plusSeconds(61), ZoneOffset.UTC)).redeem(ticket.token())
                .await().indefinitely()).hasMessageContaining("expired");
        String tampered = ticket.token().replaceFirst("^.", ticket.token().charAt(0) == 'A' ? "B" : "A");
        assertThatThrownBy(() -> tickets.redeem(tampered).await().indefinitely()).isInstanceOf(AccessDeniedException.class);
        VoiceSessionTickets otherService = new VoiceSessionTickets(Optional.of("c29tZSBvdGhlciBrZXkgc29tZSBvdGhlciBrZXkh"),
                Duration.ofSeconds(60), slugs, processed, Clock.fixed(NOW, ZoneOffset.UTC));
        assertThatThrownBy(() -> otherService.redeem(ticket.token()).await().indefinitely()).hasMessageContaining("bad signature");
        assertThatThrownBy(() -> tickets.redeem(null).await().indefinitely()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> tickets.redeem("garbage").await().indefinitely()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void repliesGoOnlyToTheAdminsOwnOrASharedRoomOfTheTenant() {
        assertThat(start("alice", null, "m10.collaboration-team").token()).isNotBlank();
        assertThatThrownBy(() -> start("alice", null, "m10.assistant-bob")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> start("alice", null, "other.assistant-alice")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> start("alice", null, "m10.call-123")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> start("not an identity!", null, null)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void withoutAMasterKeyThereAreNoVoiceSessions() {
        VoiceSessionTickets off = new VoiceSessionTickets(Optional.empty(), Duration.ofSeconds(60), slugs, processed,
                Clock.systemUTC());
        assertThatThrownBy(() -> off.start(new StartVoiceSessionCommand(m10.id(), "alice", null, null, true))
                .await().indefinitely()).isInstanceOf(CapabilityNotConfiguredException.class);
    }
}
