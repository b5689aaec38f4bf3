package com.voicedesk.bootstrap.admin;

import com.voicedesk.application.room.RecordingSettingsUseCase;
import com.voicedesk.domain.room.RecordingSettings;
import com.voicedesk.domain.shared.NotFoundException;
import com.voicedesk.domain.tenant.TenantSlug;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A tenant's recording output (operator only): the file type and LiveKit file path template of consultation
 * recordings. The storage (bucket and its keys) is configured on the tenant's LiveKit egress service.
 */
@Path("/admin/tenants/{slug}/recording")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Tenant administration")
public class RecordingSettingsAdminResource {

    /** {@code fileType}: MP4 or OGG; {@code filepath}: e.g. "recordings/{room_name}-{time}.mp4". */
    public record RecordingSettingsDto(@NotNull RecordingSettings.FileType fileType,
                                       @NotBlank @Size(max = 500) String filepath, boolean audioOnly) {
        static RecordingSettingsDto of(RecordingSettings s) {
            return new RecordingSettingsDto(s.fileType(), s.filepath(), s.audioOnly());
        }
    }

    private final RecordingSettingsUseCase recording;

    public RecordingSettingsAdminResource(RecordingSettingsUseCase recording) {
        this.recording = recording;
    }

    @GET
    @Operation(summary = "The tenant's recording output (404 when recording is not set up)")
    public Uni<RecordingSettingsDto> get(@PathParam("slug") String slug) {
        return recording.recordingSettings(new TenantSlug(slug)).map(found -> found.map(RecordingSettingsDto::of)
                .orElseThrow(() -> new NotFoundException("Recording output of tenant", slug)));
    }

    @PUT
    @Operation(summary = "Set the tenant's recording output")
    public Uni<RecordingSettingsDto> put(@PathParam("slug") String slug, @Valid @NotNull RecordingSettingsDto body) {
        return recording.setRecordingSettings(new TenantSlug(slug),
                new RecordingSettings(body.fileType(), body.filepath(), body.audioOnly())).map(RecordingSettingsDto::of);
    }
}
