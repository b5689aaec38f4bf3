package com.voicedesk.bootstrap;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The OpenAPI description of the HTTP API (served at /q/openapi, browsable at /q/swagger-ui). */
@OpenAPIDefinition(
        info = @Info(title = "VoiceDesk API", version = "0.1",
                description = "Voice, calls and AI for event businesses. /api takes a tenant API key, /admin the operator token; "
                        + "errors are RFC 9457 problem+json."),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "A tenant API key (vd_...) for /api; the operator token for /admin")
public class VoiceDeskApi extends Application {
}
