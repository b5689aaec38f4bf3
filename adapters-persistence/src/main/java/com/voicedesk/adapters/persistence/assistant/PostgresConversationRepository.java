package com.voicedesk.adapters.persistence.assistant;

import com.fasterxml.jackson.core.type.TypeReference;
import com.voicedesk.adapters.persistence.JsonCodec;
import com.voicedesk.adapters.persistence.PersistenceErrors;
import com.voicedesk.domain.assistant.ConversationId;
import com.voicedesk.domain.assistant.ConversationRepository;
import com.voicedesk.domain.assistant.ConversationTurn;
import com.voicedesk.domain.shared.ConflictException;
import com.voicedesk.domain.shared.TenantId;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

@ApplicationScoped
public class PostgresConversationRepository implements ConversationRepository,
        PanacheRepositoryBase<AssistantTurnEntity, AssistantTurnEntity.Key> {

    private static final TypeReference<List<MessageDocument>> MESSAGES = new TypeReference<>() {
    };

    private final JsonCodec json;

    public PostgresConversationRepository(JsonCodec json) {
        this.json = json;
    }

    @Override
    public Uni<List<ConversationTurn>> recentTurns(TenantId tenant, ConversationId conversation, int maxTurns) {
        return Panache.withSession(() -> find("tenantId = ?1 and conversationId = ?2", Sort.descending("turnNo"),
                        tenant.value(), conversation.value()).range(0, Math.max(maxTurns, 1) - 1).list())
                .map(rows -> {
                    List<ConversationTurn> turns = new ArrayList<>(rows.stream().map(this::toDomain).toList());
                    Collections.reverse(turns);
                    return turns;
                });
    }

    /** The next number is taken in the insert itself; a concurrent turn taking the same one loses with a conflict. */
    @Override
    public Uni<ConversationTurn> append(ConversationTurn turn) {
        String messages = json.write(turn.messages().stream().map(MessageDocument::of).toList());
        return Panache.withTransaction(() -> Panache.getSession().flatMap(session -> session.createNativeQuery("""
                        insert into assistant_turns (tenant_id, conversation_id, turn_no, messages, model, actor, created_at)
                        select :tenant, :conversation, coalesce(max(turn_no), 0) + 1, cast(cast(:messages as text) as jsonb), :model,
                               :actor, :created
                        from assistant_turns where tenant_id = :tenant and conversation_id = :conversation
                        returning turn_no""", Integer.class)
                .setParameter("tenant", turn.tenantId().value())
                .setParameter("conversation", turn.conversationId().value())
                .setParameter("messages", messages)
                .setParameter("model", turn.model())
                .setParameter("actor", turn.actor())
                .setParameter("created", turn.createdAt())
                .getSingleResult()))
                .onFailure(PersistenceErrors::isUniqueViolation)
                .transform(e -> new ConflictException("Another message of conversation " + turn.conversationId()
                        + " was stored at the same moment; send this one again"))
                .map(number -> new ConversationTurn(turn.tenantId(), turn.conversationId(), number, turn.messages(),
                        turn.model(), turn.actor(), turn.createdAt()));
    }

    private ConversationTurn toDomain(AssistantTurnEntity e) {
        return new ConversationTurn(new TenantId(e.tenantId), new ConversationId(e.conversationId), e.turnNo,
                json.read(e.messages, MESSAGES).stream().map(MessageDocument::toDomain).toList(), e.model, e.actor,
                e.createdAt);
    }
}
