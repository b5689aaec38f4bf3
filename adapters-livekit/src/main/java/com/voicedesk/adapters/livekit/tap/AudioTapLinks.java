package com.voicedesk.adapters.livekit.tap;

import com.voicedesk.adapters.livekit.LiveKitClients;
import com.voicedesk.application.security.SignedTokens;
import com.voicedesk.domain.call.CallId;
import com.voicedesk.domain.room.AudioTapTarget;
import com.voicedesk.domain.room.ParticipantRole;
import com.voicedesk.domain.shared.InvalidValueException;
import com.voicedesk.domain.shared.Require;
import com.voicedesk.domain.shared.TenantId;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * The signed, single-use part of an audio tap URL: which tenant, room, participant and track the stream is,
 * the PCM format LiveKit will send, a nonce (used once: the upgrade check records it) and an expiry. Signed
 * with a key derived from the tenant's LiveKit secret, so only VoiceDesk could have made it.
 */
@ApplicationScoped
public class AudioTapLinks {

    /** What a verified tap URL says. */
    public record Claims(TenantId tenantId, String roomName, String participantIdentity, ParticipantRole role,
                         String trackSid, CallId callId, String nonce, long expiresAtEpochSecond, int sampleRate,
                         int channels) {
        public Claims {
            Require.nonNull(tenantId, "tenantId");
            Require.nonNull(role, "role");
            Require.range(sampleRate, 8000, 192_000, "sampleRate");
            Require.range(channels, 1, 2, "channels");
        }
    }

    /** Why a tap URL was refused (answered with 401, never with detail to the caller). */
    public static final class InvalidTapUrl extends RuntimeException {
        InvalidTapUrl(String message) {
            super(message);
        }
    }

    private static final String VERSION = "t2";
    private static final String PURPOSE = "audio-tap";
    private static final int FIELDS = 11;

    private final LiveKitClients clients;
    private final Clock clock;

    public AudioTapLinks(LiveKitClients clients, Clock clock) {
        this.clients = clients;
        this.clock = clock;
    }

    /** A token for this target, valid for {@code ttl}, signed with the tenant's LiveKit secret. */
    public String sign(TenantId tenant, String apiSecret, AudioTapTarget target, Duration ttl, int sampleRate, int channels) {
        long expires = clock.instant().plus(ttl).getEpochSecond();
        return SignedTokens.sign(SignedTokens.deriveKey(apiSecret, PURPOSE), List.of(VERSION, tenant.toString(),
                target.roomName(), target.participantIdentity(), target.role().name(), target.trackSid(),
                target.callId() == null ? "" : target.callId().toString(), UUID.randomUUID().toString(),
                Long.toString(expires), Integer.toString(sampleRate), Integer.toString(channels)));
    }

    /** The claims of an authentic, unexpired token; {@link InvalidTapUrl} otherwise. Says nothing about reuse. */
    public Uni<Claims> verify(String token) {
        Claims claims;
        try {
            List<String> f = SignedTokens.peek(token).filter(all -> all.size() == FIELDS && VERSION.equals(all.get(0)))
                    .orElseThrow(() -> new InvalidTapUrl("not a tap token"));
            claims = new Claims(TenantId.of(f.get(1)), f.get(2), f.get(3), ParticipantRole.valueOf(f.get(4)), f.get(5),
                    f.get(6).isEmpty() ? null : CallId.of(f.get(6)), f.get(7), Long.parseLong(f.get(8)),
                    Integer.parseInt(f.get(9)), Integer.parseInt(f.get(10)));
        } catch (IllegalArgumentException e) {
            return Uni.createFrom().failure(new InvalidTapUrl("malformed tap token"));
        } catch (InvalidTapUrl e) {
            return Uni.createFrom().failure(e);
        }
        return clients.settings(claims.tenantId()).map(livekit -> {
            if (!SignedTokens.verify(SignedTokens.deriveKey(livekit.apiSecret(), PURPOSE), token)) {
                throw new InvalidTapUrl("bad signature");
            }
            if (clock.instant().getEpochSecond() >= claims.expiresAtEpochSecond()) {
                throw new InvalidTapUrl("expired");
            }
            return claims;
        });
    }
}
