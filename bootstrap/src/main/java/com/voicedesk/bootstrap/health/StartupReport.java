package com.voicedesk.bootstrap.health;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/** Says at startup what is switched off, and how to switch it on. */
@ApplicationScoped
public class StartupReport {

    private static final Logger LOG = Logger.getLogger(StartupReport.class);

    void onStart(@Observes StartupEvent event, ServiceCapabilities capabilities) {
        capabilities.report().forEach((name, capability) -> {
            if (capability.on()) {
                LOG.infof("%s: %s", name, capability.detail());
            } else {
                LOG.warnf("%s is OFF: %s", name, capability.detail());
            }
        });
    }
}
