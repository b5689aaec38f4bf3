package com.voicedesk.adapters.persistence.room;

import com.voicedesk.domain.room.RecordingSettings;
import com.voicedesk.domain.room.RecordingSettingsRepository;
import com.voicedesk.domain.shared.TenantId;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.util.Optional;

@ApplicationScoped
public class PostgresRecordingSettingsRepository implements RecordingSettingsRepository {

    private final Clock clock;

    public PostgresRecordingSettingsRepository(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Uni<Optional<RecordingSettings>> find(TenantId tenant) {
        return Panache.withSession(() -> Panache.getSession().flatMap(session -> session.createNativeQuery(
                        "select file_type, filepath, audio_only from tenant_recording_settings where tenant_id = :tenant",
                        Object[].class)
                .setParameter("tenant", tenant.value())
                .getResultList()))
                .map(rows -> rows.stream().findFirst().map(row -> new RecordingSettings(
                        RecordingSettings.FileType.valueOf((String) row[0]), (String) row[1], (Boolean) row[2])));
    }

    @Override
    public Uni<Void> save(TenantId tenant, RecordingSettings settings) {
        return Panache.withTransaction(() -> Panache.getSession().flatMap(session -> session.createNativeQuery("""
                        insert into tenant_recording_settings (tenant_id, file_type, filepath, audio_only, updated_at)
                        values (:tenant, :type, :path, :audio, :at)
                        on conflict (tenant_id) do update set file_type = excluded.file_type,
                          filepath = excluded.filepath, audio_only = excluded.audio_only, updated_at = excluded.updated_at""")
                .setParameter("tenant", tenant.value())
                .setParameter("type", settings.fileType().name())
                .setParameter("path", settings.filepath())
                .setParameter("audio", settings.audioOnly())
                .setParameter("at", clock.instant())
                .executeUpdate())).replaceWithVoid();
    }
}
