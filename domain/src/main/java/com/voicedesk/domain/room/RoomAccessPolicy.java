package com.voicedesk.domain.room;

import com.voicedesk.domain.shared.AccessDeniedException;
import com.voicedesk.domain.shared.InvalidValueException;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Who may be in which kind of room, and with the least privilege that works (docs/livekit.md has the table):
 * <ul>
 *   <li>admin-assistant: the admin alone, in {@code assistant-<own identity>}; microphone, subscribe, data; 30 minutes.</li>
 *   <li>call: the admin (who alone may create the room) and the bot publish their microphone and subscribe;
 *       an observer listens hidden; 1 hour.</li>
 *   <li>consultation: the admin publishes camera, microphone and screen share; the client camera and
 *       microphone, under their display name; an observer listens hidden; 2 hours.</li>
 *   <li>collaboration: admins only; 2 hours.</li>
 * </ul>
 * Every combination not listed is refused. Observers are always hidden and subscribe-only.
 */
public final class RoomAccessPolicy {

    public static final Duration ASSISTANT_LIFETIME = Duration.ofMinutes(30);
    public static final Duration CALL_LIFETIME = Duration.ofHours(1);
    public static final Duration CONSULTATION_LIFETIME = Duration.ofHours(2);
    public static final Duration COLLABORATION_LIFETIME = Duration.ofHours(2);

    private static final Set<TrackSource> MICROPHONE = EnumSet.of(TrackSource.MICROPHONE);
    private static final Set<TrackSource> CAMERA_AND_MICROPHONE = EnumSet.of(TrackSource.CAMERA, TrackSource.MICROPHONE);
    private static final Set<TrackSource> PRESENTER = EnumSet.of(TrackSource.CAMERA, TrackSource.MICROPHONE,
            TrackSource.SCREEN_SHARE);

    public static Duration lifetime(RoomType type) {
        return switch (type) {
            case ADMIN_ASSISTANT -> ASSISTANT_LIFETIME;
            case CALL -> CALL_LIFETIME;
            case CONSULTATION -> CONSULTATION_LIFETIME;
            case COLLABORATION -> COLLABORATION_LIFETIME;
        };
    }

    /** The grants of this role in this kind of room; empty when the role may not be there at all. */
    public Optional<RoomGrants> grants(RoomType type, ParticipantRole role) {
        Duration ttl = lifetime(type);
        RoomGrants observer = new RoomGrants(true, false, Set.of(), true, false, true, ttl);
        return Optional.ofNullable(switch (type) {
            case ADMIN_ASSISTANT -> role == ParticipantRole.ADMIN
                    ? new RoomGrants(true, false, MICROPHONE, true, true, false, ttl) : null;
            case CALL -> switch (role) {
                case ADMIN -> new RoomGrants(true, true, MICROPHONE, true, true, false, ttl);
                case BOT -> new RoomGrants(true, false, MICROPHONE, true, true, false, ttl);
                case OBSERVER -> observer;
                case CLIENT -> null;
            };
            case CONSULTATION -> switch (role) {
                case ADMIN -> new RoomGrants(true, false, PRESENTER, true, true, false, ttl);
                case CLIENT -> new RoomGrants(true, false, CAMERA_AND_MICROPHONE, true, false, false, ttl);
                case OBSERVER -> observer;
                case BOT -> null;
            };
            case COLLABORATION -> role == ParticipantRole.ADMIN
                    ? new RoomGrants(true, false, PRESENTER, true, true, false, ttl) : null;
        });
    }

    /**
     * The access a participant gets to a room of the caller's tenant, or {@link AccessDeniedException} when
     * this role may not join it. A client must be named: the name is what the admin sees.
     */
    public RoomAccess decide(RoomName room, ParticipantRole role, String identity, String displayName) {
        RoomGrants grants = require(room.type(), role);
        if (!RoomName.isValidIdentity(identity)) {
            throw new InvalidValueException("identity", "must be 1 to 64 letters, digits or . _ @ + -");
        }
        if (room.type() == RoomType.ADMIN_ASSISTANT && !room.key().equals(identity)) {
            throw new AccessDeniedException("An admin-assistant room belongs to one admin: '" + identity
                    + "' may join assistant-" + identity + " only");
        }
        if (role == ParticipantRole.CLIENT && (displayName == null || displayName.isBlank())) {
            throw new InvalidValueException("name", "is required for a client: it is the name the admin sees");
        }
        return new RoomAccess(room, role, identity, displayName, grants);
    }

    /** The grants of this role in this kind of room, or {@link AccessDeniedException} when it may not be there. */
    public RoomGrants require(RoomType type, ParticipantRole role) {
        return grants(type, role).orElseThrow(() -> refused(type, role));
    }

    /** Whether VoiceDesk taps the microphones of this kind of room for live transcription. */
    public boolean transcribes(RoomType type) {
        // Call rooms are transcribed from the phone leg (Twilio media stream), not from LiveKit.
        return type != RoomType.CALL;
    }

    private static AccessDeniedException refused(RoomType type, ParticipantRole role) {
        return new AccessDeniedException("A participant with role '" + role.wireName() + "' may not join a '"
                + type.wireName() + "' room");
    }
}
