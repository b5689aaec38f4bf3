package com.voicedesk.adapters.persistence.contact;

import com.voicedesk.adapters.persistence.PanacheUnitOfWork;
import com.voicedesk.adapters.persistence.Repositories;
import com.voicedesk.domain.contact.Contact;
import com.voicedesk.domain.contact.ContactId;
import com.voicedesk.domain.contact.ContactQuery;
import com.voicedesk.domain.contact.ContactRepository;
import com.voicedesk.domain.shared.ConflictException;
import com.voicedesk.domain.shared.NotFoundException;
import com.voicedesk.domain.shared.Page;
import com.voicedesk.domain.shared.PageRequest;
import com.voicedesk.domain.shared.PhoneNumber;
import com.voicedesk.domain.shared.TenantId;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Contacts. Writes and reads inside a unit of work go through the Hibernate session; a read by id outside one
 * (the API's hottest path) goes straight to the pool as a prepared statement, coalesced with the reads that
 * arrive with it ({@link ContactReadBatcher}); see docs/benchmarks.md.
 */
@ApplicationScoped
public class PostgresContactRepository implements ContactRepository, PanacheRepositoryBase<ContactEntity, UUID> {

    private static final Sort NEWEST_FIRST = Sort.descending("createdAt", "id");
    private final ContactReadBatcher reads;

    public PostgresContactRepository(Pool pool, ContactReadsConfig config) {
        this.reads = new ContactReadBatcher(pool, config.maxBatchSize(), config.inFlightPerEventLoop());
    }

    @Override
    public Uni<Void> insert(Contact contact) {
        return Panache.withTransaction(() -> persistAndFlush(ContactMapper.newEntity(contact))).replaceWithVoid();
    }

    @Override
    public Uni<Contact> update(Contact contact) {
        return Repositories.updateVersioned(
                        () -> find("id = ?1 and tenantId = ?2", contact.id().value(), contact.tenantId().value()).firstResult(),
                        contact.version(), e -> e.version, e -> ContactMapper.copy(contact, e),
                        () -> new NotFoundException("Contact", contact.id()), () -> stale(contact.id()))
                .map(ContactMapper::toDomain);
    }

    @Override
    public Uni<Optional<Contact>> findById(TenantId tenant, ContactId id) {
        if (!PanacheUnitOfWork.isActive()) {
            return reads.find(tenant, id);
        }
        return Panache.withSession(() -> find("id = ?1 and tenantId = ?2", id.value(), tenant.value()).firstResult())
                .map(e -> Optional.ofNullable(e).map(ContactMapper::toDomain));
    }

    /** How many reads by id were asked for, and how many queries answered them (for the metrics). */
    public ContactReadCounts readCounts() {
        return reads.counts();
    }

    @Override
    public Uni<Optional<Contact>> findByPhone(TenantId tenant, PhoneNumber phone) {
        return Panache.withSession(() -> find("tenantId = ?1 and phone = ?2", NEWEST_FIRST, tenant.value(), phone.value())
                        .firstResult())
                .map(e -> Optional.ofNullable(e).map(ContactMapper::toDomain));
    }

    @Override
    public Uni<Page<Contact>> search(TenantId tenant, ContactQuery query, PageRequest page) {
        StringBuilder where = new StringBuilder("tenantId = :tenant");
        Parameters params = Parameters.with("tenant", tenant.value());
        String digits = query.phoneDigits();
        if (digits != null) {
            where.append(" and phone like :phone");
            params.and("phone", "%" + digits + "%");
        } else if (query.text() != null) {
            where.append(" and lower(name) like :name escape '\\'");
            params.and("name", "%" + escapeLike(query.text().toLowerCase(Locale.ROOT)) + "%");
        }
        if (query.leadStatus() != null) {
            where.append(" and leadStatus = :status");
            params.and("status", query.leadStatus().name());
        }
        if (query.createdSince() != null) {
            where.append(" and createdAt >= :since");
            params.and("since", query.createdSince());
        }
        return Repositories.page(() -> find(where.toString(), NEWEST_FIRST, params), page, ContactMapper::toDomain);
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static ConflictException stale(ContactId id) {
        return new ConflictException("Contact " + id + " was changed by someone else meanwhile; reload it and try again");
    }
}
