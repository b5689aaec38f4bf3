package com.voicedesk.application.notification;

import com.voicedesk.domain.notification.FeedEntry;
import com.voicedesk.domain.notification.Notification;
import com.voicedesk.domain.notification.NotificationPreferences;
import com.voicedesk.domain.notification.NotificationPreferencesRepository;
import com.voicedesk.domain.notification.NotificationSignal;
import com.voicedesk.domain.notification.NotificationType;
import com.voicedesk.domain.notification.Recipient;
import com.voicedesk.domain.shared.TenantId;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.helpers.test.AssertSubscriber;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

class NotificationStreamsTest {

    private static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");

    private final InMemoryNotifications store = new InMemoryNotifications();
    private final TenantId tenant = TenantId.random();
    private NotificationStreams streams = streams(5, 64);

    @Test
    void aLiveStreamGetsWhatIsRaisedAfterItOpened() {
        raise(NotificationType.NEW_LEAD, Recipient.allAdmins()); // before: not replayed without Last-Event-ID
        AssertSubscriber<StreamEvent> alice = open("alice", OptionalLong.empty());

        signal(raise(NotificationType.NEW_LEAD, Recipient.allAdmins()));

        assertThat(seqs(alice)).containsExactly(2L);
    }

    @Test
    void aResumedStreamReplaysWhatWasMissedThenGoesLiveWithoutRepeats() {
        for (int i = 0; i < 7; i++) {
            raise(NotificationType.NEW_LEAD, Recipient.allAdmins());
        }
        AssertSubscriber<StreamEvent> bob = open("bob", OptionalLong.of(2));
        assertThat(seqs(bob)).containsExactly(3L, 4L, 5L, 6L, 7L); // in three batches of three

        FeedEntry next = raise(NotificationType.PAYMENT_RECEIVED, Recipient.allAdmins());
        signal(next);
        signal(next); // a second signal (the outbox's) and a sweep change nothing
        streams.sweep();
        assertThat(seqs(bob)).containsExactly(3L, 4L, 5L, 6L, 7L, 8L);
    }

    @Test
    void aMissedSignalOnlyDelaysDeliveryUntilTheSweep() {
        AssertSubscriber<StreamEvent> carol = open("carol", OptionalLong.empty());
        raise(NotificationType.NEW_LEAD, Recipient.allAdmins());
        raise(NotificationType.NEW_LEAD, Recipient.allAdmins());
        assertThat(seqs(carol)).isEmpty();

        streams.onSignal(NotificationSignal.Resync.INSTANCE);

        assertThat(seqs(carol)).containsExactly(1L, 2L);
    }

    @Test
    void streamsGetOnlyTheirOwnAndWhatTheyDidNotMute() {
        store.save(new NotificationPreferences(tenant, "dana", Set.of(NotificationType.PAYMENT_RECEIVED), NOW)).await().indefinitely();
        AssertSubscriber<StreamEvent> dana = open("dana", OptionalLong.empty());
        AssertSubscriber<StreamEvent> erin = open("erin", OptionalLong.empty());
        TenantId other = TenantId.random();
        AssertSubscriber<StreamEvent> stranger = streams.open(other, "dana", OptionalLong.empty())
                .subscribe().withSubscriber(AssertSubscriber.create(Long.MAX_VALUE));

        signal(raise(NotificationType.CONTRACT_SIGNED, Recipient.admin("dana")));
        signal(raise(NotificationType.CONTRACT_SIGNED, Recipient.admin("erin")));
        signal(raise(NotificationType.PAYMENT_RECEIVED, Recipient.allAdmins()));
        signal(raise(NotificationType.NEW_LEAD, Recipient.allAdmins()));

        assertThat(seqs(dana)).containsExactly(1L, 4L);
        assertThat(seqs(erin)).containsExactly(2L, 3L, 4L);
        assertThat(seqs(stranger)).isEmpty();
    }

    @Test
    void changedPreferencesApplyToOpenStreams() {
        AssertSubscriber<StreamEvent> dana = open("dana", OptionalLong.empty());
        store.save(new NotificationPreferences(tenant, "dana", Set.of(NotificationType.NEW_LEAD), NOW)).await().indefinitely();
        streams.onSignal(new NotificationSignal.PreferencesChanged(tenant, "dana"));

        signal(raise(NotificationType.NEW_LEAD, Recipient.allAdmins()));
        signal(raise(NotificationType.CONTRACT_SIGNED, Recipient.allAdmins()));

        assertThat(seqs(dana)).containsExactly(2L);
    }

    @Test
    void tooMuchMissedIsAResyncFromTheLatestPosition() {
        for (int i = 0; i < 9; i++) {
            raise(NotificationType.NEW_LEAD, Recipient.allAdmins());
        }
        AssertSubscriber<StreamEvent> frank = open("frank", OptionalLong.of(1)); // 8 missed, 5 replayed at most

        assertThat(frank.getItems()).containsExactly(new StreamEvent.Live(1), new StreamEvent.Resync(8, 9));
        signal(raise(NotificationType.NEW_LEAD, Recipient.allAdmins()));
        assertThat(frank.getItems()).hasSize(3).last().isInstanceOf(StreamEvent.Delivered.class);
    }

    @Test
    void anIdFromBeyondTheFeedIsAResyncToo() {
        raise(NotificationType.NEW_LEAD, Recipient.allAdmins());
        AssertSubscriber<StreamEvent> gina = open("gina", OptionalLong.of(99));
        assertThat(gina.getItems()).containsExactly(new StreamEvent.Live(1), new StreamEvent.Resync(0, 1));
    }

    @Test
    void resumingWhileOtherInstancesKeepCommittingDeliversEachEntryOnceInOrder() throws Exception {
        for (int i = 0; i < 5; i++) {
            raise(NotificationType.NEW_LEAD, Recipient.allAdmins());
        }
        int extra = 300;
        streams = streams(10_000, 10_000);
        ExecutorService signalling = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        try {
            CompletableFuture<Void> producer = CompletableFuture.runAsync(() -> {
                await(go);
                for (int i = 0; i < extra; i++) {
                    FeedEntry e = store.append(Notification.raise(tenant, NotificationType.NEW_LEAD, "n", null, null,
                            Map.of(), Recipient.allAdmins(), NOW));
                    signalling.submit(() -> streams.onSignal(new NotificationSignal.FeedAdvanced(tenant, e.seq())));
                }
            });
            CompletableFuture<List<AssertSubscriber<StreamEvent>>> opener = CompletableFuture.supplyAsync(() -> {
                await(go);
                return List.of(open("hank", OptionalLong.of(2)), open("ivan", OptionalLong.empty()));
            });
            go.countDown();
            producer.get(10, TimeUnit.SECONDS);
            List<AssertSubscriber<StreamEvent>> opened = opener.get(10, TimeUnit.SECONDS);
            signalling.shutdown();
            assertThat(signalling.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
            signal(raise(NotificationType.NEW_LEAD, Recipient.allAdmins()));
            streams.sweep(); // whatever the last signals raced with

            long last = 6 + extra;
            assertThat(seqs(opened.get(0))).containsExactlyElementsOf(LongStream.rangeClosed(3, last).boxed().toList());
            // from wherever the feed was when it went live, as its first event says
            long from = ((StreamEvent.Live) opened.get(1).getItems().getFirst()).seq();
            assertThat(seqs(opened.get(1))).containsExactlyElementsOf(LongStream.rangeClosed(from + 1, last).boxed().toList());
        } finally {
            signalling.shutdownNow();
        }
    }

    @Test
    void everyStreamFirstSaysWhereInTheFeedItStands() {
        raise(NotificationType.NEW_LEAD, Recipient.allAdmins());
        raise(NotificationType.NEW_LEAD, Recipient.allAdmins());

        assertThat(open("alice", OptionalLong.empty()).getItems()).containsExactly(new StreamEvent.Live(2));
        assertThat(open("bob", OptionalLong.of(1)).getItems()).hasSize(2)
                .first().isEqualTo(new StreamEvent.Live(1));
    }

    @Test
    void aStreamStillOpeningTakesItsPlaceWhenItGoesLiveNotBefore() {
        CompletableFuture<Void> preferencesLoaded = new CompletableFuture<>();
        streams = new NotificationStreams(store, held("alice", preferencesLoaded), store, new StreamSettings(3, 5, 64),
                Clock.fixed(NOW, ZoneOffset.UTC));
        AssertSubscriber<StreamEvent> bob = open("bob", OptionalLong.empty()); // the tenant's channel follows the feed
        AssertSubscriber<StreamEvent> alice = open("alice", OptionalLong.empty());
        signal(raise(NotificationType.NEW_LEAD, Recipient.allAdmins()));
        assertThat(seqs(bob)).containsExactly(1L);
        assertThat(alice.getItems()).isEmpty(); // not open yet: its caller must not say it is

        preferencesLoaded.complete(null);
        assertThat(alice.getItems()).containsExactly(new StreamEvent.Live(1)); // 1 came before: the inbox's

        signal(raise(NotificationType.NEW_LEAD, Recipient.allAdmins()));
        assertThat(seqs(alice)).containsExactly(2L);
        assertThat(seqs(bob)).containsExactly(1L, 2L);
    }

    @Test
    void aStreamThatCannotStartFailsBeforeSayingItIsLive() {
        CompletableFuture<Void> preferencesLoaded = new CompletableFuture<>();
        streams = new NotificationStreams(store, held("alice", preferencesLoaded), store, new StreamSettings(3, 5, 64),
                Clock.fixed(NOW, ZoneOffset.UTC));
        AssertSubscriber<StreamEvent> alice = open("alice", OptionalLong.empty());

        preferencesLoaded.completeExceptionally(new IllegalStateException("database unreachable"));

        alice.assertFailedWith(IllegalStateException.class, "database unreachable");
        assertThat(alice.getItems()).isEmpty();
        assertThat(streams.openStreams()).isZero();
    }

    /** The store's preferences, those of {@code admin} answered only once {@code gate} completes (or failing with it). */
    private NotificationPreferencesRepository held(String heldAdmin, CompletableFuture<Void> gate) {
        return new NotificationPreferencesRepository() {
            @Override
            public Uni<NotificationPreferences> find(TenantId tenant, String admin) {
                return admin.equals(heldAdmin)
                        ? Uni.createFrom().completionStage(gate).chain(() -> store.find(tenant, admin))
                        : store.find(tenant, admin);
            }

            @Override
            public Uni<Map<String, NotificationPreferences>> findAll(TenantId tenant, Collection<String> admins) {
                return store.findAll(tenant, admins);
            }

            @Override
            public Uni<Void> save(NotificationPreferences preferences) {
                return store.save(preferences);
            }
        };
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aClientThatFallsTooFarBehindIsCutOffAndCanResume() {
        AssertSubscriber<StreamEvent> slow = streams.open(tenant, "slow", OptionalLong.empty())
                .subscribe().withSubscriber(AssertSubscriber.create(0));
        for (int i = 0; i < 70; i++) {
            signal(raise(NotificationType.NEW_LEAD, Recipient.allAdmins())); // buffer is 64
        }
        slow.assertFailedWith(io.smallrye.mutiny.subscription.BackPressureFailure.class);
        assertThat(streams.openStreams()).isZero();

        AssertSubscriber<StreamEvent> resumed = open("slow", OptionalLong.of(0));
        assertThat(resumed.getItems()).containsExactly(new StreamEvent.Live(0), new StreamEvent.Resync(70, 70)); // > maxReplay (5)
    }

    @Test
    void closingTheLastStreamOfATenantStopsFollowingItsFeed() {
        AssertSubscriber<StreamEvent> alice = open("alice", OptionalLong.empty());
        assertThat(streams.openStreams()).isOne();
        alice.cancel();
        assertThat(streams.openStreams()).isZero();

        int reads = store.feedReads.get();
        signal(raise(NotificationType.NEW_LEAD, Recipient.allAdmins()));
        assertThat(store.feedReads.get()).isEqualTo(reads);
    }

    @Test
    void aFailedReadIsRetriedByTheNextSignalOrSweep() {
        AssertSubscriber<StreamEvent> alice = open("alice", OptionalLong.empty());
        store.failReads = true;
        signal(raise(NotificationType.NEW_LEAD, Recipient.allAdmins()));
        assertThat(seqs(alice)).isEmpty();

        store.failReads = false;
        streams.sweep();
        assertThat(seqs(alice)).containsExactly(1L);
    }

    @Test
    void deliveriesAreRecordedOncePerNotificationAtTheNextFlush() {
        open("alice", OptionalLong.empty());
        open("bob", OptionalLong.empty());
        FeedEntry entry = raise(NotificationType.NEW_LEAD, Recipient.allAdmins());
        signal(entry);

        assertThat(streams.flushDeliveries().await().atMost(Duration.ofSeconds(1))).isEqualTo(1);
        assertThat(store.deliveredLive).containsExactly(entry.notification().id());
        assertThat(streams.flushDeliveries().await().atMost(Duration.ofSeconds(1))).isZero();
    }

    private NotificationStreams streams(int maxReplay, int buffer) {
        return new NotificationStreams(store, store, store, new StreamSettings(3, maxReplay, buffer),
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private AssertSubscriber<StreamEvent> open(String admin, OptionalLong lastEventId) {
        return streams.open(tenant, admin, lastEventId).subscribe().withSubscriber(AssertSubscriber.create(Long.MAX_VALUE));
    }

    private FeedEntry raise(NotificationType type, Recipient recipient) {
        return store.append(Notification.raise(tenant, type, type + " title", null, null, Map.of(), recipient, NOW));
    }

    private void signal(FeedEntry entry) {
        streams.onSignal(new NotificationSignal.FeedAdvanced(tenant, entry.seq()));
    }

    /** The seqs delivered, after checking that the stream announced itself first and only once. */
    private static List<Long> seqs(AssertSubscriber<StreamEvent> subscriber) {
        List<StreamEvent> items = subscriber.getItems();
        assertThat(items).first().isInstanceOf(StreamEvent.Live.class);
        return items.stream().skip(1).map(e -> ((StreamEvent.Delivered) e).entry().seq()).toList();
    }
}
