package com.voicedesk.adapters.persistence.contact;

import com.voicedesk.domain.call.CallId;
import com.voicedesk.domain.contact.ChangeSource;
import com.voicedesk.domain.contact.ContactId;
import com.voicedesk.domain.contact.ContactNote;
import com.voicedesk.domain.contact.ContactNotes;
import com.voicedesk.domain.shared.TenantId;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class PostgresContactNotes implements ContactNotes, PanacheRepositoryBase<ContactNoteEntity, UUID> {

    @Override
    public Uni<Void> add(ContactNote note) {
        ContactNoteEntity e = new ContactNoteEntity();
        e.id = note.id();
        e.tenantId = note.tenantId().value();
        e.contactId = note.contactId().value();
        e.callId = note.callId() == null ? null : note.callId().value();
        e.text = note.text();
        e.author = note.author();
        e.source = note.source().name();
        e.createdAt = note.createdAt();
        return Panache.withTransaction(() -> persistAndFlush(e)).replaceWithVoid();
    }

    @Override
    public Uni<List<ContactNote>> list(TenantId tenant, ContactId contact, int limit) {
        return Panache.withSession(() -> find("tenantId = ?1 and contactId = ?2", Sort.descending("createdAt", "id"),
                        tenant.value(), contact.value()).range(0, limit - 1).list())
                .map(rows -> rows.stream().map(PostgresContactNotes::toDomain).toList());
    }

    private static ContactNote toDomain(ContactNoteEntity e) {
        return new ContactNote(e.id, new TenantId(e.tenantId), new ContactId(e.contactId),
                e.callId == null ? null : new CallId(e.callId), e.text, e.author, ChangeSource.valueOf(e.source),
                e.createdAt);
    }
}
