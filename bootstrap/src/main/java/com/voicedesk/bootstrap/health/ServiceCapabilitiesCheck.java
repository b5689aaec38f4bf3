package com.voicedesk.bootstrap.health;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Says which service-wide capabilities are on ("on" / "off: how to switch it on"). It never fails readiness:
 * a missing key switches a capability off, it does not make the service unready (the database check does that).
 */
@Readiness
@ApplicationScoped
public class ServiceCapabilitiesCheck implements AsyncHealthCheck {

    private final ServiceCapabilities capabilities;

    public ServiceCapabilitiesCheck(ServiceCapabilities capabilities) {
        this.capabilities = capabilities;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("capabilities").up();
        capabilities.report().forEach((name, capability) -> response.withData(name,
                (capability.on() ? "on" : "off") + ": " + capability.detail()));
        return Uni.createFrom().item(response.build());
    }
}
