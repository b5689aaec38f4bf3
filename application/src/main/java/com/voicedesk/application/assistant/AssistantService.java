package com.voicedesk.application.assistant;

import com.voicedesk.domain.assistant.AssistantModel;
import com.voicedesk.domain.assistant.ChatMessage;
import com.voicedesk.domain.assistant.ConversationId;
import com.voicedesk.domain.assistant.ConversationRepository;
import com.voicedesk.domain.assistant.ConversationTurn;
import com.voicedesk.domain.assistant.ModelRequest;
import com.voicedesk.domain.assistant.ModelResponse;
import com.voicedesk.domain.assistant.NavigationCommand;
import com.voicedesk.domain.assistant.ToolCall;
import com.voicedesk.domain.room.DataMessage;
import com.voicedesk.domain.room.RoomService;
import com.voicedesk.domain.shared.CapabilityNotConfiguredException;
import com.voicedesk.domain.shared.NotFoundException;
import com.voicedesk.domain.shared.ProviderUnavailableException;
import com.voicedesk.domain.shared.TenantId;
import com.voicedesk.domain.speech.ReplyAudio;
import com.voicedesk.domain.speech.ReplyAudioId;
import com.voicedesk.domain.speech.ReplyAudioRepository;
import com.voicedesk.domain.speech.TextToSpeech;
import com.voicedesk.domain.tenant.Tenant;
import com.voicedesk.domain.tenant.TenantRepository;
import io.smallrye.mutiny.Uni;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.voicedesk.application.assistant.ToolViews.map;

/**
 * The admin assistant. One turn: the model (the tenant's language model, or offline rules without a key or
 * when the provider fails before anything was done) reads the conversation and calls tools; the application
 * runs them and hands the results back, up to {@link #MAX_ROUNDS} times; the turn is stored; then the reply
 * is spoken (text-to-speech, stored audio) and sent to the admin's room on the data topics {@code assistant}
 * and {@code navigation}. Any utterance source is just another caller of {@link #chat}.
 */
public final class AssistantService implements ChatWithAssistantUseCase, ConversationHistoryUseCase, ReplyAudioUseCase {

    public static final String TOPIC_ASSISTANT = "assistant";
    public static final String TOPIC_NAVIGATION = "navigation";
    /** Where the HTTP API serves a stored reply (the frontend fetches it with its API key). */
    public static final String AUDIO_PATH = "/api/assistant/replies/%s/audio";
    static final int MAX_ROUNDS = 8;
    static final int HISTORY_TURNS = 10;
    private static final System.Logger LOG = System.getLogger(AssistantService.class.getName());

    private final TenantRepository tenants;
    private final ConversationRepository conversations;
    private final AssistantModel languageModel;
    private final AssistantModel rules;
    private final AssistantToolbox toolbox;
    private final TextToSpeech speech;
    private final ReplyAudioRepository audio;
    private final RoomService rooms;
    private final Clock clock;

    public AssistantService(TenantRepository tenants, ConversationRepository conversations, AssistantModel languageModel,
                            AssistantModel rules, AssistantToolbox toolbox, TextToSpeech speech,
                            ReplyAudioRepository audio, RoomService rooms, Clock clock) {
        this.tenants = tenants;
        this.conversations = conversations;
        this.languageModel = languageModel;
        this.rules = rules;
        this.toolbox = toolbox;
        this.speech = speech;
        this.audio = audio;
        this.rooms = rooms;
        this.clock = clock;
    }

    /** One turn in the making (a chat runs its steps one after the other, never concurrently). */
    private static final class Turn {
        final ChatCommand command;
        final ConversationId conversation;
        final ToolContext context;
        final String instructions;
        final List<ChatMessage> history = new ArrayList<>();
        final List<ChatMessage> added = new ArrayList<>();
        final List<NavigationCommand> commands = new ArrayList<>();
        boolean offline;
        String fallbackReason;
        String model = "none";
        boolean toolsRan;

        Turn(ChatCommand command, ConversationId conversation, ToolContext context, String instructions) {
            this.command = command;
            this.conversation = conversation;
            this.context = context;
            this.instructions = instructions;
        }
    }

    @Override
    public Uni<ChatResult> chat(ChatCommand command) {
        ConversationId conversation = command.conversationId() != null ? command.conversationId()
                : ConversationId.random();
        TenantId tenantId = command.tenantId();
        return tenants.findById(tenantId)
                .map(found -> found.orElseThrow(() -> new NotFoundException("Tenant", tenantId)))
                .flatMap(tenant -> conversations.recentTurns(tenantId, conversation, HISTORY_TURNS).flatMap(turns -> {
                    Turn turn = start(command, conversation, tenant);
                    turns.forEach(t -> turn.history.addAll(t.messages()));
                    turn.added.add(new ChatMessage.User(command.message()));
                    return loop(turn, 1);
                }))
                .flatMap(turn -> conversations.append(new ConversationTurn(tenantId, conversation, 0, turn.added,
                                turn.model, command.actor(), clock.instant()))
                        .flatMap(stored -> speak(turn, stored)
                                .flatMap(spoken -> publish(turn, stored, spoken)
                                        .map(published -> result(turn, stored, spoken, published)))));
    }

    private Turn start(ChatCommand command, ConversationId conversation, Tenant tenant) {
        ToolContext context = new ToolContext(tenant.id(), command.actor(), tenant.settings().timeZone(),
                tenant.settings().currency(), clock.instant());
        return new Turn(command, conversation, context, AssistantInstructions.of(tenant, context.today()));
    }

    private Uni<Turn> loop(Turn turn, int round) {
        List<ChatMessage> messages = new ArrayList<>(turn.history);
        messages.addAll(turn.added);
        ModelRequest request = new ModelRequest(turn.instructions, messages, toolbox.definitions(),
                turn.context.today(), turn.context.timeZone());
        return respond(turn, request).flatMap(response -> {
            turn.model = turn.fallbackReason == null ? response.model()
                    : response.model() + " (fallback: " + turn.fallbackReason + ")";
            ChatMessage.Assistant message = response.message();
            if (!message.requestsTools()) {
                turn.added.add(message.text() != null ? message
                        : ChatMessage.Assistant.text(turn.toolsRan ? "Done." : "Sorry, I have no answer to that."));
                return Uni.createFrom().item(turn);
            }
            if (round >= MAX_ROUNDS) {
                turn.added.add(ChatMessage.Assistant.text("I stopped after " + MAX_ROUNDS
                        + " steps without finishing. Please ask again, more specifically."));
                return Uni.createFrom().item(turn);
            }
            turn.added.add(message);
            return runTools(turn, message.toolCalls(), 0).flatMap(ignored -> loop(turn, round + 1));
        });
    }

    private Uni<ModelResponse> respond(Turn turn, ModelRequest request) {
        TenantId tenant = turn.context.tenant();
        if (turn.offline) {
            return rules.respond(tenant, request);
        }
        return languageModel.respond(tenant, request)
                .onFailure(CapabilityNotConfiguredException.class).recoverWithUni(e -> {
                    turn.offline = true;
                    return rules.respond(tenant, request);
                })
                .onFailure(ProviderUnavailableException.class).recoverWithUni(e -> {
                    String provider = ((ProviderUnavailableException) e).provider();
                    LOG.log(System.Logger.Level.WARNING, "Assistant model unavailable for tenant {0}: {1}", tenant,
                            e.getMessage());
                    if (!turn.toolsRan) {
                        // nothing was done yet: the offline rules may take the whole turn without repeating anything
                        turn.offline = true;
                        turn.fallbackReason = provider + " unavailable";
                        return rules.respond(tenant, request);
                    }
                    return Uni.createFrom().item(new ModelResponse(ChatMessage.Assistant.text(
                            "I lost the connection to the language model before I could finish (" + e.getMessage()
                                    + "). What I did so far (" + toolsCalled(turn) + ") is saved."), provider));
                });
    }

    private Uni<Void> runTools(Turn turn, List<ToolCall> calls, int index) {
        if (index >= calls.size()) {
            return Uni.createFrom().voidItem();
        }
        ToolCall call = calls.get(index);
        return toolbox.run(turn.context, call).flatMap(outcome -> {
            turn.toolsRan = true;
            turn.added.add(new ChatMessage.ToolResult(call.id(), call.name(), outcome.result()));
            turn.commands.addAll(outcome.commands());
            return runTools(turn, calls, index + 1);
        });
    }

    private static String toolsCalled(Turn turn) {
        return String.join(", ", turn.added.stream().filter(m -> m instanceof ChatMessage.ToolResult)
                .map(m -> ((ChatMessage.ToolResult) m).toolName()).toList());
    }

    private Uni<ChatResult.Speech> speak(Turn turn, ConversationTurn stored) {
        if (!turn.command.delivery().speak()) {
            return Uni.createFrom().item(ChatResult.Speech.notRequested());
        }
        String text = truncate(stored.replyText(), TextToSpeech.MAX_TEXT);
        TenantId tenant = turn.context.tenant();
        return speech.synthesize(tenant, text)
                .flatMap(spoken -> {
                    ReplyAudio reply = new ReplyAudio(ReplyAudioId.random(), tenant, turn.conversation, text, spoken,
                            clock.instant());
                    return audio.insert(reply).replaceWith(new ChatResult.Speech(ChatResult.Speech.Status.STORED,
                            reply.id(), spoken.contentType(), spoken.engine()));
                })
                .onFailure(e -> e instanceof CapabilityNotConfiguredException || e instanceof ProviderUnavailableException)
                .recoverWithItem(e -> new ChatResult.Speech(ChatResult.Speech.Status.UNAVAILABLE, null, null,
                        e.getMessage()));
    }

    private Uni<ChatResult.Publication> publish(Turn turn, ConversationTurn stored, ChatResult.Speech spoken) {
        ReplyDelivery delivery = turn.command.delivery();
        if (delivery.room() == null) {
            return Uni.createFrom().nullItem();
        }
        TenantId tenant = turn.context.tenant();
        ChatResult sent = result(turn, stored, spoken, null);
        List<DataMessage> messages = new ArrayList<>();
        messages.add(message(TOPIC_ASSISTANT, AssistantPayloads.reply(sent), delivery));
        for (Map<String, Object> command : AssistantPayloads.navigation(sent)) {
            messages.add(message(TOPIC_NAVIGATION, command, delivery));
        }
        Uni<Void> delivered = Uni.createFrom().voidItem();
        for (DataMessage message : messages) {
            delivered = delivered.chain(() -> rooms.sendData(tenant, delivery.room(), message));
        }
        return delivered.replaceWith(new ChatResult.Publication(delivery.room(), true, null))
                .onFailure().recoverWithItem(e -> {
                    LOG.log(System.Logger.Level.WARNING, "Assistant reply not delivered to room {0}: {1}",
                            delivery.room(), e.getMessage());
                    return new ChatResult.Publication(delivery.room(), false, e.getMessage());
                });
    }

    private static DataMessage message(String topic, Map<String, Object> payload, ReplyDelivery delivery) {
        return new DataMessage(topic, JsonText.write(payload).getBytes(StandardCharsets.UTF_8), delivery.identities());
    }

    private static ChatResult result(Turn turn, ConversationTurn stored, ChatResult.Speech spoken,
                                     ChatResult.Publication published) {
        return new ChatResult(turn.conversation, stored.number(), stored.replyText(), stored.model(),
                functionCalls(stored.messages()), turn.commands, spoken, published);
    }

    /** The tool calls of a turn, each with its result. */
    public static List<ChatResult.FunctionCall> functionCalls(List<ChatMessage> messages) {
        Map<String, ChatMessage.ToolResult> results = new HashMap<>();
        messages.stream().filter(m -> m instanceof ChatMessage.ToolResult)
                .map(m -> (ChatMessage.ToolResult) m).forEach(r -> results.put(r.callId(), r));
        List<ChatResult.FunctionCall> calls = new ArrayList<>();
        for (ChatMessage message : messages) {
            if (message instanceof ChatMessage.Assistant a) {
                for (ToolCall call : a.toolCalls()) {
                    ChatMessage.ToolResult result = results.get(call.id());
                    calls.add(new ChatResult.FunctionCall(call.name(), call.arguments(),
                            result == null ? Map.of() : result.result(), result != null && !result.failed()));
                }
            }
        }
        return calls;
    }

    @Override
    public Uni<List<ConversationTurn>> history(TenantId tenant, ConversationId conversation, int max) {
        return conversations.recentTurns(tenant, conversation, max).map(turns -> {
            if (turns.isEmpty()) {
                throw new NotFoundException("Conversation", conversation);
            }
            return turns;
        });
    }

    @Override
    public Uni<ReplyAudio> get(TenantId tenant, ReplyAudioId id) {
        return audio.findById(tenant, id).map(found -> found.orElseThrow(() -> new NotFoundException("Reply audio", id)));
    }

    @Override
    public Uni<Integer> purgeOlderThan(Duration retention) {
        return audio.deleteCreatedBefore(clock.instant().minus(retention));
    }

    static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
