package com.voicedesk.adapters.persistence.assistant;

import com.voicedesk.domain.assistant.ConversationId;
import com.voicedesk.domain.shared.TenantId;
import com.voicedesk.domain.speech.ReplyAudio;
import com.voicedesk.domain.speech.ReplyAudioId;
import com.voicedesk.domain.speech.ReplyAudioRepository;
import com.voicedesk.domain.speech.SynthesizedSpeech;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PostgresReplyAudioRepository implements ReplyAudioRepository, PanacheRepositoryBase<ReplyAudioEntity, UUID> {

    @Override
    public Uni<Void> insert(ReplyAudio audio) {
        ReplyAudioEntity e = new ReplyAudioEntity();
        e.id = audio.id().value();
        e.tenantId = audio.tenantId().value();
        e.conversationId = audio.conversationId().value();
        e.text = audio.text();
        e.contentType = audio.speech().contentType();
        e.engine = audio.speech().engine();
        e.audio = audio.speech().audio();
        e.createdAt = audio.createdAt();
        return Panache.withTransaction(() -> persistAndFlush(e)).replaceWithVoid();
    }

    @Override
    public Uni<Optional<ReplyAudio>> findById(TenantId tenant, ReplyAudioId id) {
        return Panache.withSession(() -> find("id = ?1 and tenantId = ?2", id.value(), tenant.value()).firstResult())
                .map(e -> Optional.ofNullable(e).map(PostgresReplyAudioRepository::toDomain));
    }

    @Override
    public Uni<Integer> deleteCreatedBefore(Instant cutoff) {
        return Panache.withTransaction(() -> delete("createdAt < ?1", cutoff)).map(Long::intValue);
    }

    private static ReplyAudio toDomain(ReplyAudioEntity e) {
        return new ReplyAudio(new ReplyAudioId(e.id), new TenantId(e.tenantId), new ConversationId(e.conversationId),
                e.text, new SynthesizedSpeech(e.audio, e.contentType, e.engine), e.createdAt);
    }
}
