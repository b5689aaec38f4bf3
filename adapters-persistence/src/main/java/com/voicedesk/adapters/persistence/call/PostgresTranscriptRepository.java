package com.voicedesk.adapters.persistence.call;

import com.voicedesk.domain.call.CallId;
import com.voicedesk.domain.shared.NotFoundException;
import com.voicedesk.domain.shared.TenantId;
import com.voicedesk.domain.transcript.AppendResult;
import com.voicedesk.domain.transcript.NewSegment;
import com.voicedesk.domain.transcript.Speaker;
import com.voicedesk.domain.transcript.TranscriptRepository;
import com.voicedesk.domain.transcript.TranscriptSegment;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.LockMode;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.Duration;
import java.util.List;

/**
 * The transcript store. An append locks the call row ({@code select ... for no key update}), so appends to one
 * call are serialised: the duplicate check then sees every committed segment, and {@code last_segment_seq}
 * hands out 1, 2, 3, ... without gaps or repeats. Appends to different calls do not wait on each other.
 */
@ApplicationScoped
public class PostgresTranscriptRepository implements TranscriptRepository,
        PanacheRepositoryBase<TranscriptSegmentEntity, TranscriptSegmentEntity.Key> {

    @Override
    public Uni<AppendResult> append(NewSegment segment) {
        return Panache.withTransaction(() -> Panache.getSession().flatMap(session ->
                lockCall(session, segment).flatMap(call ->
                        find("callId = ?1 and providerSegmentId = ?2", segment.callId().value(), segment.providerSegmentId())
                                .firstResult()
                                .flatMap(existing -> existing != null
                                        ? Uni.createFrom().item(new AppendResult(toDomain(existing), true))
                                        : insert(session, segment, call)))));
    }

    @Override
    public Uni<List<TranscriptSegment>> list(TenantId tenant, CallId call, long afterSequence, int limit) {
        return Panache.withSession(() -> find("tenantId = ?1 and callId = ?2 and seq > ?3", Sort.ascending("seq"),
                        tenant.value(), call.value(), afterSequence).range(0, limit - 1).list())
                .map(rows -> rows.stream().map(PostgresTranscriptRepository::toDomain).toList());
    }

    /**
     * The call row with {@code for no key update}, in HQL: a native select would miss Hibernate Reactive's plan
     * cache on every segment (docs/decisions.md #11).
     */
    private Uni<CallEntity> lockCall(Mutiny.Session session, NewSegment segment) {
        return session.createSelectionQuery("from CallEntity c where c.id = :call and c.tenantId = :tenant", CallEntity.class)
                .setParameter("call", segment.callId().value())
                .setParameter("tenant", segment.tenantId().value())
                .setLockMode(LockMode.PESSIMISTIC_WRITE)
                .getSingleResultOrNull()
                .map(call -> {
                    if (call == null) {
                        throw new NotFoundException("Call", segment.callId());
                    }
                    return call;
                });
    }

    private Uni<AppendResult> insert(Mutiny.Session session, NewSegment segment, CallEntity call) {
        long seq = call.lastSegmentSeq + 1;
        TranscriptSegmentEntity e = new TranscriptSegmentEntity();
        e.callId = segment.callId().value();
        e.seq = seq;
        e.tenantId = segment.tenantId().value();
        e.providerSegmentId = segment.providerSegmentId();
        e.speaker = segment.speaker().name();
        e.speakerLabel = segment.speakerLabel();
        e.text = segment.text();
        e.startMs = segment.start().toMillis();
        e.endMs = segment.end().toMillis();
        e.confidence = (float) segment.confidence();
        e.receivedAt = segment.receivedAt();
        return persist(e)
                .chain(() -> session.createNativeQuery("update calls set last_segment_seq = :seq where id = :call")
                        .setParameter("seq", seq)
                        .setParameter("call", e.callId)
                        .executeUpdate())
                // the managed row is read-only for this column: keep it in step for a next append in this session
                .invoke(() -> call.lastSegmentSeq = seq)
                .chain(this::flush)
                .replaceWith(new AppendResult(TranscriptSegment.placed(segment, seq), false));
    }

    private static TranscriptSegment toDomain(TranscriptSegmentEntity e) {
        return new TranscriptSegment(new CallId(e.callId), e.seq, e.providerSegmentId, Speaker.valueOf(e.speaker),
                e.speakerLabel, e.text, Duration.ofMillis(e.startMs), Duration.ofMillis(e.endMs), e.confidence,
                e.receivedAt);
    }
}
