package com.voicedesk.bootstrap.wiring;

import com.voicedesk.application.call.AppendTranscriptSegmentUseCase;
import com.voicedesk.application.call.DatabaseWork;
import com.voicedesk.application.contact.CreateContactUseCase;
import com.voicedesk.application.telephony.CallLifecycle;
import com.voicedesk.application.telephony.InboundCallPolicy;
import com.voicedesk.application.telephony.InboundCallService;
import com.voicedesk.application.transcription.TranscriptFeed;
import com.voicedesk.application.transcription.TranscriptWatcher;
import com.voicedesk.application.transcription.TranscriptionPipeline;
import com.voicedesk.bootstrap.telephony.CallsConfig;
import com.voicedesk.domain.call.CallRepository;
import com.voicedesk.domain.contact.ContactRepository;
import com.voicedesk.domain.event.Outbox;
import com.voicedesk.domain.room.RoomService;
import com.voicedesk.domain.shared.UnitOfWork;
import com.voicedesk.domain.speech.SpeechToText;
import com.voicedesk.domain.tenant.TenantRepository;
import com.voicedesk.domain.transcript.TranscriptRepository;
import com.voicedesk.domain.webhook.ProcessedWebhookEvents;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Singleton;

import java.time.Clock;

/** Inbound calls and live transcription (issue 4): the use cases behind the Twilio webhooks and media socket. */
public class TelephonyWiring {

    /** Database work outside a request gets a new Vert.x duplicated context, hence its own Hibernate session. */
    @Produces
    @Singleton
    DatabaseWork databaseWork(Vertx vertx) {
        return new DatabaseWork(task -> {
            Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
            VertxContextSafetyToggle.setContextSafe(context, true);
            context.runOnContext(ignored -> task.run());
        });
    }

    @Produces
    @Singleton
    TranscriptFeed transcriptFeed() {
        return new TranscriptFeed();
    }

    @Produces
    @Singleton
    CallLifecycle callLifecycle(CallRepository calls, Outbox outbox, ProcessedWebhookEvents processed,
                                UnitOfWork unitOfWork, DatabaseWork database, Clock clock, CallsConfig config) {
        return new CallLifecycle(calls, outbox, processed, unitOfWork, database, clock, config.transcriptSettleTimeout());
    }

    @Produces
    @Singleton
    InboundCallService inboundCallService(TenantRepository tenants, CallRepository calls, ContactRepository contacts,
                                          CreateContactUseCase createContact, RoomService rooms, UnitOfWork unitOfWork,
                                          DatabaseWork database, Clock clock, CallsConfig config) {
        return new InboundCallService(tenants, calls, contacts, createContact, rooms, unitOfWork, database, clock,
                new InboundCallPolicy(config.roomCreateTimeout(), config.roomEmptyTimeout(), config.unavailableMessage()));
    }

    /** Only under its own type: media adapters get the metered use case, which hands sessions on to this. */
    @Produces
    @Singleton
    @Typed(TranscriptionPipeline.class)
    TranscriptionPipeline transcriptionPipeline(SpeechToText speechToText, CallLifecycle lifecycle,
                                                AppendTranscriptSegmentUseCase transcripts, DatabaseWork database,
                                                TranscriptFeed feed, RoomService rooms, Clock clock) {
        return new TranscriptionPipeline(speechToText, lifecycle, transcripts, database, feed, rooms, clock);
    }

    @Produces
    @Singleton
    TranscriptWatcher transcriptWatcher(CallRepository calls, TranscriptRepository transcripts, TranscriptFeed feed,
                                        DatabaseWork database) {
        return new TranscriptWatcher(calls, transcripts, feed, database);
    }
}
