package com.voicedesk.application.support;

import com.voicedesk.domain.analysis.AnalysisSettings;
import com.voicedesk.domain.analysis.AnalysisSettingsRepository;
import com.voicedesk.domain.analysis.CallAnalysis;
import com.voicedesk.domain.analysis.CallAnalysisRepository;
import com.voicedesk.domain.assistant.ConversationId;
import com.voicedesk.domain.assistant.ConversationRepository;
import com.voicedesk.domain.assistant.ConversationTurn;
import com.voicedesk.domain.call.Call;
import com.voicedesk.domain.call.CallFilter;
import com.voicedesk.domain.call.CallId;
import com.voicedesk.domain.call.CallRepository;
import com.voicedesk.domain.contact.Contact;
import com.voicedesk.domain.contact.ContactId;
import com.voicedesk.domain.contact.ContactNote;
import com.voicedesk.domain.contact.ContactNotes;
import com.voicedesk.domain.contact.ContactQuery;
import com.voicedesk.domain.contact.ContactRepository;
import com.voicedesk.domain.contact.LeadStatusChange;
import com.voicedesk.domain.contact.LeadStatusHistory;
import com.voicedesk.domain.event.DomainEvent;
import com.voicedesk.domain.event.Outbox;
import com.voicedesk.domain.notification.Notification;
import com.voicedesk.domain.notification.NotificationId;
import com.voicedesk.domain.notification.NotificationRepository;
import com.voicedesk.domain.plan.CallPlan;
import com.voicedesk.domain.plan.CallPlanId;
import com.voicedesk.domain.plan.CallPlanRepository;
import com.voicedesk.domain.shared.ConflictException;
import com.voicedesk.domain.shared.NotFoundException;
import com.voicedesk.domain.shared.Page;
import com.voicedesk.domain.shared.PageRequest;
import com.voicedesk.domain.shared.PhoneNumber;
import com.voicedesk.domain.shared.TenantId;
import com.voicedesk.domain.shared.UnitOfWork;
import com.voicedesk.domain.speech.ReplyAudio;
import com.voicedesk.domain.speech.ReplyAudioId;
import com.voicedesk.domain.speech.ReplyAudioRepository;
import com.voicedesk.domain.transcript.AppendResult;
import com.voicedesk.domain.transcript.NewSegment;
import com.voicedesk.domain.transcript.TranscriptRepository;
import com.voicedesk.domain.transcript.TranscriptSegment;
import io.smallrye.mutiny.Uni;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** Hand-written in-memory ports for application tests: one tenant-aware store per port, nothing mocked. */
public final class InMemory {

    private InMemory() {
    }

    private static <T> Uni<T> unsupported() {
        return Uni.createFrom().failure(new UnsupportedOperationException("not needed by these tests"));
    }

    /** Runs the work directly (these stores have no transactions to roll back). */
    public static final UnitOfWork UNIT_OF_WORK = new UnitOfWork() {
        @Override
        public <T> Uni<T> inTransaction(Supplier<Uni<T>> work) {
            return Uni.createFrom().deferred(work::get);
        }
    };

    public static final class Contacts implements ContactRepository {
        public final Map<ContactId, Contact> rows = new LinkedHashMap<>();

        @Override
        public Uni<Void> insert(Contact contact) {
            rows.put(contact.id(), contact);
            return Uni.createFrom().voidItem();
        }

        @Override
        public Uni<Contact> update(Contact contact) {
            Contact stored = rows.get(contact.id());
            if (stored == null || !stored.tenantId().equals(contact.tenantId())) {
                return Uni.createFrom().failure(new NotFoundException("Contact", contact.id()));
            }
            if (stored.version() != contact.version()) {
                return Uni.createFrom().failure(new ConflictException("stale contact"));
            }
            Contact next = new Contact(contact.id(), contact.tenantId(), contact.name(), contact.phone(), contact.email(),
                    contact.eventType(), contact.eventDate(), contact.guestCount(), contact.venue(), contact.budget(),
                    contact.leadStatus(), contact.timeZone(), contact.doNotCall(), contact.callConsent(), contact.source(),
                    contact.createdAt(), contact.updatedAt(), contact.version() + 1);
            rows.put(next.id(), next);
            return Uni.createFrom().item(next);
        }

        @Override
        public Uni<Optional<Contact>> findById(TenantId tenant, ContactId id) {
            return Uni.createFrom().item(Optional.ofNullable(rows.get(id)).filter(c -> c.tenantId().equals(tenant)));
        }

        @Override
        public Uni<Optional<Contact>> findByPhone(TenantId tenant, PhoneNumber phone) {
            return unsupported();
        }

        @Override
        public Uni<Page<Contact>> search(TenantId tenant, ContactQuery query, PageRequest page) {
            List<Contact> found = rows.values().stream().filter(c -> c.tenantId().equals(tenant))
                    .filter(c -> query.text() == null
                            || c.name().toLowerCase(Locale.ROOT).contains(query.text().toLowerCase(Locale.ROOT)))
                    .filter(c -> query.leadStatus() == null || c.leadStatus() == query.leadStatus())
                    .filter(c -> query.createdSince() == null || !c.createdAt().isBefore(query.createdSince()))
                    .sorted(Comparator.comparing(Contact::createdAt).reversed()).toList();
            List<Contact> shown = found.stream().skip(page.offset()).limit(page.size()).toList();
            return Uni.createFrom().item(Page.of(shown, page, found.size()));
        }
    }

    public static final class Notes implements ContactNotes {
        public final List<ContactNote> rows = new ArrayList<>();

        @Override
        public Uni<Void> add(ContactNote note) {
            rows.add(note);
            return Uni.createFrom().voidItem();
        }

        @Override
        public Uni<List<ContactNote>> list(TenantId tenant, ContactId contact, int limit) {
            return Uni.createFrom().item(rows.stream().filter(n -> n.tenantId().equals(tenant) && n.contactId().equals(contact))
                    .limit(limit).toList());
        }
    }

    public static final class History implements LeadStatusHistory {
        public final List<LeadStatusChange> rows = new ArrayList<>();

        @Override
        public Uni<Void> record(LeadStatusChange change) {
            rows.add(change);
            return Uni.createFrom().voidItem();
        }

        @Override
        public Uni<List<LeadStatusChange>> list(TenantId tenant, ContactId contact) {
            return Uni.createFrom().item(rows.stream().filter(c -> c.tenantId().equals(tenant)
                    && c.contactId().equals(contact)).toList());
        }
    }

    public static final class Analyses implements CallAnalysisRepository {
        public final Map<CallId, CallAnalysis> rows = new LinkedHashMap<>();

        @Override
        public Uni<Boolean> insertIfAbsent(CallAnalysis analysis) {
            return Uni.createFrom().item(rows.putIfAbsent(analysis.callId(), analysis) == null);
        }

        @Override
        public Uni<Optional<CallAnalysis>> findByCall(TenantId tenant, CallId call) {
            return Uni.createFrom().item(Optional.ofNullable(rows.get(call)).filter(a -> a.tenantId().equals(tenant)));
        }
    }

    public static final class Calls implements CallRepository {
        public final Map<CallId, Call> rows = new LinkedHashMap<>();

        @Override
        public Uni<Void> insert(Call call) {
            rows.put(call.id(), call);
            return Uni.createFrom().voidItem();
        }

        @Override
        public Uni<Call> update(Call call) {
            return unsupported();
        }

        @Override
        public Uni<Optional<Call>> findById(TenantId tenant, CallId id) {
            return Uni.createFrom().item(Optional.ofNullable(rows.get(id)).filter(c -> c.tenantId().equals(tenant)));
        }

        @Override
        public Uni<Optional<Call>> findByProviderCallId(TenantId tenant, String providerCallId) {
            return unsupported();
        }

        @Override
        public Uni<Optional<Call>> findByRoomName(TenantId tenant, String roomName) {
            return unsupported();
        }

        @Override
        public Uni<Page<Call>> list(TenantId tenant, CallFilter filter, PageRequest page) {
            List<Call> found = rows.values().stream().filter(c -> c.tenantId().equals(tenant)).toList();
            return Uni.createFrom().item(Page.of(found.stream().limit(page.size()).toList(), page, found.size()));
        }
    }

    public static final class Transcripts implements TranscriptRepository {
        public final List<TranscriptSegment> rows = new ArrayList<>();

        @Override
        public Uni<AppendResult> append(NewSegment segment) {
            TranscriptSegment placed = TranscriptSegment.placed(segment, rows.stream()
                    .filter(s -> s.callId().equals(segment.callId())).count() + 1);
            rows.add(placed);
            return Uni.createFrom().item(new AppendResult(placed, false));
        }

        @Override
        public Uni<List<TranscriptSegment>> list(TenantId tenant, CallId call, long afterSequence, int limit) {
            return Uni.createFrom().item(rows.stream().filter(s -> s.callId().equals(call) && s.sequence() > afterSequence)
                    .limit(limit).toList());
        }
    }

    public static final class Plans implements CallPlanRepository {
        public final List<CallPlan> rows = new ArrayList<>();

        @Override
        public Uni<Void> insert(CallPlan plan) {
            rows.add(plan);
            return Uni.createFrom().voidItem();
        }

        @Override
        public Uni<CallPlan> update(CallPlan plan) {
            return unsupported();
        }

        @Override
        public Uni<Optional<CallPlan>> findById(TenantId tenant, CallPlanId id) {
            return unsupported();
        }

        @Override
        public Uni<List<CallPlan>> findDue(Instant now, int limit) {
            return unsupported();
        }
    }

    public static final class Notifications implements NotificationRepository {
        public final List<Notification> rows = new ArrayList<>();

        @Override
        public Uni<Void> insert(Notification notification) {
            rows.add(notification);
            return Uni.createFrom().voidItem();
        }

        @Override
        public Uni<Optional<Notification>> findById(TenantId tenant, NotificationId id) {
            return unsupported();
        }

        @Override
        public Uni<Void> markDeliveredLive(TenantId tenant, java.util.Collection<NotificationId> ids, Instant at) {
            return unsupported();
        }
    }

    /** Idempotency keys of CRM events: call analysis raises internal notifications, which carry none. */
    public static final class NoEventKeys implements com.voicedesk.domain.notification.EventIdempotency {
        @Override
        public Uni<Optional<Claimed>> claim(TenantId tenant, String key, String fingerprint, NotificationId notification,
                                            Instant at) {
            return unsupported();
        }

        @Override
        public Uni<Long> purgeClaimedBefore(Instant before) {
            return unsupported();
        }
    }

    public static final class Events implements Outbox {
        public final List<DomainEvent> rows = new ArrayList<>();

        @Override
        public Uni<Void> enqueue(DomainEvent event) {
            rows.add(event);
            return Uni.createFrom().voidItem();
        }
    }

    public static final class Settings implements AnalysisSettingsRepository {
        public final Map<TenantId, AnalysisSettings> rows = new LinkedHashMap<>();

        @Override
        public Uni<AnalysisSettings> load(TenantId tenant) {
            return Uni.createFrom().item(rows.getOrDefault(tenant, AnalysisSettings.defaults()));
        }

        @Override
        public Uni<Void> save(TenantId tenant, AnalysisSettings settings) {
            rows.put(tenant, settings);
            return Uni.createFrom().voidItem();
        }
    }

    public static final class Conversations implements ConversationRepository {
        public final List<ConversationTurn> rows = new ArrayList<>();

        @Override
        public Uni<List<ConversationTurn>> recentTurns(TenantId tenant, ConversationId conversation, int maxTurns) {
            List<ConversationTurn> all = rows.stream().filter(t -> t.tenantId().equals(tenant)
                    && t.conversationId().equals(conversation)).toList();
            return Uni.createFrom().item(all.subList(Math.max(0, all.size() - maxTurns), all.size()));
        }

        @Override
        public Uni<ConversationTurn> append(ConversationTurn turn) {
            int number = (int) rows.stream().filter(t -> t.tenantId().equals(turn.tenantId())
                    && t.conversationId().equals(turn.conversationId())).count() + 1;
            ConversationTurn stored = new ConversationTurn(turn.tenantId(), turn.conversationId(), number, turn.messages(),
                    turn.model(), turn.actor(), turn.createdAt());
            rows.add(stored);
            return Uni.createFrom().item(stored);
        }
    }

    public static final class Audio implements ReplyAudioRepository {
        public final List<ReplyAudio> rows = new ArrayList<>();

        @Override
        public Uni<Void> insert(ReplyAudio audio) {
            rows.add(audio);
            return Uni.createFrom().voidItem();
        }

        @Override
        public Uni<Optional<ReplyAudio>> findById(TenantId tenant, ReplyAudioId id) {
            return Uni.createFrom().item(rows.stream().filter(a -> a.tenantId().equals(tenant) && a.id().equals(id))
                    .findFirst());
        }

        @Override
        public Uni<Integer> deleteCreatedBefore(Instant cutoff) {
            int before = rows.size();
            rows.removeIf(a -> a.createdAt().isBefore(cutoff));
            return Uni.createFrom().item(before - rows.size());
        }
    }
}
