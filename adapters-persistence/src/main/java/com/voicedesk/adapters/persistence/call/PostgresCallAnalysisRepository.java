package com.voicedesk.adapters.persistence.call;

import com.fasterxml.jackson.core.type.TypeReference;
import com.voicedesk.adapters.persistence.JsonCodec;
import com.voicedesk.domain.analysis.CallAnalysis;
import com.voicedesk.domain.analysis.CallAnalysisRepository;
import com.voicedesk.domain.analysis.CallOutcome;
import com.voicedesk.domain.analysis.Sentiment;
import com.voicedesk.domain.call.CallId;
import com.voicedesk.domain.contact.LeadStatus;
import com.voicedesk.domain.shared.TenantId;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PostgresCallAnalysisRepository implements CallAnalysisRepository,
        PanacheRepositoryBase<CallAnalysisEntity, UUID> {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };
    private static final TypeReference<List<AnalysisDocuments.Change>> CHANGES = new TypeReference<>() {
    };

    private final JsonCodec json;

    public PostgresCallAnalysisRepository(JsonCodec json) {
        this.json = json;
    }

    /** {@code on conflict do nothing}: a second analysis of a call is refused without aborting the transaction. */
    @Override
    public Uni<Boolean> insertIfAbsent(CallAnalysis a) {
        return Panache.withTransaction(() -> Panache.getSession().flatMap(session -> session.createNativeQuery("""
                        insert into call_analyses (call_id, tenant_id, analyzer, summary, action_items, facts, sentiment,
                            sentiment_reason, outcome, proposed_lead_status, follow_up, applied, created_at)
                        select :call, :tenant, :analyzer, :summary, cast(cast(:actions as text) as jsonb), cast(cast(:facts as text) as jsonb),
                            :sentiment, :reason, :outcome, :status, cast(cast(:follow as text) as jsonb), cast(cast(:applied as text) as jsonb), :created
                        where exists (select 1 from calls where id = :call and tenant_id = :tenant)
                        on conflict (call_id) do nothing""")
                .setParameter("call", a.callId().value())
                .setParameter("tenant", a.tenantId().value())
                .setParameter("analyzer", a.analyzer())
                .setParameter("summary", a.summary())
                .setParameter("actions", json.write(a.actionItems()))
                .setParameter("facts", json.write(AnalysisDocuments.Facts.of(a.facts())))
                .setParameter("sentiment", a.sentiment().name())
                .setParameter("reason", a.sentimentReason())
                .setParameter("outcome", a.outcome().name())
                .setParameter("status", a.proposedLeadStatus() == null ? null : a.proposedLeadStatus().name())
                .setParameter("follow", a.followUp() == null ? null : json.write(AnalysisDocuments.Follow.of(a.followUp())))
                .setParameter("applied", json.write(a.applied().stream().map(AnalysisDocuments.Change::of).toList()))
                .setParameter("created", a.createdAt())
                .executeUpdate()))
                .map(count -> count == 1);
    }

    @Override
    public Uni<Optional<CallAnalysis>> findByCall(TenantId tenant, CallId call) {
        return Panache.withSession(() -> find("callId = ?1 and tenantId = ?2", call.value(), tenant.value()).firstResult())
                .map(e -> Optional.ofNullable(e).map(this::toDomain));
    }

    private CallAnalysis toDomain(CallAnalysisEntity e) {
        return new CallAnalysis(new CallId(e.callId), new TenantId(e.tenantId), e.summary,
                json.read(e.actionItems, STRINGS),
                json.read(e.facts, AnalysisDocuments.Facts.class).toDomain(),
                Sentiment.valueOf(e.sentiment), e.sentimentReason, CallOutcome.valueOf(e.outcome),
                e.proposedLeadStatus == null ? null : LeadStatus.valueOf(e.proposedLeadStatus),
                e.followUp == null ? null : json.read(e.followUp, AnalysisDocuments.Follow.class).toDomain(),
                e.analyzer,
                json.read(e.applied, CHANGES).stream().map(AnalysisDocuments.Change::toDomain).toList(),
                e.createdAt);
    }
}
