package com.voicedesk.bootstrap.wiring;

import com.voicedesk.application.assistant.ChatWithAssistantUseCase;
import com.voicedesk.application.assistant.voice.VoiceAssistant;
import com.voicedesk.application.assistant.voice.VoiceSessionTickets;
import com.voicedesk.application.call.DatabaseWork;
import com.voicedesk.application.room.TenantSlugs;
import com.voicedesk.bootstrap.VoiceDeskConfig;
import com.voicedesk.domain.speech.SpeechToText;
import com.voicedesk.domain.webhook.ProcessedWebhookEvents;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.util.Optional;

/** The assistant's voice path: speech in, assistant replies out (issue 5). */
public class VoiceWiring {

    /** Only under its own type: media adapters get the metered use case, which routes sessions here. */
    @Produces
    @Singleton
    @Typed(VoiceAssistant.class)
    VoiceAssistant voiceAssistant(SpeechToText speechToText, ChatWithAssistantUseCase assistant, DatabaseWork database) {
        return new VoiceAssistant(speechToText, assistant, database);
    }

    @Produces
    @Singleton
    VoiceSessionTickets voiceSessionTickets(@ConfigProperty(name = "voicedesk.security.master-key") Optional<String> masterKey,
                                            VoiceDeskConfig config, TenantSlugs slugs, ProcessedWebhookEvents used,
                                            Clock clock) {
        return new VoiceSessionTickets(masterKey, config.assistant().voiceTicketTtl(), slugs, used, clock);
    }
}
