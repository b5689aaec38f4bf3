package com.voicedesk.bootstrap.health;

import com.voicedesk.bootstrap.VoiceDeskConfig;
import com.voicedesk.domain.tenant.CredentialStore;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/** Says at startup what is switched off and how to switch it on. */
@ApplicationScoped
public class StartupReport {

    private static final Logger LOG = Logger.getLogger(StartupReport.class);

    void onStart(@Observes StartupEvent event, VoiceDeskConfig config, CredentialStore credentials) {
        if (config.operatorToken().isEmpty()) {
            LOG.warn("Tenant administration (/admin) is OFF: set VOICEDESK_OPERATOR_TOKEN to manage tenants");
        }
        if (!credentials.canStoreSecrets()) {
            LOG.warn("Provider credential storage is OFF: set VOICEDESK_SECURITY_MASTER_KEY (openssl rand -base64 32); "
                    + "until then tenants cannot configure LiveKit, Twilio, OpenAI or Deepgram");
        }
        LOG.info("Provider capabilities are per tenant (see GET /admin/tenants/{slug}); "
                + "a tenant without provider credentials uses the offline fallbacks where one exists");
    }
}
