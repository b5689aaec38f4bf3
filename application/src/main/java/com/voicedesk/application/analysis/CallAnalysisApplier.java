package com.voicedesk.application.analysis;

import com.voicedesk.application.contact.AddContactNoteCommand;
import com.voicedesk.application.contact.AddContactNoteUseCase;
import com.voicedesk.application.contact.ChangeLeadStatusCommand;
import com.voicedesk.application.contact.ChangeLeadStatusUseCase;
import com.voicedesk.application.contact.UpdateContactCommand;
import com.voicedesk.application.contact.UpdateContactUseCase;
import com.voicedesk.application.notification.RaiseNotificationCommand;
import com.voicedesk.application.notification.RaiseNotificationUseCase;
import com.voicedesk.domain.analysis.AnalyzerOutput;
import com.voicedesk.domain.analysis.AppliedChange;
import com.voicedesk.domain.analysis.CallAnalysis;
import com.voicedesk.domain.analysis.CallAnalysisRepository;
import com.voicedesk.domain.analysis.FollowUp;
import com.voicedesk.domain.call.Call;
import com.voicedesk.domain.contact.ChangeSource;
import com.voicedesk.domain.contact.Contact;
import com.voicedesk.domain.contact.ContactRepository;
import com.voicedesk.domain.notification.NotificationType;
import com.voicedesk.domain.plan.CallPlan;
import com.voicedesk.domain.plan.CallPlanRepository;
import com.voicedesk.domain.plan.RetryPolicy;
import com.voicedesk.domain.shared.UnitOfWork;
import io.smallrye.mutiny.Uni;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Applies an analysis to the CRM in one transaction: the analysis row (at most one per call, which is what
 * makes a redelivered event harmless), the contact's fields and lead status, the note, a follow-up call plan,
 * and the "call summary ready" notification. Either all of it commits or none of it does.
 */
public final class CallAnalysisApplier {

    static final String ACTOR = "call analysis";

    private final ContactRepository contacts;
    private final CallAnalysisRepository analyses;
    private final UpdateContactUseCase updateContact;
    private final ChangeLeadStatusUseCase changeStatus;
    private final AddContactNoteUseCase addNote;
    private final CallPlanRepository plans;
    private final RaiseNotificationUseCase notifications;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public CallAnalysisApplier(ContactRepository contacts, CallAnalysisRepository analyses,
                               UpdateContactUseCase updateContact, ChangeLeadStatusUseCase changeStatus,
                               AddContactNoteUseCase addNote, CallPlanRepository plans,
                               RaiseNotificationUseCase notifications, UnitOfWork unitOfWork, Clock clock) {
        this.contacts = contacts;
        this.analyses = analyses;
        this.updateContact = updateContact;
        this.changeStatus = changeStatus;
        this.addNote = addNote;
        this.plans = plans;
        this.notifications = notifications;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    /** The stored analysis, or empty when the call already had one (nothing was changed then). */
    public Uni<Optional<CallAnalysis>> apply(Call call, AnalyzerOutput output) {
        return unitOfWork.inTransaction(() -> currentContact(call).flatMap(contact -> {
            Instant now = clock.instant();
            ContactUpdatePlan plan = contact == null ? null : ContactUpdatePlan.of(contact, output);
            FollowUp followUp = contact == null ? null : output.analysis().followUp();
            CallPlan callPlan = followUp == null ? null : followUpPlan(call, contact, output.analysis(), followUp, now);
            List<AppliedChange> applied = new ArrayList<>(plan == null ? List.of() : plan.applied());
            if (callPlan != null) {
                applied.add(new AppliedChange("followUpCall", null,
                        callPlan.purpose().name() + " not before " + callPlan.earliestAt()));
            }
            CallAnalysis stored = output.analysis().withApplied(applied);
            return analyses.insertIfAbsent(stored).flatMap(inserted -> {
                if (!inserted) {
                    return Uni.createFrom().item(Optional.<CallAnalysis>empty());
                }
                return updateFields(contact, plan)
                        .chain(() -> moveStatus(contact, plan, stored))
                        .chain(() -> note(contact, stored))
                        .chain(() -> callPlan == null ? Uni.createFrom().voidItem() : plans.insert(callPlan))
                        .chain(() -> notify(call, contact, stored))
                        .replaceWith(Optional.of(stored));
            });
        }));
    }

    private Uni<Contact> currentContact(Call call) {
        if (call.contactId() == null) {
            return Uni.createFrom().nullItem();
        }
        return contacts.findById(call.tenantId(), call.contactId()).map(found -> found.orElse(null));
    }

    private Uni<Void> updateFields(Contact contact, ContactUpdatePlan plan) {
        if (contact == null || plan.changes().isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        // the version read in this transaction: an admin's concurrent edit makes this fail and the event retry
        return updateContact.update(new UpdateContactCommand(contact.tenantId(), contact.id(), plan.changes(),
                contact.version())).replaceWithVoid();
    }

    private Uni<Void> moveStatus(Contact contact, ContactUpdatePlan plan, CallAnalysis analysis) {
        if (contact == null || plan.newStatus() == null) {
            return Uni.createFrom().voidItem();
        }
        return changeStatus.changeStatus(new ChangeLeadStatusCommand(contact.tenantId(), contact.id(),
                plan.newStatus(), ChangeSource.CALL_ANALYSIS, ACTOR,
                "call " + analysis.callId() + ": " + CallNoteText.words(analysis.outcome().name()))).replaceWithVoid();
    }

    private Uni<Void> note(Contact contact, CallAnalysis analysis) {
        if (contact == null) {
            return Uni.createFrom().voidItem();
        }
        return addNote.addNote(new AddContactNoteCommand(contact.tenantId(), contact.id(), CallNoteText.of(analysis),
                ACTOR, ChangeSource.CALL_ANALYSIS, analysis.callId())).replaceWithVoid();
    }

    private static CallPlan followUpPlan(Call call, Contact contact, CallAnalysis analysis, FollowUp followUp,
                                         Instant now) {
        Instant earliest = followUp.notBefore().isBefore(now) ? now : followUp.notBefore();
        String goal = followUp.note() != null ? followUp.note()
                : "Follow up on the call of " + call.createdAt() + ": " + analysis.summary();
        return CallPlan.schedule(call.tenantId(), contact.id(), followUp.purpose(), truncate(goal, 2000),
                List.of(), earliest, null, RetryPolicy.standard(), now);
    }

    private Uni<Void> notify(Call call, Contact contact, CallAnalysis analysis) {
        String who = contact != null ? contact.name() : call.from() != null ? call.from() : "unknown caller";
        // notification data holds no nulls: a key is present when its value is known
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("callId", call.id().toString());
        if (contact != null) {
            data.put("contactId", contact.id().toString());
        }
        data.put("outcome", analysis.outcome().name());
        data.put("sentiment", analysis.sentiment().name());
        if (analysis.proposedLeadStatus() != null) {
            data.put("proposedLeadStatus", analysis.proposedLeadStatus().name());
        }
        data.put("analyzer", analysis.analyzer());
        data.put("changesApplied", analysis.applied().size());
        return notifications.raise(new RaiseNotificationCommand(call.tenantId(), NotificationType.CALL_SUMMARY_READY,
                truncate("Call summary ready: " + who, 200), truncate(analysis.summary(), 2000),
                "/calls/" + call.id(), data, null)).replaceWithVoid();
    }

    static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
