package com.voicedesk.bootstrap.notifications;

import com.voicedesk.bootstrap.support.Api;
import com.voicedesk.bootstrap.support.SseClient;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static com.voicedesk.bootstrap.notifications.NotificationFixtures.data;
import static com.voicedesk.bootstrap.notifications.NotificationFixtures.newLead;
import static com.voicedesk.bootstrap.notifications.NotificationFixtures.post;
import static com.voicedesk.bootstrap.notifications.NotificationFixtures.stream;
import static com.voicedesk.bootstrap.notifications.NotificationFixtures.terminateBackends;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** The database signal is only a wake-up: when the listening connection is lost, nothing is lost with it. */
@QuarkusTest
class NotificationSignalLossTest {

    @Test
    void notificationsRaisedWhileTheListenerIsDownStillReachTheStreamOnceEach() throws Exception {
        Api.TestTenant tenant = Api.newTenant();
        try (SseClient alice = stream(tenant, "alice", null)) {
            post(tenant, newLead("before"));
            assertThat(alice.next(Duration.ofSeconds(10))).isNotNull();

            assertThat(terminateListeners()).isPositive();
            List<String> ids = List.of(post(tenant, newLead("while down 1")), post(tenant, newLead("while down 2")));

            // caught up by the resync after reconnecting, or by the sweep: either way each once, in order
            List<SseClient.Event> events = alice.take(2, Duration.ofSeconds(10));
            assertThat(events).extracting(e -> data(e).get("id")).containsExactlyElementsOf(ids);
            assertThat(alice.drain(Duration.ofMillis(700))).isEmpty();
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> io.restassured.RestAssured.get("/q/health/ready")
                .then().body("checks.find { it.name == 'notifications' }.data.signals", equalTo("listening")));
    }

    /** Ends every backend that is listening for notification signals, as a failover or a network cut would. */
    private static int terminateListeners() throws Exception {
        return terminateBackends("query ilike 'listen%voicedesk_notifications%'");
    }
}
