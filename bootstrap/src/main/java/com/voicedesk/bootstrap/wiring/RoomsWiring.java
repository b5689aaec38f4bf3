package com.voicedesk.bootstrap.wiring;

import com.voicedesk.application.assistant.voice.VoiceAssistant;
import com.voicedesk.application.audio.MeteredAudioSessions;
import com.voicedesk.application.audio.RoutedAudioSessions;
import com.voicedesk.application.transcription.TranscriptionPipeline;
import com.voicedesk.application.consultation.ConsultationLinks;
import com.voicedesk.application.consultation.ConsultationService;
import com.voicedesk.application.consultation.ConsultationSettings;
import com.voicedesk.application.room.AudioTapHandler;
import com.voicedesk.application.room.RecordingAdministration;
import com.voicedesk.application.room.RoomAccessService;
import com.voicedesk.application.room.RoomEventService;
import com.voicedesk.application.room.TenantSlugs;
import com.voicedesk.bootstrap.rooms.RoomsConfig;
import com.voicedesk.domain.call.CallRepository;
import com.voicedesk.domain.consultation.ConsultationRepository;
import com.voicedesk.domain.contact.ContactRepository;
import com.voicedesk.domain.event.Outbox;
import com.voicedesk.domain.room.AudioTaps;
import com.voicedesk.domain.room.PresenceRepository;
import com.voicedesk.domain.room.RecordingSettingsRepository;
import com.voicedesk.domain.room.RoomAccessPolicy;
import com.voicedesk.domain.room.RoomEgressRepository;
import com.voicedesk.domain.room.RoomRecorder;
import com.voicedesk.domain.room.RoomService;
import com.voicedesk.domain.room.RoomTokenIssuer;
import com.voicedesk.domain.shared.UnitOfWork;
import com.voicedesk.domain.tenant.CredentialStore;
import com.voicedesk.domain.tenant.TenantRepository;
import com.voicedesk.domain.transcript.TranscriptRepository;
import com.voicedesk.domain.webhook.ProcessedWebhookEvents;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;

/** Rooms (issue 3): tokens, webhooks, consultations, recording, audio taps and their metering. */
public class RoomsWiring {

    @Produces
    @Singleton
    RoomAccessPolicy roomAccessPolicy() {
        return new RoomAccessPolicy();
    }

    @Produces
    @Singleton
    TenantSlugs tenantSlugs(TenantRepository tenants) {
        return new TenantSlugs(tenants);
    }

    @Produces
    @Singleton
    RoomAccessService roomAccessService(RoomAccessPolicy policy, RoomTokenIssuer issuer, TenantSlugs slugs,
                                        CallRepository calls, ConsultationRepository consultations) {
        return new RoomAccessService(policy, issuer, slugs, calls, consultations);
    }

    @Produces
    @Singleton
    RoomEventService roomEventService(TenantSlugs slugs, ProcessedWebhookEvents processed, PresenceRepository presence,
                                      CallRepository calls, ConsultationRepository consultations,
                                      RoomEgressRepository egresses, AudioTaps taps, RoomAccessPolicy policy,
                                      Outbox outbox, UnitOfWork unitOfWork) {
        return new RoomEventService(slugs, processed, presence, calls, consultations, egresses, taps, policy, outbox,
                unitOfWork);
    }

    @Produces
    @Singleton
    AudioTapHandler audioTapHandler(AudioTaps taps, RoomEgressRepository egresses) {
        return new AudioTapHandler(taps, egresses);
    }

    @Produces
    @Singleton
    ConsultationService consultationService(ContactRepository contacts, CallRepository calls,
                                            ConsultationRepository consultations, RoomEgressRepository egresses,
                                            TranscriptRepository transcripts, RecordingSettingsRepository recording,
                                            RoomService rooms, RoomRecorder recorder, RoomTokenIssuer tokens,
                                            TenantSlugs slugs, RoomAccessPolicy policy, CredentialStore credentials,
                                            RoomsConfig config, UnitOfWork unitOfWork, Clock clock) {
        RoomsConfig.Consultation c = config.consultation();
        ConsultationSettings settings = new ConsultationSettings(c.emptyTimeout(), c.maxParticipants(),
                c.joinLinkBaseUrl(), c.joinLinkTtl());
        return new ConsultationService(
                new ConsultationService.Stores(contacts, calls, consultations, egresses, transcripts, recording),
                new ConsultationService.Media(rooms, recorder, tokens), slugs, policy,
                new ConsultationLinks(credentials, settings, clock), settings, unitOfWork, clock);
    }

    @Produces
    @Singleton
    RecordingAdministration recordingAdministration(TenantRepository tenants, RecordingSettingsRepository settings) {
        return new RecordingAdministration(tenants, settings);
    }

    /**
     * The one {@code OpenAudioSessionUseCase} every media adapter gets: the meter counts each session's audio,
     * then hands it on: audio of a call to the transcription pipeline, any other audio to the voice assistant
     * (both produced under their own types only).
     */
    @Produces
    @Singleton
    MeteredAudioSessions meteredAudioSessions(Clock clock, TranscriptionPipeline transcription, VoiceAssistant assistant) {
        return new MeteredAudioSessions(clock, new RoutedAudioSessions(transcription, assistant));
    }
}
