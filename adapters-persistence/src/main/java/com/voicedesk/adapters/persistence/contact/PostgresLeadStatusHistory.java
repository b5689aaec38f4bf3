package com.voicedesk.adapters.persistence.contact;

import com.voicedesk.domain.contact.ChangeSource;
import com.voicedesk.domain.contact.ContactId;
import com.voicedesk.domain.contact.LeadStatus;
import com.voicedesk.domain.contact.LeadStatusChange;
import com.voicedesk.domain.contact.LeadStatusHistory;
import com.voicedesk.domain.shared.TenantId;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
public class PostgresLeadStatusHistory implements LeadStatusHistory, PanacheRepositoryBase<LeadStatusChangeEntity, Long> {

    @Override
    public Uni<Void> record(LeadStatusChange change) {
        LeadStatusChangeEntity e = new LeadStatusChangeEntity();
        e.tenantId = change.tenantId().value();
        e.contactId = change.contactId().value();
        e.fromStatus = change.from() == null ? null : change.from().name();
        e.toStatus = change.to().name();
        e.source = change.source().name();
        e.actor = change.actor();
        e.reason = change.reason();
        e.changedAt = change.changedAt();
        return Panache.withTransaction(() -> persistAndFlush(e)).replaceWithVoid();
    }

    @Override
    public Uni<List<LeadStatusChange>> list(TenantId tenant, ContactId contact) {
        return Panache.withSession(() -> find("tenantId = ?1 and contactId = ?2", Sort.ascending("id"),
                        tenant.value(), contact.value()).list())
                .map(rows -> rows.stream().map(e -> new LeadStatusChange(new TenantId(e.tenantId),
                        new ContactId(e.contactId), e.fromStatus == null ? null : LeadStatus.valueOf(e.fromStatus),
                        LeadStatus.valueOf(e.toStatus), ChangeSource.valueOf(e.source), e.actor, e.reason,
                        e.changedAt)).toList());
    }
}
