package com.voicedesk.adapters.livekit;

import com.voicedesk.domain.room.RoomAccess;
import com.voicedesk.domain.room.RoomGrants;
import com.voicedesk.domain.room.RoomToken;
import com.voicedesk.domain.room.RoomTokenIssuer;
import com.voicedesk.domain.room.TrackSource;
import com.voicedesk.domain.shared.TenantId;
import io.livekit.server.AccessToken;
import io.livekit.server.CanPublish;
import io.livekit.server.CanPublishData;
import io.livekit.server.CanPublishSources;
import io.livekit.server.CanSubscribe;
import io.livekit.server.CanUpdateOwnMetadata;
import io.livekit.server.Hidden;
import io.livekit.server.RoomCreate;
import io.livekit.server.RoomJoin;
import io.livekit.server.RoomName;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;

/**
 * Room tokens as LiveKit access tokens (HS256 JWTs signed with the tenant's API secret). Every grant is written
 * out, including the denials, so a token says exactly what the policy decided. The participant's role and the
 * room type travel as participant attributes, which LiveKit echoes back in its webhooks.
 */
@ApplicationScoped
public class LiveKitRoomTokenIssuer implements RoomTokenIssuer {

    /** Participant attributes VoiceDesk sets; the webhook reads the role back from them. */
    public static final String ROLE_ATTRIBUTE = "voicedesk.role";
    public static final String ROOM_TYPE_ATTRIBUTE = "voicedesk.room-type";

    private final LiveKitClients clients;
    private final Clock clock;

    public LiveKitRoomTokenIssuer(LiveKitClients clients, Clock clock) {
        this.clients = clients;
        this.clock = clock;
    }

    @Override
    public Uni<RoomToken> issue(TenantId tenant, RoomAccess access) {
        return clients.settings(tenant).map(livekit -> {
            // JWT expiry has second precision: state the one the token really has.
            Instant expires = clock.instant().plus(access.grants().ttl()).truncatedTo(ChronoUnit.SECONDS);
            AccessToken token = new AccessToken(livekit.apiKey(), livekit.apiSecret());
            token.setIdentity(access.identity());
            if (access.displayName() != null) {
                token.setName(access.displayName());
            }
            token.setExpiration(Date.from(expires));
            token.getAttributes().put(ROLE_ATTRIBUTE, access.role().wireName());
            token.getAttributes().put(ROOM_TYPE_ATTRIBUTE, access.room().type().wireName());
            addGrants(token, access.room().value(), access.grants());
            return new RoomToken(token.toJwt(), livekit.url(), access.room().value(), access.identity(), expires);
        });
    }

    private static void addGrants(AccessToken token, String room, RoomGrants grants) {
        token.addGrants(new RoomJoin(grants.roomJoin()), new RoomName(room), new RoomCreate(grants.roomCreate()),
                new CanSubscribe(grants.canSubscribe()), new CanPublish(grants.canPublish()),
                new CanPublishData(grants.canPublishData()), new CanUpdateOwnMetadata(false),
                new Hidden(grants.hidden()));
        if (grants.canPublish()) {
            token.addGrants(new CanPublishSources(grants.publishSources().stream().sorted()
                    .map(LiveKitRoomTokenIssuer::sourceName).toList()));
        }
    }

    /** LiveKit's names for track sources in a token's canPublishSources. */
    static String sourceName(TrackSource source) {
        return switch (source) {
            case MICROPHONE -> "microphone";
            case CAMERA -> "camera";
            case SCREEN_SHARE -> "screen_share";
            case SCREEN_SHARE_AUDIO -> "screen_share_audio";
        };
    }
}
