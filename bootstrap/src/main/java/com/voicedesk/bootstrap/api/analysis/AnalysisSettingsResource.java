package com.voicedesk.bootstrap.api.analysis;

import com.voicedesk.application.analysis.AnalysisSettingsUseCase;
import com.voicedesk.bootstrap.security.CurrentTenant;
import com.voicedesk.domain.analysis.AnalysisSettings;
import com.voicedesk.domain.analysis.CustomFact;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/call-analysis/settings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Call analysis", description = "What the notes on every call extract beyond the built-in facts")
public class AnalysisSettingsResource {

    /** A fact to extract from every call: the model reads the description, the offline rules use the pattern. */
    public record Fact(@NotBlank @Size(max = 40) String key, @NotBlank @Size(max = 300) String description,
                       @Size(max = 300) String pattern) {
        static Fact of(CustomFact f) {
            return new Fact(f.key(), f.description(), f.pattern());
        }
    }

    public record Settings(@NotNull @Size(max = AnalysisSettings.MAX_CUSTOM_FACTS) List<@Valid @NotNull Fact> customFacts) {
        static Settings of(AnalysisSettings s) {
            return new Settings(s.customFacts().stream().map(Fact::of).toList());
        }
    }

    private final AnalysisSettingsUseCase settings;
    private final CurrentTenant tenant;

    public AnalysisSettingsResource(AnalysisSettingsUseCase settings, CurrentTenant tenant) {
        this.settings = settings;
        this.tenant = tenant;
    }

    @GET
    @Operation(summary = "The custom facts extracted from every call")
    public Uni<Settings> get() {
        return settings.get(tenant.id()).map(Settings::of);
    }

    @PUT
    @Operation(summary = "Replace the custom facts (applies to calls analysed from now on)")
    public Uni<Settings> replace(@Valid @NotNull Settings body) {
        AnalysisSettings value = new AnalysisSettings(body.customFacts().stream()
                .map(f -> new CustomFact(f.key(), f.description(), f.pattern())).toList());
        return settings.replace(tenant.id(), value).map(Settings::of);
    }
}
