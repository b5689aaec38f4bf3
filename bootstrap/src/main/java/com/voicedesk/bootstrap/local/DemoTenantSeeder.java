package com.voicedesk.bootstrap.local;

import com.voicedesk.application.tenant.SeedDemoTenantUseCase;
import com.voicedesk.bootstrap.VoiceDeskConfig;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * On a start with an empty database (local runs switch this on), creates the tenant "demo" and prints its
 * API key once, so a newcomer can call the API straight away.
 */
@ApplicationScoped
public class DemoTenantSeeder {

    private static final Logger LOG = Logger.getLogger(DemoTenantSeeder.class);

    void onStart(@Observes StartupEvent event, VoiceDeskConfig config, SeedDemoTenantUseCase seeder,
                 @ConfigProperty(name = "quarkus.http.port", defaultValue = "8080") int port) throws Throwable {
        if (!config.demo().enabled()) {
            return;
        }
        VertxContextSupport.subscribeAndAwait(seeder::seedIfEmpty).ifPresent(issued -> LOG.infof("""

                ==========================================================================
                 Demo tenant 'demo' created. Its API key (shown this once, not stored):

                   %s

                 Try:  curl -H 'Authorization: Bearer %s' http://localhost:%d/api/contacts
                ==========================================================================""",
                issued.secret(), issued.secret(), port));
    }
}
