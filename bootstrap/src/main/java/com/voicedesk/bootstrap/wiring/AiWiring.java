package com.voicedesk.bootstrap.wiring;

import com.voicedesk.adapters.ai.openai.OpenAiAssistantModel;
import com.voicedesk.adapters.ai.openai.OpenAiCallAnalyzer;
import com.voicedesk.adapters.ai.rules.RulesAssistantModel;
import com.voicedesk.adapters.ai.rules.RulesCallAnalyzer;
import com.voicedesk.application.analysis.AnalysisSettingsService;
import com.voicedesk.application.analysis.CallAnalysisApplier;
import com.voicedesk.application.analysis.CallAnalysisHandler;
import com.voicedesk.application.assistant.AssistantService;
import com.voicedesk.application.assistant.AssistantToolbox;
import com.voicedesk.application.call.CallQueriesUseCase;
import com.voicedesk.application.contact.AddContactNoteUseCase;
import com.voicedesk.application.contact.ChangeLeadStatusUseCase;
import com.voicedesk.application.contact.ContactQueriesUseCase;
import com.voicedesk.application.contact.CreateContactUseCase;
import com.voicedesk.application.contact.UpdateContactUseCase;
import com.voicedesk.application.notification.RaiseNotificationUseCase;
import com.voicedesk.domain.analysis.AnalysisSettingsRepository;
import com.voicedesk.domain.analysis.CallAnalysisRepository;
import com.voicedesk.domain.assistant.ConversationRepository;
import com.voicedesk.domain.call.CallRepository;
import com.voicedesk.domain.contact.ContactRepository;
import com.voicedesk.domain.plan.CallPlanRepository;
import com.voicedesk.domain.room.RoomService;
import com.voicedesk.domain.shared.UnitOfWork;
import com.voicedesk.domain.speech.ReplyAudioRepository;
import com.voicedesk.domain.speech.TextToSpeech;
import com.voicedesk.domain.tenant.TenantRepository;
import com.voicedesk.domain.transcript.TranscriptRepository;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * Issue 5's use cases: call analysis (the outbox handler of CallCompleted), its settings, and the assistant.
 * The language-model adapters come first and the offline rules second; the application decides when to fall back.
 */
public class AiWiring {

    @Produces
    @Singleton
    CallAnalysisApplier callAnalysisApplier(ContactRepository contacts, CallAnalysisRepository analyses,
                                            UpdateContactUseCase updateContact, ChangeLeadStatusUseCase changeStatus,
                                            AddContactNoteUseCase addNote, CallPlanRepository plans,
                                            RaiseNotificationUseCase notifications, UnitOfWork unitOfWork, Clock clock) {
        return new CallAnalysisApplier(contacts, analyses, updateContact, changeStatus, addNote, plans, notifications,
                unitOfWork, clock);
    }

    @Produces
    @Singleton
    CallAnalysisHandler callAnalysisHandler(CallRepository calls, TranscriptRepository transcripts,
                                            ContactRepository contacts, TenantRepository tenants,
                                            AnalysisSettingsRepository settings, CallAnalysisRepository analyses,
                                            OpenAiCallAnalyzer languageModel, RulesCallAnalyzer rules,
                                            CallAnalysisApplier applier, Clock clock, AiConfig config) {
        return new CallAnalysisHandler(calls, transcripts, contacts, tenants, settings, analyses, languageModel, rules,
                applier, clock, config.analysisProviderAttempts());
    }

    @Produces
    @Singleton
    AnalysisSettingsService analysisSettingsService(AnalysisSettingsRepository settings) {
        return new AnalysisSettingsService(settings);
    }

    @Produces
    @Singleton
    AssistantService assistantService(TenantRepository tenants, ConversationRepository conversations,
                                      OpenAiAssistantModel languageModel, RulesAssistantModel rules,
                                      ContactQueriesUseCase contactQueries, CreateContactUseCase createContact,
                                      UpdateContactUseCase updateContact, AddContactNoteUseCase addNote,
                                      ChangeLeadStatusUseCase changeStatus, CallQueriesUseCase calls,
                                      TextToSpeech speech, ReplyAudioRepository audio, RoomService rooms, Clock clock) {
        AssistantToolbox tools = AssistantToolbox.standard(contactQueries, createContact, updateContact, addNote,
                changeStatus, calls);
        return new AssistantService(tenants, conversations, languageModel, rules, tools, speech, audio, rooms, clock);
    }
}
