package com.voicedesk.bootstrap.assistant;

import com.voicedesk.bootstrap.support.Api;
import com.voicedesk.bootstrap.telephony.TelephonyTestProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * The browser voice path end to end: a ticket from the API, the admin's PCM over the voice socket, a local
 * server speaking Deepgram's protocol recognising it, the assistant (offline rules: the tenant has no OpenAI
 * key) acting through its tools, and the reply and the navigation command back on the socket.
 */
@QuarkusTest
@TestProfile(TelephonyTestProfile.class)
class AssistantVoiceSocketTest {

    /** Half a second of a 440 Hz tone at 16 kHz: loud enough to count as speech for the stand-in. */
    private static byte[] speech() {
        ByteBuffer pcm = ByteBuffer.allocate(16_000).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < 8000; i++) {
            pcm.putShort((short) (3000 * Math.sin(2 * Math.PI * 440 * i / 16_000.0)));
        }
        return pcm.array();
    }

    private static Api.TestTenant tenantSaying(String words) {
        Api.TestTenant tenant = Api.newTenant();
        Api.operator().body(Map.of("credentials", Map.of("deepgram", Map.of("apiKey", "say-" + words.replace(' ', '-')))))
                .patch("/admin/tenants/" + tenant.slug()).then().statusCode(200);
        return tenant;
    }

    private static String ticketUrl(Api.TestTenant tenant, Map<String, Object> body) {
        return tenant.request().body(body).post("/api/assistant/voice-sessions").then().statusCode(201)
                .body("url", containsString("/media/assistant?ticket=")).extract().path("url");
    }

    private record Client(WebSocket socket, BlockingQueue<String> messages) {
        String await(String type) throws InterruptedException {
            List<String> seen = new ArrayList<>();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (System.nanoTime() < deadline) {
                String message = messages.poll(200, TimeUnit.MILLISECONDS);
                if (message != null) {
                    seen.add(message);
                    if (message.contains("\"type\":\"" + type + "\"")) {
                        return message;
                    }
                }
            }
            throw new AssertionError("No '" + type + "' message; got " + seen);
        }
    }

    private static Client connect(String url) {
        BlockingQueue<String> messages = new LinkedBlockingQueue<>();
        WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5))
                .buildAsync(URI.create(url), new WebSocket.Listener() {
                    private final StringBuilder partial = new StringBuilder();

                    @Override
                    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                        partial.append(data);
                        if (last) {
                            messages.add(partial.toString());
                            partial.setLength(0);
                        }
                        ws.request(1);
                        return null;
                    }
                }).join();
        return new Client(socket, messages);
    }

    @Test
    void theAdminSpeaksAndTheAssistantAnswersOnTheSocket() throws Exception {
        Api.TestTenant tenant = tenantSaying("show me new leads from this week");
        Api.createContact(tenant, Map.of("name", "Sarah Johnson", "eventType", "WEDDING"));

        Client client = connect(ticketUrl(tenant, Map.of("identity", "alice")));
        assertThat(client.await("ready")).contains("browser-");
        client.socket().sendBinary(ByteBuffer.wrap(speech()), true).join();

        assertThat(client.await("transcript")).contains("show me new leads from this week");
        String reply = client.await("reply");
        assertThat(reply).contains("\"model\":\"rules\"");
        assertThat(client.await("navigation")).contains("\"target\":\"leads\"");

        String conversation = reply.replaceAll(".*\"conversationId\":\"([^\"]+)\".*", "$1");
        tenant.request().get("/api/assistant/conversations/" + conversation).then().statusCode(200)
                .body("turns[0].message", equalTo("show me new leads from this week"))
                .body("turns[0].actor", equalTo("alice"));
        client.socket().sendClose(WebSocket.NORMAL_CLOSURE, "done").join();
    }

    @Test
    void aTicketOpensTheSocketOnceAndNothingElseDoes() {
        Api.TestTenant tenant = tenantSaying("hello");
        String url = ticketUrl(tenant, Map.of("identity", "alice"));
        connect(url).socket().sendClose(WebSocket.NORMAL_CLOSURE, "done").join();

        for (String refused : List.of(url, url.replaceAll("ticket=.*", "ticket=forged.token"),
                url.replaceAll("\\?ticket=.*", ""))) {
            assertThatThrownBy(() -> connect(refused)).as(refused).isInstanceOf(CompletionException.class)
                    .cause().isInstanceOfSatisfying(WebSocketHandshakeException.class,
                            handshake -> assertThat(handshake.getResponse().statusCode()).isEqualTo(401));
        }
    }

    @Test
    void ticketsAreForTheTenantsOwnRoomsAndKnownAdmins() {
        Api.TestTenant tenant = Api.newTenant();
        Api.assertProblem(tenant.request().body(Map.of("identity", "alice", "room", "someone-else.assistant-alice"))
                .post("/api/assistant/voice-sessions").then(), 400, "validation-failed");
        Api.assertProblem(tenant.request().body(Map.of("identity", "alice", "room", tenant.slug() + ".assistant-bob"))
                .post("/api/assistant/voice-sessions").then(), 403, "forbidden");
        Api.assertProblem(tenant.request().body(Map.of("identity", "not valid!"))
                .post("/api/assistant/voice-sessions").then(), 400, "validation-failed");
        Api.assertProblem(io.restassured.RestAssured.given().contentType("application/json")
                .body(Map.of("identity", "alice")).post("/api/assistant/voice-sessions").then(), 401, "unauthorized");
    }

    @Test
    void withoutSpeechToTextTheSocketSaysSo() throws Exception {
        Api.TestTenant tenant = Api.newTenant();
        Client client = connect(ticketUrl(tenant, Map.of("identity", "alice")));
        client.await("ready");
        client.socket().sendBinary(ByteBuffer.wrap(speech()), true).join();
        assertThat(client.await("error")).contains("Speech recognition is unavailable");
    }
}
