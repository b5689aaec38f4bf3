package com.voicedesk.adapters.persistence.contact;

import com.voicedesk.domain.contact.Contact;
import com.voicedesk.domain.contact.ContactId;
import com.voicedesk.domain.contact.ContactSource;
import com.voicedesk.domain.contact.EventType;
import com.voicedesk.domain.contact.LeadStatus;
import com.voicedesk.domain.shared.TenantId;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.PoolOptions;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The coalesced contact reads against a real PostgreSQL (embedded, migrated with the service's own Flyway
 * scripts), through a Vert.x pool set up as the service sets it up (custom plans, decision #9). Reads are
 * issued from event loop tasks, as the API issues them.
 */
class ContactReadBatcherTest {

    private static final String READER = "contact_reader";

    private static EmbeddedPostgres postgres;
    private static Vertx vertx;
    private static io.vertx.mutiny.sqlclient.Pool pool;
    private static final TenantId A = TenantId.random();
    private static final TenantId B = TenantId.random();
    private static final List<ContactId> OF_A = new ArrayList<>();
    private static final List<ContactId> OF_B = new ArrayList<>();

    @BeforeAll
    static void database() throws Exception {
        postgres = EmbeddedPostgres.builder()
                .setDataDirectory(Files.createTempDirectory("voicedesk-contact-reads"))
                .setCleanDataDirectory(true)
                .start();
        Flyway.configure().dataSource(postgres.getPostgresDatabase()).locations("classpath:db/migration").load().migrate();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            // a role of its own, so that one test can take its right to read away
            s.execute("create role " + READER + " login password 'reader'");
            s.execute("grant select on contacts to " + READER);
            insertTenant(c, A);
            insertTenant(c, B);
            for (int i = 0; i < 100; i++) {
                OF_A.add(insertContact(c, A, "A contact " + i));
                OF_B.add(insertContact(c, B, "B contact " + i));
            }
        }
        vertx = Vertx.vertx();
        PgConnectOptions connect = new PgConnectOptions().setHost("localhost").setPort(postgres.getPort())
                .setDatabase("postgres").setUser(READER).setPassword("reader").setCachePreparedStatements(true)
                .addProperty("plan_cache_mode", "force_custom_plan");
        pool = io.vertx.mutiny.sqlclient.Pool.newInstance(PgBuilder.pool().with(new PoolOptions().setMaxSize(4))
                .connectingTo(connect).using(vertx).build());
    }

    @AfterAll
    static void close() throws Exception {
        if (pool != null) {
            pool.closeAndAwait();
        }
        if (vertx != null) {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void readsThatArriveTogetherShareOneQuery() throws Exception {
        ContactReadBatcher batcher = new ContactReadBatcher(pool, 64, 1);

        List<Optional<Contact>> found = readTogether(batcher, OF_A.subList(0, 50).stream().map(id -> read(A, id)).toList());

        assertThat(found).hasSize(50).allMatch(Optional::isPresent);
        assertThat(found).extracting(contact -> contact.orElseThrow().id()).containsExactlyElementsOf(OF_A.subList(0, 50));
        assertThat(found).extracting(contact -> contact.orElseThrow().name()).startsWith("A contact 0", "A contact 1");
        assertThat(batcher.counts()).isEqualTo(new ContactReadCounts(50, 1));
    }

    @Test
    void aBatchNeverCrossesTenants() throws Exception {
        ContactReadBatcher batcher = new ContactReadBatcher(pool, 64, 1);
        ContactId ofA = OF_A.get(3);
        ContactId ofB = OF_B.get(7);

        ContactId alsoOfA = OF_A.get(4);
        List<Optional<Contact>> found = readTogether(batcher, List.of(
                read(A, ofA), read(B, ofA), read(B, ofB), read(A, ofB), read(A, new ContactId(UUID.randomUUID())),
                read(B, alsoOfA), read(A, alsoOfA)));

        assertThat(found.get(0)).get().extracting(Contact::id, Contact::tenantId).containsExactly(ofA, A);
        assertThat(found.get(1)).as("tenant B asking for A's contact").isEmpty();
        assertThat(found.get(2)).get().extracting(Contact::id, Contact::tenantId).containsExactly(ofB, B);
        assertThat(found.get(3)).as("tenant A asking for B's contact").isEmpty();
        assertThat(found.get(4)).as("an id nobody has").isEmpty();
        assertThat(found.get(5)).as("tenant B asking first for A's contact").isEmpty();
        assertThat(found.get(6)).as("then tenant A asking for it").get().extracting(Contact::id).isEqualTo(alsoOfA);
        // the query asks for each id under one tenant: the reads of an id under a second tenant went next
        assertThat(batcher.counts().queries()).isEqualTo(2);
    }

    @Test
    void readsOfTheSameContactShareItsRow() throws Exception {
        ContactReadBatcher batcher = new ContactReadBatcher(pool, 64, 1);
        ContactId id = OF_A.get(11);

        List<Optional<Contact>> found = readTogether(batcher, List.of(read(A, id), read(A, OF_A.get(12)), read(A, id)));

        assertThat(found).extracting(contact -> contact.orElseThrow().id()).containsExactly(id, OF_A.get(12), id);
        assertThat(batcher.counts().queries()).isEqualTo(1);
    }

    @Test
    void aBatchIsCappedAndTheRestFollowsWhenItIsAnswered() throws Exception {
        ContactReadBatcher batcher = new ContactReadBatcher(pool, 8, 1);

        List<Optional<Contact>> found = readTogether(batcher, OF_B.subList(0, 20).stream().map(id -> read(B, id)).toList());

        assertThat(found).extracting(contact -> contact.orElseThrow().id()).containsExactlyElementsOf(OF_B.subList(0, 20));
        assertThat(batcher.counts()).isEqualTo(new ContactReadCounts(20, 3)); // 8, 8 and 4
    }

    @Test
    void everyColumnIsRead() throws Exception {
        ContactId full;
        Instant created = Instant.parse("2026-03-01T10:15:30Z");
        try (Connection c = postgres.getPostgresDatabase().getConnection();
             PreparedStatement insert = c.prepareStatement("""
                     insert into contacts (id, tenant_id, name, phone, email, event_type, event_date, guest_count, venue,
                                           budget_amount, budget_currency, lead_status, time_zone, do_not_call,
                                           call_consent, source, created_at, updated_at, version)
                     values (?, ?, 'Sarah Johnson', '+15550102000', 'sarah@example.com', 'WEDDING', date '2027-06-12', 150,
                             'The Grand Hall', 2500.50, 'USD', 'QUALIFIED', 'America/Chicago', true, true, 'CRM', ?, ?, 4)""")) {
            full = new ContactId(UUID.randomUUID());
            insert.setObject(1, full.value());
            insert.setObject(2, A.value());
            insert.setObject(3, OffsetDateTime.ofInstant(created, ZoneOffset.UTC));
            insert.setObject(4, OffsetDateTime.ofInstant(created.plusSeconds(60), ZoneOffset.UTC));
            insert.executeUpdate();
        }
        ContactReadBatcher batcher = new ContactReadBatcher(pool, 64, 1);

        // alone (the single lookup) and in a batch (the lateral query): both map the same columns
        for (List<Wanted> reads :
                List.of(List.of(read(A, full)), List.of(read(A, full), read(A, OF_A.get(0))))) {
            Contact contact = readTogether(batcher, reads).getFirst().orElseThrow();
            assertThat(contact.name()).isEqualTo("Sarah Johnson");
            assertThat(contact.phone().value()).isEqualTo("+15550102000");
            assertThat(contact.email().value()).isEqualTo("sarah@example.com");
            assertThat(contact.eventType()).isEqualTo(EventType.WEDDING);
            assertThat(contact.eventDate()).isEqualTo(LocalDate.of(2027, 6, 12));
            assertThat(contact.guestCount()).isEqualTo(150);
            assertThat(contact.venue()).isEqualTo("The Grand Hall");
            assertThat(contact.budget().amount()).isEqualByComparingTo(new BigDecimal("2500.50"));
            assertThat(contact.budget().currency().getCurrencyCode()).isEqualTo("USD");
            assertThat(contact.leadStatus()).isEqualTo(LeadStatus.QUALIFIED);
            assertThat(contact.timeZone()).isEqualTo(ZoneId.of("America/Chicago"));
            assertThat(contact.doNotCall()).isTrue();
            assertThat(contact.callConsent()).isTrue();
            assertThat(contact.source()).isEqualTo(ContactSource.CRM);
            assertThat(contact.createdAt()).isEqualTo(created);
            assertThat(contact.updatedAt()).isEqualTo(created.plusSeconds(60));
            assertThat(contact.version()).isEqualTo(4);
        }
    }

    @Test
    void eachReadContinuesOnItsOwnContext() throws Exception {
        ContactReadBatcher batcher = new ContactReadBatcher(pool, 64, 1);
        Context loop = vertx.getOrCreateContext();
        Context first = VertxContext.createNewDuplicatedContext(loop);
        Context second = VertxContext.createNewDuplicatedContext(loop);
        CompletableFuture<Context> firstContinuedOn = new CompletableFuture<>();
        CompletableFuture<Context> secondContinuedOn = new CompletableFuture<>();

        // queued from one task of the loop, so both run before the batch goes out
        loop.runOnContext(task -> {
            first.runOnContext(ignored -> batcher.find(A, OF_A.get(0)).subscribe()
                    .with(found -> firstContinuedOn.complete(Vertx.currentContext()), firstContinuedOn::completeExceptionally));
            second.runOnContext(ignored -> batcher.find(B, OF_B.get(0)).subscribe()
                    .with(found -> secondContinuedOn.complete(Vertx.currentContext()), secondContinuedOn::completeExceptionally));
        });

        assertThat(firstContinuedOn.get(10, TimeUnit.SECONDS)).isSameAs(first);
        assertThat(secondContinuedOn.get(10, TimeUnit.SECONDS)).isSameAs(second);
        assertThat(batcher.counts().queries()).as("both reads went out together").isEqualTo(1);
    }

    @Test
    void aReadOffTheEventLoopIsAnsweredAlone() {
        ContactReadBatcher batcher = new ContactReadBatcher(pool, 64, 1);

        Optional<Contact> found = batcher.find(B, OF_B.get(9)).await().atMost(java.time.Duration.ofSeconds(10));

        assertThat(found).get().extracting(Contact::name).isEqualTo("B contact 9");
        assertThat(batcher.counts()).isEqualTo(new ContactReadCounts(1, 1));
    }

    @Test
    void readsSeeWhatWasCommittedBeforeThem() throws Exception {
        ContactReadBatcher batcher = new ContactReadBatcher(pool, 64, 1);
        ContactId id = OF_B.get(42);
        assertThat(readTogether(batcher, List.of(read(B, id), read(B, OF_B.get(43)))).getFirst()).get()
                .extracting(Contact::name).isEqualTo("B contact 42");

        try (Connection c = postgres.getPostgresDatabase().getConnection();
             PreparedStatement rename = c.prepareStatement("update contacts set name = 'Renamed', version = version + 1 where id = ?")) {
            rename.setObject(1, id.value());
            rename.executeUpdate();
        }

        assertThat(readTogether(batcher, List.of(read(B, id), read(B, OF_B.get(43)))).getFirst()).get()
                .extracting(Contact::name, Contact::version).containsExactly("Renamed", 1L);
    }

    @Test
    void aFailedQueryFailsEveryReadItCarriedAndTheLaneCarriesOn() throws Exception {
        ContactReadBatcher batcher = new ContactReadBatcher(pool, 64, 1);
        List<Wanted> reads =
                List.of(read(A, OF_A.get(60)), read(A, OF_A.get(61)), read(B, OF_B.get(60)));
        asSuperuser("revoke select on contacts from " + READER);
        try {
            List<CompletableFuture<Optional<Contact>>> outcomes = issueTogether(batcher, reads);
            for (CompletableFuture<Optional<Contact>> outcome : outcomes) {
                assertThatThrownBy(() -> outcome.get(10, TimeUnit.SECONDS)).hasMessageContaining("permission denied");
            }
        } finally {
            asSuperuser("grant select on contacts to " + READER);
        }

        assertThat(readTogether(batcher, reads)).allMatch(Optional::isPresent);
        assertThat(batcher.counts()).isEqualTo(new ContactReadCounts(6, 2));
    }

    @Test
    void manyEventLoopsReadingAtOnceAllGetTheirOwnContacts() throws Exception {
        ContactReadBatcher batcher = new ContactReadBatcher(pool, 64, 1);
        List<CompletableFuture<Optional<Contact>>> outcomes = new ArrayList<>();
        List<ContactId> expected = new ArrayList<>();
        List<CompletableFuture<Void>> issued = new ArrayList<>();
        for (int loop = 0; loop < 4; loop++) {
            Context context = vertx.getOrCreateContext();
            TenantId tenant = loop % 2 == 0 ? A : B;
            List<ContactId> ids = tenant == A ? OF_A : OF_B;
            List<CompletableFuture<Optional<Contact>>> ofLoop = new ArrayList<>();
            for (int i = 0; i < 250; i++) {
                ofLoop.add(new CompletableFuture<>());
                expected.add(ids.get((i * 7 + loop) % ids.size()));
            }
            outcomes.addAll(ofLoop);
            CompletableFuture<Void> done = new CompletableFuture<>();
            issued.add(done);
            int offset = loop;
            // each loop keeps issuing reads over several of its turns, while its earlier queries are out
            context.runOnContext(ignored -> issueInTurns(context, batcher, tenant, ids, offset, ofLoop, 0, done));
        }
        CompletableFuture.allOf(issued.toArray(CompletableFuture[]::new)).get(20, TimeUnit.SECONDS);

        for (int i = 0; i < outcomes.size(); i++) {
            assertThat(outcomes.get(i).get(20, TimeUnit.SECONDS)).get().extracting(Contact::id).isEqualTo(expected.get(i));
        }
        ContactReadCounts statistics = batcher.counts();
        assertThat(statistics.reads()).isEqualTo(1000);
        assertThat(statistics.queries()).as("queries for 1,000 reads").isLessThan(1000 / 4);
    }

    private static void issueInTurns(Context context, ContactReadBatcher batcher, TenantId tenant, List<ContactId> ids,
                                     int offset, List<CompletableFuture<Optional<Contact>>> outcomes, int from,
                                     CompletableFuture<Void> done) {
        int to = Math.min(from + 25, outcomes.size());
        for (int i = from; i < to; i++) {
            CompletableFuture<Optional<Contact>> outcome = outcomes.get(i);
            batcher.find(tenant, ids.get((i * 7 + offset) % ids.size())).subscribe()
                    .with(outcome::complete, outcome::completeExceptionally);
        }
        if (to < outcomes.size()) {
            context.runOnContext(ignored -> issueInTurns(context, batcher, tenant, ids, offset, outcomes, to, done));
        } else {
            done.complete(null);
        }
    }

    /** A read to issue: a tenant asking for a contact id. */
    private record Wanted(TenantId tenant, ContactId id) {
    }

    private static Wanted read(TenantId tenant, ContactId id) {
        return new Wanted(tenant, id);
    }

    private static List<Optional<Contact>> readTogether(ContactReadBatcher batcher,
                                                        List<Wanted> reads)
            throws Exception {
        List<Optional<Contact>> found = new ArrayList<>();
        for (CompletableFuture<Optional<Contact>> outcome : issueTogether(batcher, reads)) {
            found.add(outcome.get(10, TimeUnit.SECONDS));
        }
        return found;
    }

    private static List<CompletableFuture<Optional<Contact>>> issueTogether(
            ContactReadBatcher batcher, List<Wanted> reads) {
        List<CompletableFuture<Optional<Contact>>> outcomes = reads.stream()
                .map(ignored -> new CompletableFuture<Optional<Contact>>()).toList();
        // all in one task of one event loop, as the reads of requests that arrived together
        vertx.getOrCreateContext().runOnContext(ignored -> {
            for (int i = 0; i < reads.size(); i++) {
                CompletableFuture<Optional<Contact>> outcome = outcomes.get(i);
                batcher.find(reads.get(i).tenant(), reads.get(i).id()).subscribe()
                        .with(outcome::complete, outcome::completeExceptionally);
            }
        });
        return outcomes;
    }

    private static void asSuperuser(String sql) throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static void insertTenant(Connection c, TenantId tenant) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(
                "insert into tenants (id, slug, name, settings, created_at, updated_at) values (?, ?, 'Tenant', '{}', now(), now())")) {
            insert.setObject(1, tenant.value());
            insert.setString(2, "t-" + tenant.value());
            insert.executeUpdate();
        }
    }

    private static ContactId insertContact(Connection c, TenantId tenant, String name) throws SQLException {
        ContactId id = new ContactId(UUID.randomUUID());
        try (PreparedStatement insert = c.prepareStatement("""
                insert into contacts (id, tenant_id, name, lead_status, source, created_at, updated_at)
                values (?, ?, ?, 'NEW', 'ADMIN', now(), now())""")) {
            insert.setObject(1, id.value());
            insert.setObject(2, tenant.value());
            insert.setString(3, name);
            insert.executeUpdate();
        }
        return id;
    }
}
