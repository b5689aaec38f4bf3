package com.voicedesk.adapters.ai.openai;

import com.voicedesk.domain.assistant.AssistantModel;
import com.voicedesk.domain.assistant.ModelRequest;
import com.voicedesk.domain.assistant.ModelResponse;
import com.voicedesk.domain.shared.TenantId;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** The assistant's model: an OpenAI chat model with function calling (strict tool schemas). */
@ApplicationScoped
public class OpenAiAssistantModel implements AssistantModel {

    private final OpenAiClients clients;

    public OpenAiAssistantModel(OpenAiClients clients) {
        this.clients = clients;
    }

    @Override
    public Uni<ModelResponse> respond(TenantId tenant, ModelRequest request) {
        ChatRequest chat = chatRequest(request);
        return clients.call(tenant, client -> {
            ChatResponse response = client.chat().chat(chat);
            return new ModelResponse(AssistantMessages.fromModel(response.aiMessage()), "openai:" + client.model());
        });
    }

    static ChatRequest chatRequest(ModelRequest request) {
        List<ToolSpecification> tools = request.tools().stream().map(AssistantMessages::specification).toList();
        ChatRequest.Builder chat = ChatRequest.builder()
                .messages(AssistantMessages.toModel(request.instructions(), request.messages()))
                .temperature(0.2);
        if (!tools.isEmpty()) {
            chat.toolSpecifications(tools);
        }
        return chat.build();
    }
}
