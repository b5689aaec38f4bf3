package com.voicedesk.adapters.persistence.analysis;

import com.fasterxml.jackson.core.type.TypeReference;
import com.voicedesk.adapters.persistence.JsonCodec;
import com.voicedesk.domain.analysis.AnalysisSettings;
import com.voicedesk.domain.analysis.AnalysisSettingsRepository;
import com.voicedesk.domain.analysis.CustomFact;
import com.voicedesk.domain.shared.TenantId;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class PostgresAnalysisSettingsRepository implements AnalysisSettingsRepository,
        PanacheRepositoryBase<AnalysisSettingsEntity, UUID> {

    /** The JSON shape of one custom fact. */
    record FactDocument(String key, String description, String pattern) {
    }

    private static final TypeReference<List<FactDocument>> FACTS = new TypeReference<>() {
    };

    private final JsonCodec json;
    private final Clock clock;

    public PostgresAnalysisSettingsRepository(JsonCodec json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    @Override
    public Uni<AnalysisSettings> load(TenantId tenant) {
        return Panache.withSession(() -> find("tenantId", tenant.value()).firstResult())
                .map(e -> e == null ? AnalysisSettings.defaults() : new AnalysisSettings(json.read(e.customFacts, FACTS)
                        .stream().map(f -> new CustomFact(f.key(), f.description(), f.pattern())).toList()));
    }

    /** An upsert: the settings row is the tenant's, written whole. */
    @Override
    public Uni<Void> save(TenantId tenant, AnalysisSettings settings) {
        String facts = json.write(settings.customFacts().stream()
                .map(f -> new FactDocument(f.key(), f.description(), f.pattern())).toList());
        return Panache.withTransaction(() -> Panache.getSession().flatMap(session -> session.createNativeQuery("""
                        insert into analysis_settings (tenant_id, custom_facts, updated_at)
                        values (:tenant, cast(cast(:facts as text) as jsonb), :at)
                        on conflict (tenant_id) do update set custom_facts = excluded.custom_facts,
                            updated_at = excluded.updated_at""")
                .setParameter("tenant", tenant.value())
                .setParameter("facts", facts)
                .setParameter("at", clock.instant())
                .executeUpdate())).replaceWithVoid();
    }
}
