package com.voicedesk.bootstrap.ai;

import com.voicedesk.bootstrap.support.Api;
import com.voicedesk.domain.call.Call;
import com.voicedesk.domain.call.CallRepository;
import com.voicedesk.domain.call.CallStatus;
import com.voicedesk.domain.contact.ContactId;
import com.voicedesk.domain.event.CallCompleted;
import com.voicedesk.domain.event.Outbox;
import com.voicedesk.domain.shared.TenantId;
import com.voicedesk.domain.shared.UnitOfWork;
import com.voicedesk.domain.transcript.NewSegment;
import com.voicedesk.domain.transcript.Speaker;
import com.voicedesk.domain.transcript.TranscriptRepository;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Completed calls with transcripts, made directly through the ports (the inbound-call code that does this in
 * production is another issue's), and their CallCompleted event written to the outbox as that code would.
 */
@ApplicationScoped
public class CallFixtures {

    private final CallRepository calls;
    private final TranscriptRepository transcripts;
    private final Outbox outbox;
    private final UnitOfWork unitOfWork;
    private final Pool pool;

    public CallFixtures(CallRepository calls, TranscriptRepository transcripts, Outbox outbox, UnitOfWork unitOfWork,
                        Pool pool) {
        this.calls = calls;
        this.transcripts = transcripts;
        this.outbox = outbox;
        this.unitOfWork = unitOfWork;
        this.pool = pool;
    }

    static TenantId tenantId(Api.TestTenant tenant) {
        return TenantId.of(Api.operator().get("/admin/tenants/" + tenant.slug()).then().statusCode(200)
                .extract().path("id"));
    }

    /** A completed inbound call of the contact with these lines ("CALLER: ...", "AGENT: ..."), not yet announced. */
    Call completedCall(TenantId tenant, String contactId, List<String> lines) throws Throwable {
        Instant start = Instant.now().minusSeconds(600);
        Call call = Call.inbound(tenant, contactId == null ? null : ContactId.of(contactId), "+19015550143",
                        "+19015550100", "CA" + UUID.randomUUID().toString().replace("-", ""), start)
                .moveTo(CallStatus.IN_PROGRESS, start.plusSeconds(5))
                .moveTo(CallStatus.COMPLETED, start.plusSeconds(300));
        VertxContextSupport.subscribeAndAwait(() -> calls.insert(call));
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Speaker speaker = line.startsWith("AGENT:") ? Speaker.AGENT : Speaker.CALLER;
            NewSegment segment = new NewSegment(tenant, call.id(), "seg-" + i, speaker, null,
                    line.substring(line.indexOf(':') + 1).strip(), Duration.ofSeconds(i * 5L),
                    Duration.ofSeconds(i * 5L + 4), 0.93, start.plusSeconds(i * 5L));
            VertxContextSupport.subscribeAndAwait(() -> transcripts.append(segment));
        }
        return call;
    }

    /** Writes CallCompleted to the outbox {@code times} times, in one transaction (a redelivery, as it were). */
    void announce(Call call, int times) throws Throwable {
        CallCompleted event = new CallCompleted(call.tenantId(), call.id(), CallStatus.COMPLETED, call.endedAt());
        VertxContextSupport.subscribeAndAwait(() -> unitOfWork.inTransaction(() -> {
            Uni<Void> all = Uni.createFrom().voidItem();
            for (int i = 0; i < times; i++) {
                all = all.chain(() -> outbox.enqueue(event));
            }
            return all;
        }));
    }

    /** A single number from SQL, for assertions on rows no port lists. */
    long count(String sql, Object... params) {
        Object value = value(sql, params);
        return value == null ? 0 : ((Number) value).longValue();
    }

    String text(String sql, Object... params) {
        Object value = value(sql, params);
        return value == null ? null : value.toString();
    }

    private Object value(String sql, Object... params) {
        try {
            return VertxContextSupport.subscribeAndAwait(() -> pool.preparedQuery(sql)
                    .execute(Tuple.from(java.util.Arrays.asList(params)))
                    .map(rows -> {
                        var it = rows.iterator();
                        return it.hasNext() ? it.next().getValue(0) : null;
                    }));
        } catch (Throwable e) {
            throw new IllegalStateException("Query failed: " + sql, e);
        }
    }
}
