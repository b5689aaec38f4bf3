package com.voicedesk.adapters.livekit.webhook;

import com.voicedesk.adapters.livekit.EgressMapper;
import com.voicedesk.adapters.livekit.LiveKitRoomTokenIssuer;
import com.voicedesk.application.room.RoomEvent;
import com.voicedesk.domain.room.ParticipantRole;
import com.voicedesk.domain.room.TrackSource;
import com.voicedesk.domain.shared.InvalidValueException;
import com.voicedesk.domain.shared.TenantId;
import livekit.LivekitModels;
import livekit.LivekitWebhook;

import java.time.Instant;
import java.util.Optional;

/**
 * LiveKit webhook events as {@link RoomEvent}s. LiveKit stamps an event with whole seconds, but a participant's
 * join with milliseconds; times are chosen so that presence's time guard always orders a participant's own
 * join before its leave, and a room's end after everyone who joined it.
 */
final class WebhookEvents {

    private WebhookEvents() {
    }

    /** The event VoiceDesk acts on, or empty for events it has no use for. */
    static Optional<RoomEvent> toRoomEvent(TenantId tenant, LivekitWebhook.WebhookEvent event, Instant received) {
        Instant at = event.getCreatedAt() > 0 ? Instant.ofEpochSecond(event.getCreatedAt()) : received;
        String room = event.getRoom().getName();
        LivekitModels.ParticipantInfo participant = event.getParticipant();
        return Optional.ofNullable(switch (event.getEvent()) {
            case "room_started" -> new RoomEvent.RoomStarted(room, at);
            // The second the room ended in: everyone who joined during that second was there before it ended.
            case "room_finished" -> new RoomEvent.RoomFinished(room, at.plusMillis(999));
            case "participant_joined" -> isPerson(participant)
                    ? new RoomEvent.ParticipantJoined(room, participant.getIdentity(), role(participant),
                    joinedAt(participant, at)) : null;
            case "participant_left", "participant_connection_aborted" -> isPerson(participant)
                    ? new RoomEvent.ParticipantLeft(room, participant.getIdentity(), leftAt(participant, at)) : null;
            case "track_published" -> event.hasTrack() && isPerson(participant)
                    ? new RoomEvent.TrackPublished(room, participant.getIdentity(), role(participant),
                    event.getTrack().getSid(), source(event.getTrack().getSource()),
                    event.getTrack().getType() == LivekitModels.TrackType.AUDIO) : null;
            case "egress_started", "egress_updated", "egress_ended" -> event.hasEgressInfo()
                    ? new RoomEvent.EgressUpdated(EgressMapper.toDomain(tenant, event.getEgressInfo(), at)) : null;
            default -> null;
        });
    }

    /** Recorders and other egress workers join rooms too; they are not presence. */
    private static boolean isPerson(LivekitModels.ParticipantInfo participant) {
        return !participant.getIdentity().isBlank() && participant.getKind() != LivekitModels.ParticipantInfo.Kind.EGRESS
                && participant.getKind() != LivekitModels.ParticipantInfo.Kind.INGRESS;
    }

    /** The role the participant's token carried; a phone caller (SIP) is a client, an agent a bot. */
    static ParticipantRole role(LivekitModels.ParticipantInfo participant) {
        String declared = participant.getAttributesOrDefault(LiveKitRoomTokenIssuer.ROLE_ATTRIBUTE, "");
        if (!declared.isEmpty()) {
            try {
                return ParticipantRole.fromWireName(declared);
            } catch (InvalidValueException unknown) {
                return null;
            }
        }
        return switch (participant.getKind()) {
            case SIP -> ParticipantRole.CLIENT;
            case AGENT -> ParticipantRole.BOT;
            default -> null;
        };
    }

    private static Instant joinedAt(LivekitModels.ParticipantInfo participant, Instant eventAt) {
        if (participant.getJoinedAtMs() > 0) {
            return Instant.ofEpochMilli(participant.getJoinedAtMs());
        }
        return participant.getJoinedAt() > 0 ? Instant.ofEpochSecond(participant.getJoinedAt()) : eventAt;
    }

    /** A leave is after its own join, even when the event's whole second is not. */
    private static Instant leftAt(LivekitModels.ParticipantInfo participant, Instant eventAt) {
        Instant justAfterJoin = joinedAt(participant, eventAt).plusMillis(1);
        return eventAt.isAfter(justAfterJoin) ? eventAt : justAfterJoin;
    }

    private static TrackSource source(LivekitModels.TrackSource source) {
        return switch (source) {
            case MICROPHONE -> TrackSource.MICROPHONE;
            case CAMERA -> TrackSource.CAMERA;
            case SCREEN_SHARE -> TrackSource.SCREEN_SHARE;
            case SCREEN_SHARE_AUDIO -> TrackSource.SCREEN_SHARE_AUDIO;
            default -> null;
        };
    }
}
