package com.voicedesk.bootstrap.health;

import com.voicedesk.bootstrap.VoiceDeskConfig;
import com.voicedesk.domain.tenant.CredentialStore;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Says which service-wide capabilities are on. It never fails readiness: a missing key switches a
 * capability off, it does not make the service unready (the database check does that).
 */
@Readiness
@ApplicationScoped
public class ServiceCapabilitiesCheck implements AsyncHealthCheck {

    private final VoiceDeskConfig config;
    private final CredentialStore credentials;

    public ServiceCapabilitiesCheck(VoiceDeskConfig config, CredentialStore credentials) {
        this.config = config;
        this.credentials = credentials;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        return Uni.createFrom().item(HealthCheckResponse.named("capabilities").up()
                .withData("tenantAdministration", onOff(config.operatorToken().isPresent()))
                .withData("providerCredentialStorage", onOff(credentials.canStoreSecrets()))
                .build());
    }

    static String onOff(boolean on) {
        return on ? "on" : "off";
    }
}
