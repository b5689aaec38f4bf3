package com.voicedesk.application.assistant;

import com.voicedesk.application.call.CallService;
import com.voicedesk.application.contact.ContactService;
import com.voicedesk.application.support.InMemory;
import com.voicedesk.application.support.InMemoryTenants;
import com.voicedesk.domain.assistant.AssistantModel;
import com.voicedesk.domain.assistant.ChatMessage;
import com.voicedesk.domain.assistant.ModelRequest;
import com.voicedesk.domain.assistant.ModelResponse;
import com.voicedesk.domain.assistant.NavigationCommand;
import com.voicedesk.domain.assistant.ToolCall;
import com.voicedesk.domain.contact.Contact;
import com.voicedesk.domain.contact.ContactSource;
import com.voicedesk.domain.contact.LeadStatus;
import com.voicedesk.domain.room.DataMessage;
import com.voicedesk.domain.room.RoomInfo;
import com.voicedesk.domain.room.RoomParticipant;
import com.voicedesk.domain.room.RoomService;
import com.voicedesk.domain.room.RoomSpec;
import com.voicedesk.domain.shared.CapabilityNotConfiguredException;
import com.voicedesk.domain.shared.ProviderUnavailableException;
import com.voicedesk.domain.shared.TenantId;
import com.voicedesk.domain.speech.SynthesizedSpeech;
import com.voicedesk.domain.speech.TextToSpeech;
import com.voicedesk.domain.tenant.Tenant;
import com.voicedesk.domain.tenant.TenantSettings;
import com.voicedesk.domain.tenant.TenantSlug;
import io.smallrye.mutiny.Uni;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

class AssistantServiceTest {

    private static final Instant NOW = Instant.parse("2026-03-04T17:00:00Z");
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final InMemory.Contacts contacts = new InMemory.Contacts();
    private final InMemory.History history = new InMemory.History();
    private final InMemoryTenants tenants = new InMemoryTenants();
    private final InMemory.Conversations conversations = new InMemory.Conversations();
    private final InMemory.Audio audio = new InMemory.Audio();
    private final List<DataMessage> sent = new ArrayList<>();
    private final List<ModelRequest> asked = new ArrayList<>();
    private Tenant tenant;
    private Contact sarah;

    @BeforeEach
    void setUp() {
        tenant = Tenant.create(new TenantSlug("m10"), "M10 DJ Company", TenantSettings.defaults("M10 DJ Company"), NOW);
        tenants.insert(tenant).await().indefinitely();
        sarah = Contact.newLead(tenant.id(), "Sarah Johnson", ContactSource.ADMIN, NOW);
        contacts.insert(sarah).await().indefinitely();
    }

    @Test
    void runsTheToolsTheModelAsksForAndDeliversTheReply() {
        AssistantModel model = scripted(
                step -> ChatMessage.Assistant.calls(List.of(new ToolCall("c1", "search_contacts", Map.of("query", "Sarah")))),
                step -> ChatMessage.Assistant.calls(List.of(new ToolCall("c2", "update_lead_status",
                        Map.of("contactId", sarah.id().toString(), "status", "BOOKED")),
                        new ToolCall("c3", "navigate", Map.of("action", "open", "target", "contact",
                                "ids", List.of(sarah.id().toString()))))),
                step -> ChatMessage.Assistant.text("Sarah Johnson is booked."));

        ChatResult result = service(model, tts()).chat(command("Mark Sarah as booked", true)).await().indefinitely();

        assertThat(result.reply()).isEqualTo("Sarah Johnson is booked.");
        assertThat(result.functions()).extracting(ChatResult.FunctionCall::name)
                .containsExactly("search_contacts", "update_lead_status", "navigate");
        assertThat(contacts.rows.get(sarah.id()).leadStatus()).isEqualTo(LeadStatus.BOOKED);
        assertThat(result.commands()).extracting(NavigationCommand::action)
                .containsExactly(NavigationCommand.Action.REFRESH, NavigationCommand.Action.OPEN);
        // the model saw each tool's result before its next step
        assertThat(asked.get(1).messages().getLast()).isInstanceOf(ChatMessage.ToolResult.class);
        assertThat(((ChatMessage.ToolResult) asked.get(1).messages().getLast()).result().get("total")).isEqualTo(1L);
        // stored whole, spoken, and sent on the two topics
        assertThat(conversations.rows).singleElement().satisfies(t -> assertThat(t.messages()).hasSize(7));
        assertThat(result.speech().status()).isEqualTo(ChatResult.Speech.Status.STORED);
        assertThat(audio.rows).hasSize(1);
        assertThat(sent).extracting(DataMessage::topic).containsExactly("assistant", "navigation", "navigation");
        assertThat(new String(sent.getFirst().payload(), StandardCharsets.UTF_8))
                .contains("\"text\":\"Sarah Johnson is booked.\"")
                .contains("\"audioUrl\":\"/api/assistant/replies/" + result.speech().audioId() + "/audio\"");
        assertThat(sent.getFirst().destinationIdentities()).containsExactly("admin-1");
        assertThat(result.publication().published()).isTrue();
    }

    @Test
    void stopsAModelThatNeverStopsCallingTools() {
        AssistantModel model = scripted(step -> ChatMessage.Assistant.calls(List.of(
                new ToolCall("c" + step, "search_contacts", Map.of("query", "x")))));

        ChatResult result = service(model, tts()).chat(command("loop", false)).await().indefinitely();

        assertThat(asked).hasSize(AssistantService.MAX_ROUNDS);
        assertThat(result.reply()).startsWith("I stopped after 8 steps");
        List<ChatMessage> stored = conversations.rows.getFirst().messages();
        long calls = stored.stream().filter(m -> m instanceof ChatMessage.Assistant a && a.requestsTools()).count();
        long results = stored.stream().filter(m -> m instanceof ChatMessage.ToolResult).count();
        assertThat(calls).isEqualTo(results); // no tool call without its result in the history
    }

    @Test
    void withoutAKeyTheOfflineModelAnswersAndAFailedDeliveryIsReportedNotThrown() {
        AssistantModel offline = (tenantId, request) -> Uni.createFrom().item(new ModelResponse(
                ChatMessage.Assistant.text("Offline answer."), "rules"));
        AssistantModel noKey = (tenantId, request) -> Uni.createFrom().failure(
                new CapabilityNotConfiguredException("language-model", "no key"));
        TextToSpeech noSpeech = (tenantId, text) -> Uni.createFrom().failure(
                new CapabilityNotConfiguredException("language-model", "no key"));
        AssistantService service = new AssistantService(tenants, conversations, noKey, offline, toolbox(), noSpeech,
                audio, failingRooms(), clock);

        ChatResult result = service.chat(command("hello", true)).await().indefinitely();

        assertThat(result.model()).isEqualTo("rules");
        assertThat(result.speech().status()).isEqualTo(ChatResult.Speech.Status.UNAVAILABLE);
        assertThat(result.publication().published()).isFalse();
        assertThat(result.publication().detail()).contains("LiveKit down");
    }

    @Test
    void aProviderFailureAfterToolsRanEndsTheTurnHonestly() {
        List<Function<Integer, ChatMessage.Assistant>> steps = List.of(
                step -> ChatMessage.Assistant.calls(List.of(new ToolCall("c1", "search_contacts", Map.of("query", "S")))));
        AssistantModel model = (tenantId, request) -> {
            asked.add(request);
            return asked.size() <= steps.size()
                    ? Uni.createFrom().item(new ModelResponse(steps.get(asked.size() - 1).apply(asked.size()), "openai:test"))
                    : Uni.createFrom().failure(new ProviderUnavailableException("openai", "HTTP 500"));
        };

        ChatResult result = service(model, tts()).chat(command("find S", false)).await().indefinitely();

        assertThat(result.reply()).contains("lost the connection to the language model")
                .contains("search_contacts");
        assertThat(result.functions()).hasSize(1);
    }

    private ChatCommand command(String message, boolean speak) {
        return new ChatCommand(tenant.id(), null, message, "admin-1",
                new ReplyDelivery("assistant-admin-1", List.of("admin-1"), speak));
    }

    @SafeVarargs
    private AssistantModel scripted(Function<Integer, ChatMessage.Assistant>... steps) {
        return (tenantId, request) -> {
            asked.add(request);
            int step = asked.size();
            return Uni.createFrom().item(new ModelResponse(steps[Math.min(step, steps.length) - 1].apply(step),
                    "openai:test"));
        };
    }

    private AssistantService service(AssistantModel model, TextToSpeech speech) {
        AssistantModel unused = (tenantId, request) -> Uni.createFrom().failure(new AssertionError("no fallback expected"));
        return new AssistantService(tenants, conversations, model, unused, toolbox(), speech, audio, rooms(), clock);
    }

    private AssistantToolbox toolbox() {
        ContactService contactService = new ContactService(contacts, new InMemory.Notes(), history,
                InMemory.UNIT_OF_WORK, clock);
        CallService callService = new CallService(new InMemory.Calls(), new InMemory.Transcripts(), new InMemory.Analyses());
        return AssistantToolbox.standard(contactService, contactService, contactService, contactService, contactService,
                callService);
    }

    private static TextToSpeech tts() {
        return (tenantId, text) -> Uni.createFrom().item(new SynthesizedSpeech(new byte[]{1, 2, 3}, "audio/mpeg", "test"));
    }

    private RoomService rooms() {
        return new FakeRooms(null);
    }

    private RoomService failingRooms() {
        return new FakeRooms(new ProviderUnavailableException("livekit", "LiveKit down"));
    }

    private final class FakeRooms implements RoomService {
        private final RuntimeException failure;

        FakeRooms(RuntimeException failure) {
            this.failure = failure;
        }

        @Override
        public Uni<Void> sendData(TenantId tenantId, String roomName, DataMessage message) {
            if (failure != null) {
                return Uni.createFrom().failure(failure);
            }
            sent.add(message);
            return Uni.createFrom().voidItem();
        }

        @Override
        public Uni<RoomInfo> createRoom(TenantId tenantId, RoomSpec spec) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Uni<Void> deleteRoom(TenantId tenantId, String roomName) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Uni<List<RoomParticipant>> listParticipants(TenantId tenantId, String roomName) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Uni<Void> updateMetadata(TenantId tenantId, String roomName, String metadataJson) {
            throw new UnsupportedOperationException();
        }
    }
}
