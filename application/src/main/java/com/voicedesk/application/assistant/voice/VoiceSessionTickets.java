package com.voicedesk.application.assistant.voice;

import com.voicedesk.application.room.TenantSlugs;
import com.voicedesk.application.security.SignedTokens;
import com.voicedesk.domain.assistant.ConversationId;
import com.voicedesk.domain.room.RoomName;
import com.voicedesk.domain.room.RoomType;
import com.voicedesk.domain.shared.AccessDeniedException;
import com.voicedesk.domain.shared.CapabilityNotConfiguredException;
import com.voicedesk.domain.shared.InvalidValueException;
import com.voicedesk.domain.shared.TenantId;
import com.voicedesk.domain.webhook.ProcessedWebhookEvents;
import io.smallrye.mutiny.Uni;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Voice-socket tickets: the tenant, admin, conversation, room and expiry, signed with a key derived from the
 * service's master key (the same on every instance, so a ticket minted by one is redeemed by another), used
 * once (the nonce is recorded with the webhook ids, across instances).
 */
public final class VoiceSessionTickets implements StartVoiceSessionUseCase {

    static final String NONCES = "assistant-voice";
    private static final String VERSION = "v1";
    private static final int FIELDS = 8;

    private final Optional<byte[]> key;
    private final Duration ttl;
    private final TenantSlugs slugs;
    private final ProcessedWebhookEvents used;
    private final Clock clock;

    public VoiceSessionTickets(Optional<String> masterKey, Duration ttl, TenantSlugs slugs, ProcessedWebhookEvents used,
                               Clock clock) {
        this.key = masterKey.filter(k -> !k.isBlank()).map(k -> SignedTokens.deriveKey(k, "assistant-voice"));
        this.ttl = ttl;
        this.slugs = slugs;
        this.used = used;
        this.clock = clock;
    }

    @Override
    public Uni<VoiceSessionTicket> start(StartVoiceSessionCommand command) {
        if (key.isEmpty()) {
            return Uni.createFrom().failure(new CapabilityNotConfiguredException("voice",
                    "Voice sessions need the service's master key (VOICEDESK_SECURITY_MASTER_KEY)"));
        }
        return checkRoom(command).map(ignored -> {
            Instant expires = clock.instant().plus(ttl);
            String token = SignedTokens.sign(key.get(), List.of(VERSION, command.tenantId().toString(),
                    command.identity(), command.conversationId() == null ? "" : command.conversationId().toString(),
                    command.room() == null ? "" : command.room(), Boolean.toString(command.speak()),
                    UUID.randomUUID().toString(), Long.toString(expires.getEpochSecond())));
            return new VoiceSessionTicket(token, expires);
        });
    }

    @Override
    public Uni<VoiceSessionGrant> redeem(String token) {
        VoiceSessionGrant grant;
        try {
            List<String> f = SignedTokens.peek(token).filter(all -> all.size() == FIELDS && VERSION.equals(all.get(0)))
                    .orElseThrow(() -> refused("not a voice ticket"));
            if (key.isEmpty() || !SignedTokens.verify(key.get(), token)) {
                throw refused("bad signature");
            }
            if (clock.instant().getEpochSecond() >= Long.parseLong(f.get(7))) {
                throw refused("expired");
            }
            grant = new VoiceSessionGrant(TenantId.of(f.get(1)), f.get(2),
                    f.get(3).isEmpty() ? null : ConversationId.of(f.get(3)), f.get(4).isEmpty() ? null : f.get(4),
                    Boolean.parseBoolean(f.get(5)), f.get(6));
        } catch (AccessDeniedException e) {
            return Uni.createFrom().failure(e);
        } catch (IllegalArgumentException e) {
            return Uni.createFrom().failure(refused("malformed"));
        }
        return used.markProcessed(NONCES, grant.nonce(), grant.tenantId())
                .map(first -> {
                    if (!first) {
                        throw refused("already used");
                    }
                    return grant;
                });
    }

    /** A room, if named, must be this tenant's assistant room of this admin, or one of its collaboration rooms. */
    private Uni<Void> checkRoom(StartVoiceSessionCommand command) {
        if (command.room() == null) {
            return Uni.createFrom().voidItem();
        }
        return slugs.of(command.tenantId()).map(slug -> {
            RoomName room = RoomName.parse(command.room())
                    .filter(name -> name.tenant().equals(slug))
                    .orElseThrow(() -> new InvalidValueException("room", "is not one of this tenant's rooms"));
            boolean allowed = room.type() == RoomType.COLLABORATION
                    || room.type() == RoomType.ADMIN_ASSISTANT && room.key().equals(command.identity());
            if (!allowed) {
                throw new AccessDeniedException("Voice replies go to the admin's own assistant room or a collaboration room");
            }
            return null;
        });
    }

    private static AccessDeniedException refused(String why) {
        return new AccessDeniedException("voice ticket refused: " + why);
    }
}
