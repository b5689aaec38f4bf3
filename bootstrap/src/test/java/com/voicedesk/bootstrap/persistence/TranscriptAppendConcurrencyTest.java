package com.voicedesk.bootstrap.persistence;

import com.voicedesk.bootstrap.support.Api;
import com.voicedesk.bootstrap.support.CallFixtures;
import com.voicedesk.bootstrap.support.OnVertx;
import com.voicedesk.domain.call.Call;
import com.voicedesk.domain.transcript.AppendResult;
import com.voicedesk.domain.transcript.NewSegment;
import com.voicedesk.domain.transcript.Speaker;
import com.voicedesk.domain.transcript.TranscriptRepository;
import com.voicedesk.domain.transcript.TranscriptSegment;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Transcript segments are never lost: appends from many connections at once all persist, each exactly once,
 * with gap-free sequence numbers; a re-sent segment is recognised and not stored again.
 */
@QuarkusTest
class TranscriptAppendConcurrencyTest {

    private static final int APPENDS = 100;

    @Inject
    TranscriptRepository transcripts;

    @Inject
    CallFixtures fixtures;

    @Test
    void hundredConcurrentAppendsAllPersistOnceInSequenceOrder() throws Exception {
        Api.TestTenant tenant = Api.newTenant();
        Call call = fixtures.inboundCall(tenant.tenantId(), null, "CA-conc-" + tenant.slug(), Instant.now());
        ExecutorService pool = Executors.newFixedThreadPool(32);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<AppendResult>> results = new ArrayList<>();
        try {
            for (int i = 0; i < APPENDS; i++) {
                NewSegment segment = segment(tenant, call, "seg-" + i, "utterance number " + i);
                results.add(pool.submit(() -> {
                    start.await();
                    return OnVertx.await(() -> transcripts.append(segment));
                }));
            }
            start.countDown();
            List<AppendResult> appended = new ArrayList<>();
            for (Future<AppendResult> result : results) {
                appended.add(result.get());
            }
            assertThat(appended).noneMatch(AppendResult::duplicate);
            assertThat(appended).extracting(r -> r.segment().sequence())
                    .containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, APPENDS).boxed().toList());
        } finally {
            pool.shutdownNow();
        }

        List<TranscriptSegment> stored = OnVertx.await(() -> transcripts.list(tenant.tenantId(), call.id(), 0, 1000));
        assertThat(stored).hasSize(APPENDS);
        assertThat(stored).extracting(TranscriptSegment::sequence)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, APPENDS).boxed().toList());
        assertThat(stored).extracting(TranscriptSegment::providerSegmentId).doesNotHaveDuplicates();
    }

    @Test
    void aResentSegmentIsNotDuplicatedEvenWhenResentConcurrently() throws Exception {
        Api.TestTenant tenant = Api.newTenant();
        Call call = fixtures.inboundCall(tenant.tenantId(), null, "CA-dup-" + tenant.slug(), Instant.now());
        NewSegment once = segment(tenant, call, "dg-final-7", "my number is 555 0102");
        AppendResult first = OnVertx.await(() -> transcripts.append(once));

        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<AppendResult>> resends = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                resends.add(pool.submit(() -> OnVertx.await(() -> transcripts.append(once))));
            }
            for (Future<AppendResult> resend : resends) {
                AppendResult result = resend.get();
                assertThat(result.duplicate()).isTrue();
                assertThat(result.segment().sequence()).isEqualTo(first.segment().sequence());
            }
        } finally {
            pool.shutdownNow();
        }
        AppendResult next = OnVertx.await(() -> transcripts.append(segment(tenant, call, "dg-final-8", "thanks")));
        assertThat(next.segment().sequence()).isEqualTo(2);
        assertThat(OnVertx.await(() -> transcripts.list(tenant.tenantId(), call.id(), 0, 100))).hasSize(2);
        assertThat(OnVertx.await(() -> transcripts.list(tenant.tenantId(), call.id(), 1, 100)))
                .extracting(TranscriptSegment::text).containsExactly("thanks");
    }

    private static NewSegment segment(Api.TestTenant tenant, Call call, String providerId, String text) {
        return new NewSegment(tenant.tenantId(), call.id(), providerId, Speaker.CALLER, null, text,
                Duration.ZERO, Duration.ofMillis(900), 0.9, Instant.now());
    }
}
